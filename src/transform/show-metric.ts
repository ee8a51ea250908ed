import { formatValue } from '../metrics/format.js';
import type { SelectedMetric } from '../metrics/select.js';

/** A metric as a table cell or chart label shows it: the figure, and the unit beside it. */
export type Shown = { ok: true; text: string; unit: string; label: string } | { ok: false; message: string };

/**
 * Formats a selected metric with the directive's format, else its own. A 万/亿 scale moves
 * from the figure into the unit (`5230.8` | `万元`), the way statistical tables head them.
 */
export function showMetric(item: SelectedMetric, format: string | undefined): Shown {
  const { metric } = item;
  const result = formatValue(metric.value, format ?? metric.format);
  if (!result.ok) return { ok: false, message: `${result.message} (metric "${metric.id}")` };
  const text = result.scale ? result.text.slice(0, -result.scale.length) : result.text;
  return { ok: true, text, unit: `${result.scale ?? ''}${metric.unit ?? ''}`, label: metric.label ?? item.key };
}
