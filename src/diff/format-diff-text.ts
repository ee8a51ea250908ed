import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { displayWidth, padEnd } from '../text/display-width.js';
import type { MetricDiff } from './diff-metrics.js';

/**
 * The diff for a terminal: a summary line, then one aligned line per metric under
 * changed / added / removed / unfilled (columns counted in display width, so Chinese ids
 * line up), the headings in the interface language.
 */
export function formatDiffText(diff: MetricDiff, oldName: string, newName: string, lang: Lang = 'en'): string {
  const lines = [`${oldName} → ${newName}: ${summary(diff, lang)}`];
  const rows: Array<[string, string[][]]> = [
    [say(lang, 'ui.diff.changed'), diff.changed.map((m) => [m.id, m.old.shown, '→', m.new.shown, [m.change.amountText, m.change.ratioText].filter(Boolean).join('，')])],
    [say(lang, 'ui.diff.added'), diff.added.map((m) => [m.id, m.new.shown])],
    [say(lang, 'ui.diff.removed'), diff.removed.map((m) => [m.id, m.old.shown])],
    [say(lang, 'ui.diff.unfilled'), diff.unfilled.map((m) => [m.id, m.old.shown, '→', '—'])],
  ];
  const widths: number[] = [];
  for (const [, table] of rows) for (const row of table) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  for (const [title, table] of rows) {
    if (table.length === 0) continue;
    lines.push('', title);
    for (const row of table) lines.push(`  ${row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `3 changed, 1 added, 0 removed, 0 unfilled, 60 unchanged` */
export function summary(diff: MetricDiff, lang: Lang = 'en'): string {
  return say(lang, 'ui.diff.summary', { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, unfilled: diff.unfilled.length, unchanged: diff.unchanged });
}
