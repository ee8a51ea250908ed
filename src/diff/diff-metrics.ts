import { formatChange, formatValue } from '../metrics/format.js';
import type { Metric, MetricStore } from '../metrics/store.js';

/** A figure as a report holds it: the number (null when not filled in) and how it prints. */
export interface Figure {
  value: number | null;
  shown: string;
}

export interface ChangedMetric {
  id: string;
  old: Figure;
  new: Figure;
  change: {
    /** new − old; null when the old report has no value */
    amount: number | null;
    /** (new − old) / |old|; null when old is 0 */
    ratio: number | null;
    /** `增长4件`, `下降2.2个百分点`, as `change:amount` prints it */
    amountText: string;
    /** `增长8.3%`, as `change` prints it; null when old is 0 */
    ratioText: string | null;
  };
}

export interface MetricDiff {
  added: Array<{ id: string; new: Figure }>;
  removed: Array<{ id: string; old: Figure }>;
  changed: ChangedMetric[];
  /** In both, but with no value in the new report (e.g. fresh from `report init --from`). */
  unfilled: Array<{ id: string; old: Figure }>;
  unchanged: number;
}

/**
 * What changed from one report's metrics to another's, by id, in the new report's order
 * (then removed ones in the old order). Values are compared as numbers; a change is shown
 * as the `change` formats show it in prose, so the diff reads like the report.
 */
export function diffMetrics(old: MetricStore, next: MetricStore): MetricDiff {
  const diff: MetricDiff = { added: [], removed: [], changed: [], unfilled: [], unchanged: 0 };
  for (const metric of next.all()) {
    const before = old.get(metric.id);
    if (!before) {
      diff.added.push({ id: metric.id, new: figure(metric) });
    } else if (metric.value === undefined) {
      diff.unfilled.push({ id: metric.id, old: figure(before) });
    } else if (before.value === undefined || before.value !== metric.value) {
      diff.changed.push(changed(before, metric));
    } else {
      diff.unchanged++;
    }
  }
  for (const metric of old.all()) {
    if (!next.get(metric.id)) diff.removed.push({ id: metric.id, old: figure(metric) });
  }
  return diff;
}

function figure(metric: Metric): Figure {
  if (metric.value === undefined) return { value: null, shown: '—' };
  const shown = formatValue(metric.value, metric.format);
  return { value: metric.value, shown: shown.ok ? shown.text : String(metric.value) };
}

function changed(before: Metric, after: Metric): ChangedMetric {
  const old = figure(before);
  const next = figure(after);
  if (old.value === null || next.value === null) {
    return { id: after.id, old, new: next, change: { amount: null, ratio: null, amountText: '—', ratioText: null } };
  }
  const amount = next.value - old.value;
  const ratio = old.value === 0 ? null : amount / Math.abs(old.value);
  const amountText = formatChange(next.value, old.value, 'change:amount', after);
  const ratioText = ratio === null ? undefined : formatChange(next.value, old.value, 'change', after);
  return {
    id: after.id,
    old,
    new: next,
    change: {
      amount: Number(amount.toPrecision(12)),
      ratio: ratio === null ? null : Number(ratio.toPrecision(12)),
      amountText: amountText.ok ? amountText.text : '—',
      ratioText: ratioText?.ok ? ratioText.text : null,
    },
  };
}
