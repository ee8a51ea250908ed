import { displayWidth, padEnd } from '../text/display-width.js';
import type { MetricDiff } from './diff-metrics.js';

/**
 * The diff for a terminal: a summary line, then one aligned line per metric under
 * changed / added / removed / unfilled (columns counted in display width, so Chinese ids
 * line up).
 */
export function formatDiffText(diff: MetricDiff, oldName: string, newName: string): string {
  const lines = [`${oldName} → ${newName}: ${summary(diff)}`];
  const rows: Array<[string, string[][]]> = [
    ['changed', diff.changed.map((m) => [m.id, m.old.shown, '→', m.new.shown, [m.change.amountText, m.change.ratioText].filter(Boolean).join('，')])],
    ['added', diff.added.map((m) => [m.id, m.new.shown])],
    ['removed', diff.removed.map((m) => [m.id, m.old.shown])],
    ['unfilled', diff.unfilled.map((m) => [m.id, m.old.shown, '→', '—'])],
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
export function summary(diff: MetricDiff): string {
  return `${diff.changed.length} changed, ${diff.added.length} added, ${diff.removed.length} removed, ${diff.unfilled.length} unfilled, ${diff.unchanged} unchanged`;
}
