import type { MetricDiff } from './diff-metrics.js';

/** The diff for machines: both report names, counts, then every added, removed, changed and unfilled metric (keys in English whatever the interface language). */
export function formatDiffJson(diff: MetricDiff, oldName: string, newName: string): string {
  const counts = { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, unfilled: diff.unfilled.length, unchanged: diff.unchanged };
  const { changed, added, removed, unfilled } = diff;
  return `${JSON.stringify({ old: oldName, new: newName, counts, changed, added, removed, unfilled }, null, 2)}\n`;
}
