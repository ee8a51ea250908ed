import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { selectMetrics, type Selection } from '../../src/metrics/select.js';
import { renderChartSvg } from '../../src/charts/render-chart.js';
import { buildMetricChart } from '../../src/transform/build-chart.js';
import { storeOf } from '../helpers/store.js';

const store = storeOf(`
复议:
  维持驳回: { value: 44, unit: 件, label: 维持和驳回 }
  终止处理: { value: 6, unit: 件 }
  纠错率: 15.3%
调解:
  诉调对接: { 调解员: { value: 18, unit: 名 }, 专职: { value: 6, unit: 名 }, 纠纷: { value: 2000, unit: 件 } }
  派出所: { 调解员: { value: 25, unit: 名 }, 专职: { value: 18, unit: 名 }, 纠纷: { value: 1000, unit: 件 } }
`);

function select(query: Parameters<typeof selectMetrics>[1]): Selection {
  const result = selectMetrics(store, query);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.selection;
}

function figure(selection: Selection, settings: Parameters<typeof buildMetricChart>[1]): string {
  const result = buildMetricChart(selection, settings, renderChartSvg);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return toHtml(result.figure);
}

describe('buildMetricChart', () => {
  it('draws a list as one series in an SVG figure with caption and a text alternative', () => {
    const html = figure(select({ group: '复议', rows: ['维持驳回', '终止处理'] }), { type: 'bar', caption: '复议结果' });
    expect(html).toMatch(/^<figure class="metric-chart"><svg viewBox="0 0 640 320" font-family="黑体, [^"]+" role="img" aria-label="柱状图：复议结果。维持和驳回 44件，终止处理 6件。">/);
    expect(html).toMatch(/<figcaption>复议结果<\/figcaption><\/figure>$/);
    // category labels, value labels and the unit on the axis are SVG text
    for (const text of ['维持和驳回', '终止处理', '44', '6', '件']) expect(html).toContain(`>${text}</text>`);
    expect(html).not.toMatch(/<script|<style|\sclass="zr|\son[a-z]+=|href|url\(|ecmeta/i);
  });

  it('draws a grid with one series per column and a legend', () => {
    const html = figure(select({ group: '调解', columns: ['调解员', '专职'] }), { type: 'line', caption: '调解员' });
    expect(html).toContain('aria-label="折线图：调解员。调解员：诉调对接 18名，派出所 25名；专职：诉调对接 6名，派出所 18名。"');
    expect(html).toContain('>专职</text>');
  });

  it('shows shares as percentages on the axis and the labels', () => {
    const html = figure(select({ group: '复议', rows: ['纠错率'] }), { type: 'bar', caption: '纠错率' });
    expect(html).toContain('>15.3%</text>');
    expect(html).toContain('aria-label="柱状图：纠错率。纠错率 15.3%。"');
  });

  it('refuses to put two units on one axis', () => {
    const result = buildMetricChart(select({ group: '调解', columns: ['调解员', '纠纷'] }), { type: 'bar', caption: 'x' });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          message: {
            en: 'chart mixes units "名", "件" on one axis (chart one unit at a time)',
            zh: '图表混用了不同单位（“名”“件”），一根坐标轴只能表示一种单位（请每个图表只放同一单位的指标）',
            rule: 'chart-units',
          },
        },
      ],
    });
  });

  it('gives the same SVG every time (no ids, no animation)', () => {
    const selection = select({ group: '复议', rows: ['维持驳回', '终止处理'] });
    expect(figure(selection, { type: 'bar', caption: 'x' })).toBe(figure(selection, { type: 'bar', caption: 'x' }));
  });

  it('escapes hostile labels and captions', () => {
    const hostile = storeOf(`组: { 甲: { value: 1, unit: 件, label: '<script>alert(1)</script>"><img src=x onerror=alert(2)>' } }`);
    const result = selectMetrics(hostile, { group: '组' });
    if (!result.ok) throw new Error('select');
    const html = figure(result.selection, { type: 'bar', caption: '</figcaption><script>alert(3)</script>' });
    // markup characters survive only as text or inside quoted attribute values
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|<img|<\/figcaption><script/);
    expect(html).toContain('>&#x3C;script>alert(1)&#x3C;/script>">&#x3C;img src=x onerror=alert(2)></text>');
    expect(html).toContain('<figcaption>&#x3C;/figcaption>&#x3C;script>alert(3)&#x3C;/script></figcaption>');
  });

  it('checks a chart without drawing it when no drawer is given (report check)', () => {
    const selection = select({ group: '复议', rows: ['维持驳回', '终止处理'] });
    const result = buildMetricChart(selection, { type: 'bar', caption: '复议结果' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(toHtml(result.figure)).toBe('<figure class="metric-chart"><svg role="img" aria-label="柱状图：复议结果。维持和驳回 44件，终止处理 6件。"></svg><figcaption>复议结果</figcaption></figure>');
    // and its problems are found all the same
    expect(buildMetricChart(select({ group: '调解', columns: ['调解员', '纠纷'] }), { type: 'bar', caption: 'x' })).toMatchObject({ ok: false, problems: [{ message: { rule: 'chart-units' } }] });
  });
});
