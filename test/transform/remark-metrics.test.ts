import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { renderMarkdown, storeFromYaml } from '../helpers/build-store.js';

const store = storeFromYaml(`行政复议:
  收到: 48
  审结: 59
  纠错: 9
  直接纠错率:
    value: 15.3%
    formula: 纠错 / 审结
  撤回占比: { formula: 纠错 / 审结 }
`);

/** `line:column rule fatal reason | 中文` for each message left on the file. */
function messages(file: VFile): string[] {
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal ? 'fatal' : 'warn'} ${m.reason} | ${m.zh}`);
}

describe('remarkMetrics', () => {
  it('refuses a percent format on a count, at its {{, in both languages', async () => {
    const { html, file } = await renderMarkdown('共收到{{行政复议.收到 | percent:1}}件。', store);
    expect(messages(file)).toEqual([
      '1:4 percent-on-count fatal format "percent:1" prints the whole number 48 of "行政复议.收到" as "4800.0%" (percent is for shares: drop the format, or show a share, a metric with formula: part / total)' +
        ' | 指标“行政复议.收到”是整数 48，按格式“percent:1”将显示为“4800.0%”（百分比格式只用于比率：请删去该格式，或改为引用比率指标，即 formula: 部分 / 总数）',
    ]);
    expect(html).toContain('{{行政复议.收到 | percent:1}}');
  });

  it('shows shares in a percent format, stated or computed', async () => {
    const { html, file } = await renderMarkdown('{{行政复议.直接纠错率 | percent:2}}，{{行政复议.撤回占比 | percent:1}}', store);
    expect(file.messages).toEqual([]);
    expect(html).toBe('<p>15.30%，15.3%</p>');
  });

  it('names a full-width dot in a reference and gives the reference to write', async () => {
    const { file } = await renderMarkdown('共收到{{行政复议。收到}}件，纠错率{{行政复议．直接纠错率 | percent:1}}。', store);
    expect(messages(file)).toEqual([
      '1:4 unknown-metric fatal unknown metric "行政复议。收到" ("。" for "." in the id: write {{行政复议.收到}}) | 未知指标“行政复议。收到”（指标名称中的“。”应为“.”：应写为 {{行政复议.收到}}）',
      '1:20 unknown-metric fatal unknown metric "行政复议．直接纠错率" ("．" for "." in the id: write {{行政复议.直接纠错率 | percent:1}}) | 未知指标“行政复议．直接纠错率”（指标名称中的“．”应为“.”：应写为 {{行政复议.直接纠错率 | percent:1}}）',
    ]);
  });

  it('names a space inside an id, and a full-width bar before the format', async () => {
    const { file } = await renderMarkdown('{{行政复议. 收到}}，{{行政复议.收到｜cn}}', store);
    expect(file.messages.map((m) => m.reason)).toEqual([
      'unknown metric "行政复议. 收到" (no spaces in the id: write {{行政复议.收到}})',
      'unknown metric "行政复议.收到｜cn" ("｜" for "|" in the id: write {{行政复议.收到 | cn}})',
    ]);
  });

  it('says where an unknown format is, in Chinese too, with a did-you-mean', async () => {
    const { file } = await renderMarkdown('{{行政复议.直接纠错率 | 百分比:1}}', store);
    expect(messages(file)[0]).toMatch(/^1:1 unknown-format fatal unknown format "百分比:1" \(did you mean "percent:1"\?\) \(known: .*\) in "\{\{行政复议.直接纠错率 \| 百分比:1\}\}" \| 未知格式“百分比:1”（是否应为“percent:1”？）（可用格式：.*）（见“\{\{行政复议.直接纠错率 \| 百分比:1\}\}”）$/);
  });

  it('reports an unclosed reference in both languages', async () => {
    const { file } = await renderMarkdown('共收到{{行政复议.收到件。', store);
    expect(messages(file)).toEqual(['1:4 metric-syntax fatal unclosed metric reference "{{" (write {{group.metric}}) | 指标引用的“{{”没有闭合（应写为 {{指标组.指标}}）']);
  });

  it('says a change needs last year\'s report, and prev. likewise', async () => {
    const { file } = await renderMarkdown('{{行政复议.收到 | change}}，{{prev.行政复议.收到}}', store);
    expect(messages(file)).toEqual([
      '1:1 no-previous fatal "行政复议.收到 | change" needs last year\'s report (set previous: in report.yaml) | “行政复议.收到 | change”需要上年报告（请在 report.yaml 中设置 previous:）',
      '1:22 no-previous fatal "prev.行政复议.收到" needs last year\'s report (set previous: in report.yaml) | “prev.行政复议.收到”需要上年报告（请在 report.yaml 中设置 previous:）',
    ]);
  });
});
