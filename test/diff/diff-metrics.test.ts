import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { diffMetrics } from '../../src/diff/diff-metrics.js';
import { formatDiffJson } from '../../src/diff/format-diff-json.js';
import { formatDiffMarkdown } from '../../src/diff/format-diff-markdown.js';
import { formatDiffText } from '../../src/diff/format-diff-text.js';
import { storeFromFiles } from '../../src/metrics/store-from-files.js';

const store = (text: string) => storeFromFiles([{ path: 'metrics/m.yaml', text }], new Sink());

const OLD = store('行政复议:\n  收到: { value: 48, unit: 件 }\n  纠错率: 15.3%\n  结转: 0\n  旧: 5\n  同: 7\n  空: 3\n');
const NEW = store('行政复议:\n  收到: { value: 51, unit: 件 }\n  纠错率: 13.1%\n  结转: 2\n  同: 7\n  空: null\n  新: 12\n');

describe('diffMetrics', () => {
  const diff = diffMetrics(OLD, NEW);

  it('sorts every metric into changed, added, removed, unfilled or unchanged', () => {
    expect(diff.changed.map((m) => m.id)).toEqual(['行政复议.收到', '行政复议.纠错率', '行政复议.结转']);
    expect(diff.added).toEqual([{ id: '行政复议.新', new: { value: 12, shown: '12' } }]);
    expect(diff.removed).toEqual([{ id: '行政复议.旧', old: { value: 5, shown: '5' } }]);
    expect(diff.unfilled).toEqual([{ id: '行政复议.空', old: { value: 3, shown: '3' } }]);
    expect(diff.unchanged).toBe(1);
  });

  it('gives each change as an amount and a ratio, and as the change formats print them', () => {
    expect(diff.changed[0]!.change).toEqual({ amount: 3, ratio: 0.0625, amountText: '增长3件', ratioText: '增长6.3%' });
    expect(diff.changed[1]!).toMatchObject({ old: { shown: '15.3%' }, new: { shown: '13.1%' }, change: { amountText: '下降2.2个百分点', ratioText: '下降14.4%' } });
    expect(diff.changed[2]!.change).toEqual({ amount: 2, ratio: null, amountText: '增长2', ratioText: null });
  });

  it('prints as aligned text, Markdown tables or JSON', () => {
    expect(formatDiffText(diff, 'a', 'b')).toBe(
      [
        'a → b: 3 changed, 1 added, 1 removed, 1 unfilled, 1 unchanged',
        '',
        'changed',
        '  行政复议.收到    48     →  51     增长3件，增长6.3%',
        '  行政复议.纠错率  15.3%  →  13.1%  下降2.2个百分点，下降14.4%',
        '  行政复议.结转    0      →  2      增长2',
        '',
        'added',
        '  行政复议.新      12',
        '',
        'removed',
        '  行政复议.旧      5',
        '',
        'unfilled',
        '  行政复议.空      3      →  —',
        '',
      ].join('\n'),
    );
    const markdown = formatDiffMarkdown(diff, 'a', 'b');
    expect(markdown).toContain('| metric | old | new | change | % |\n| --- | ---: | ---: | ---: | ---: |\n| 行政复议.收到 | 48 | 51 | 增长3件 | 增长6.3% |\n');
    expect(markdown).toContain('### Added\n\n| metric | new |\n| --- | ---: |\n| 行政复议.新 | 12 |');
    const json = JSON.parse(formatDiffJson(diff, 'a', 'b'));
    expect(json.counts).toEqual({ changed: 3, added: 1, removed: 1, unfilled: 1, unchanged: 1 });
    expect(json.changed[2]).toEqual({ id: '行政复议.结转', old: { value: 0, shown: '0' }, new: { value: 2, shown: '2' }, change: { amount: 2, ratio: null, amountText: '增长2', ratioText: null } });
  });
});
