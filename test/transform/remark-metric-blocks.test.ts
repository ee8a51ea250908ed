import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { renderMarkdown, storeFromYaml } from '../helpers/build-store.js';

const store = storeFromYaml(`行政复议:
  收到: { value: 48, unit: 件 }
  受理: { value: 45, unit: 件 }
调解:
  调解员: { value: 18, unit: 名 }
  纠纷: { value: 2000, unit: 件 }
`);

/** `line:column rule` and the English and Chinese words of each message, all fatal. */
function messages(file: VFile): Array<[string, string, string]> {
  expect(file.messages.every((m) => m.fatal)).toBe(true);
  return file.messages.map((m) => [`${m.line}:${m.column} ${m.ruleId}`, m.reason, m.zh ?? '']);
}

describe('remarkMetricBlocks messages', () => {
  it('names an unknown directive, with a did-you-mean, in both languages', async () => {
    const { file } = await renderMarkdown('正文。\n\n:::tabel{group="行政复议" caption="x"}\n:::\n', store);
    expect(messages(file)).toEqual([
      ['3:1 unknown-directive', 'unknown directive ":::tabel" (did you mean "table"?) (known: :::table, :::chart)', '未知指令“:::tabel”（是否应为“table”？）（可用的指令：:::table、:::chart）'],
    ]);
  });

  it('says what a directive may not hold', async () => {
    const { file } = await renderMarkdown('::table[表题]{group="行政复议" caption="x"}\n\n:::chart{group="行政复议" caption="x"}\n正文\n:::\n', store);
    expect(messages(file)).toEqual([
      [
        '1:1 invalid-value',
        ':::table takes no a [label] (write the caption as caption="…" and pick metrics with group, rows, columns)',
        '::table 指令不能带方括号标签 […]（表题写作 caption="…"，指标用 group、rows、columns 选取）',
      ],
      ['3:1 invalid-value', ':::chart takes no content (write the caption as caption="…" and pick metrics with group, rows, columns)', ':::chart 指令内不能有内容（表题写作 caption="…"，指标用 group、rows、columns 选取）'],
    ]);
  });

  it('allows only caption around a GFM table', async () => {
    const { file } = await renderMarkdown(':::table{caption="各渠道" captoin="x"}\n| 渠道 | 件数 |\n|---|---|\n| 诉调 | 1 |\n:::\n', store);
    expect(messages(file)).toEqual([
      ['1:24 unknown-key', 'unknown attribute "captoin" of :::table (did you mean "caption"?) (around a table only caption is allowed)', ':::table 指令没有属性“captoin”（是否应为“caption”？）（包含 GFM 表格的 :::table 只能写 caption）'],
    ]);
  });

  it('refuses two units on one axis', async () => {
    const { file } = await renderMarkdown('::chart{group="调解" caption="调解"}\n', store);
    expect(messages(file)).toEqual([
      [
        '1:1 chart-units',
        'chart mixes units "名", "件" on one axis (chart one unit at a time) in :::chart',
        ':::chart 指令：图表混用了不同单位（“名”“件”），一根坐标轴只能表示一种单位（请每个图表只放同一单位的指标）',
      ],
    ]);
  });

  it('says in which directive a metric is unknown', async () => {
    const { file } = await renderMarkdown('::table{group="行政复议" rows="收到,受里" caption="x"}\n', store);
    expect(messages(file).map(([where, en, zh]) => [where, en, zh.startsWith(':::table 指令：')])).toEqual([
      ['1:31 unknown-metric', 'unknown metric "行政复议.受里" (did you mean "行政复议.受理"?) in :::table', true],
    ]);
  });
});
