import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { diffMetrics } from '../../src/diff/diff-metrics.js';
import { formatDiffJson } from '../../src/diff/format-diff-json.js';
import { formatDiffMarkdown } from '../../src/diff/format-diff-markdown.js';
import { formatDiffText } from '../../src/diff/format-diff-text.js';
import { storeFromFiles } from '../../src/metrics/store-from-files.js';

const store = (text: string) => storeFromFiles([{ path: 'metrics/m.yaml', text }], new Sink());
const diff = diffMetrics(
  store('行政复议:\n  收到: { value: 48, unit: 件 }\n  纠错率: 15.3%\n  旧: 5\n  同: 7\n  空: 3\n'),
  store('行政复议:\n  收到: { value: 51, unit: 件 }\n  纠错率: 13.1%\n  同: 7\n  空: null\n  新: 12\n'),
);

describe('the diff in Chinese', () => {
  it('as text: the summary and the headings of the lists', () => {
    expect(formatDiffText(diff, '2020', '2021', 'zh')).toBe(
      [
        '2020 → 2021: 有变化 2 项，新增 1 项，删除 1 项，未填报 1 项，未变 1 项',
        '',
        '有变化',
        '  行政复议.收到    48     →  51     增长3件，增长6.3%',
        '  行政复议.纠错率  15.3%  →  13.1%  下降2.2个百分点，下降14.4%',
        '',
        '新增',
        '  行政复议.新      12',
        '',
        '删除',
        '  行政复议.旧      5',
        '',
        '未填报',
        '  行政复议.空      3      →  —',
        '',
      ].join('\n'),
    );
  });

  it('as Markdown: the summary, the table titles and the column heads', () => {
    const markdown = formatDiffMarkdown(diff, '2020', '2021', 'zh');
    expect(markdown).toMatch(/^\*\*2020 → 2021\*\*: 有变化 2 项，新增 1 项，删除 1 项，未填报 1 项，未变 1 项\n/);
    expect(markdown).toContain('### 有变化的指标\n\n| 指标 | 原值 | 新值 | 增减 | 增减幅度 |\n| --- | ---: | ---: | ---: | ---: |\n| 行政复议.收到 | 48 | 51 | 增长3件 | 增长6.3% |\n');
    expect(markdown).toContain('### 新增的指标\n\n| 指标 | 新值 |');
    expect(markdown).toContain('### 删除的指标\n\n| 指标 | 原值 |');
    expect(markdown).toContain('### 未填报的指标\n\n| 指标 | 原值 |');
  });

  it('as JSON: keys stay English, for the machines that read them', () => {
    expect(Object.keys(JSON.parse(formatDiffJson(diff, '2020', '2021')))).toEqual(['old', 'new', 'counts', 'changed', 'added', 'removed', 'unfilled']);
  });
});
