import { text, type Message } from '../i18n/message.js';
import { joinText } from '../i18n/text.js';
import { formatValue } from '../metrics/format.js';
import { percentOnCount } from '../metrics/nature.js';
import type { SelectedMetric } from '../metrics/select.js';

/** A metric as a table cell or chart label shows it: the figure, and the unit beside it. */
export type Shown =
  | {
      ok: true;
      text: string;
      unit: string;
      label: string;
      /** The value in the unit shown (5230.8 for 5230.8万元), for a chart's axis. */
      figure: number;
      /** The format showed a share: 15.3% (figure stays 0.153). */
      percent: boolean;
    }
  | { ok: false; message: Message };

/**
 * Formats a selected metric with the directive's format, else its own. A 万/亿 scale moves
 * from the figure into the unit (`5230.8` | `万元`), the way statistical tables head them.
 * A directive's `percent` format on a count is refused, as in the text.
 */
export function showMetric(item: SelectedMetric, format: string | undefined): Shown {
  const { metric } = item;
  const spec = format ?? metric.format;
  const misfit = format === undefined ? undefined : percentOnCount(metric, format);
  if (misfit) return { ok: false, message: misfit };
  const result = formatValue(metric.value, spec);
  if (!result.ok) return { ok: false, message: { ...joinText([result.message, text('ui.metrics.of-metric', { id: metric.id })]), rule: result.message.rule } };
  const { scale } = result;
  return {
    ok: true,
    text: scale ? result.text.slice(0, -scale.word.length) : result.text,
    unit: `${scale?.word ?? ''}${metric.unit ?? ''}`,
    label: metric.label ?? item.key,
    figure: metric.value / (scale?.factor ?? 1),
    percent: spec?.trim().startsWith('percent') ?? false,
  };
}
