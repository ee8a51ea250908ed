import type { MetricDiff } from './diff-metrics.js';
import { summary } from './format-diff-text.js';

/** The diff as GitHub-flavoured Markdown tables, for a pull request or a review note. */
export function formatDiffMarkdown(diff: MetricDiff, oldName: string, newName: string): string {
  const parts = [`**${cell(oldName)} → ${cell(newName)}**: ${summary(diff)}`];
  const table = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    parts.push(`### ${title}`, [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n'));
  };
  table('Changed', ['metric', 'old', 'new', 'change', '%'], diff.changed.map((m) => [m.id, m.old.shown, m.new.shown, m.change.amountText, m.change.ratioText ?? '—']));
  table('Added', ['metric', 'new'], diff.added.map((m) => [m.id, m.new.shown]));
  table('Removed', ['metric', 'old'], diff.removed.map((m) => [m.id, m.old.shown]));
  table('Unfilled', ['metric', 'old'], diff.unfilled.map((m) => [m.id, m.old.shown]));
  return `${parts.join('\n\n')}\n`;
}

/** A table cell: `|` escaped, so an id or a value cannot break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
