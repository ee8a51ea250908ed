import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import type { MetricDiff } from './diff-metrics.js';
import { summary } from './format-diff-text.js';

/** The diff as GitHub-flavoured Markdown tables, for a pull request or a review note, in the interface language. */
export function formatDiffMarkdown(diff: MetricDiff, oldName: string, newName: string, lang: Lang = 'en'): string {
  const parts = [`**${cell(oldName)} → ${cell(newName)}**: ${summary(diff, lang)}`];
  const table = (title: string, header: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    parts.push(`### ${title}`, [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n'));
  };
  const [metric, old, next, change, ratio] = (['metric', 'old', 'new', 'change', 'ratio'] as const).map((column) => say(lang, `ui.diff.column.${column}`)) as [string, string, string, string, string];
  table(say(lang, 'ui.diff.heading.changed'), [metric, old, next, change, ratio], diff.changed.map((m) => [m.id, m.old.shown, m.new.shown, m.change.amountText, m.change.ratioText ?? '—']));
  table(say(lang, 'ui.diff.heading.added'), [metric, next], diff.added.map((m) => [m.id, m.new.shown]));
  table(say(lang, 'ui.diff.heading.removed'), [metric, old], diff.removed.map((m) => [m.id, m.old.shown]));
  table(say(lang, 'ui.diff.heading.unfilled'), [metric, old], diff.unfilled.map((m) => [m.id, m.old.shown]));
  return `${parts.join('\n\n')}\n`;
}

/** A table cell: `|` escaped, so an id or a value cannot break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
