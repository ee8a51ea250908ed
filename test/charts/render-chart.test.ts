import { describe, expect, it } from 'vitest';
import { balanceLines, renderChartSvg } from '../../src/charts/render-chart.js';

describe('renderChartSvg', () => {
  it('draws an SVG string with no script, the same every time but for instance class names', () => {
    const spec = { type: 'bar' as const, categories: ['收到', '受理'], series: [{ name: '件数', values: [48, 45], labels: ['48', '45'] }], unit: '件', percent: false };
    const svg = renderChartSvg(spec);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 640 320"/);
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
    // ECharts numbers its instances in class names; svgToHast drops classes (see build-chart tests)
    const anonymous = (text: string) => text.replace(/zr\d+-cls-\d+/g, 'zr');
    expect(anonymous(renderChartSvg(spec))).toBe(anonymous(svg));
  });
});

describe('balanceLines', () => {
  it('breaks a long label into lines of about equal length', () => {
    expect(balanceLines('维持和驳回复议申请', 9)).toBe('维持和驳回复议申请');
    expect(balanceLines('调解、和解等终止处理', 9)).toBe('调解、和解\n等终止处理');
    expect(balanceLines('向被申请人制发行政复议意见书的案件', 9)).toBe('向被申请人制发行政\n复议意见书的案件');
  });

  it('never splits a number or a Latin word', () => {
    expect(balanceLines('已审结（含2019年度结转）', 9)).toBe('已审结（含2019\n年度结转）');
  });
});
