import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { selectMetrics, type Selection } from '../../src/metrics/select.js';
import { buildMetricTable } from '../../src/transform/build-table.js';
import { storeOf } from '../helpers/store.js';

const store = storeOf(`
财政:
  收入: { value: 52308000, unit: 元, label: 一般公共预算收入 }
  增长: { value: 0.052, format: percent:1 }
调解:
  诉调对接: { 调解员: { value: 18, unit: 名 }, 纠纷: { value: 2000, unit: 件 }, 成功率: 95.5% }
  派出所: { 调解员: { value: 18, unit: 名 }, 纠纷: { value: 1000, unit: 起 }, 成功率: 90% }
`);

function select(query: Parameters<typeof selectMetrics>[1]): Selection {
  const result = selectMetrics(store, query);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.selection;
}

function html(selection: Selection, settings: { caption: string; format?: string; corner?: string }): string {
  const result = buildMetricTable(selection, { corner: '项目', ...settings });
  if (!result.ok) throw new Error(result.messages.map((m) => m.en).join('\n'));
  return toHtml(result.table).replace(/\n/g, '');
}

describe('buildMetricTable', () => {
  it('lists metrics as 项目 | 数值 | 单位 with caption, scoped headers and right-aligned figures', () => {
    expect(html(select({ group: '财政' }), { caption: '财政收入' })).toBe(
      '<table class="metric-table"><caption>财政收入</caption>' +
        '<thead><tr><th scope="col">项目</th><th scope="col" class="num">数值</th><th scope="col">单位</th></tr></thead>' +
        '<tbody><tr><th scope="row">一般公共预算收入</th><td class="num">52308000</td><td>元</td></tr>' +
        '<tr><th scope="row">增长</th><td class="num">5.2%</td><td></td></tr></tbody></table>',
    );
  });

  it('moves the 万 of a wan format into the unit column', () => {
    expect(html(select({ group: '财政', rows: ['收入'] }), { caption: 'x', format: 'wan:1' })).toContain('<td class="num">5230.8</td><td>万元</td>');
  });

  it('leaves out the 单位 column when no metric has a unit', () => {
    expect(html(select({ group: '财政', rows: ['增长'] }), { caption: 'x' })).not.toContain('单位');
  });

  it('draws a grid with the shared unit in the column header, else beside each figure', () => {
    const table = html(select({ group: '调解', columns: ['调解员', '纠纷', '成功率'] }), { caption: '调解', corner: '渠道' });
    expect(table).toContain('<th scope="col">渠道</th><th scope="col" class="num">调解员（名）</th><th scope="col" class="num">纠纷</th><th scope="col" class="num">成功率</th>');
    expect(table).toContain('<tr><th scope="row">诉调对接</th><td class="num">18</td><td class="num">2000件</td><td class="num">95.5%</td></tr>');
  });

  it('reports a format that cannot show a figure', () => {
    const result = buildMetricTable(select({ group: '财政', rows: ['增长'] }), { caption: 'x', corner: '项目', format: 'cn' });
    expect(result).toMatchObject({ ok: false, messages: [{ en: 'format "cn" needs a whole number from 0 to 9999 (got 0.052) (metric "财政.增长")', zh: '格式 cn（汉字数字）只适用于 0 至 9999 的整数（该数值为 0.052）（指标“财政.增长”）', rule: 'unknown-format' }] });
  });

  it('escapes labels: a metric label is text, never markup', () => {
    const hostile = storeOf('组: { 甲: { value: 1, label: "<img src=x onerror=alert(1)>" } }');
    const result = selectMetrics(hostile, { group: '组' });
    if (!result.ok) throw new Error('select');
    expect(html(result.selection, { caption: '<script>alert(1)</script>' })).toContain('<caption>&#x3C;script>alert(1)&#x3C;/script></caption>');
    expect(html(result.selection, { caption: 'x' })).toContain('<th scope="row">&#x3C;img src=x onerror=alert(1)></th>');
  });
});
