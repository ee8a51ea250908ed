import { formatValue } from '../metrics/format.js';
import type { Metric, MetricStore } from '../metrics/store.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { plainTitle } from './document.js';

/** One metric as the portal's open-data section publishes it. */
export interface MetricRecord {
  id: string;
  /** The metric's label, or its own key when it has none. */
  label: string;
  unit: string | null;
  /** The figure the report states (a share as a fraction: 15.3% is 0.153). */
  value: number;
  /** The figure as the report prints it, e.g. `15.3%`. */
  formatted: string;
  format?: string;
  formula?: string;
  /** The formula's result to 12 significant digits, which `value` agrees with at its precision. */
  computed?: number;
  note?: string;
  source?: string;
}

/** The open-data file: which report, then every metric in definition order. */
export interface MetricsDocument {
  report: { title: string; 'document-number': string | null; 'index-number': string | null; date: string };
  metrics: MetricRecord[];
}

/**
 * The resolved metrics as JSON for the portal's open-data section, written next to the
 * HTML and the PDF. Same input, same bytes: definition order, no clock, no absolute paths.
 */
export function renderMetricsJson(manifest: Manifest, store: MetricStore): string {
  const document: MetricsDocument = {
    report: {
      title: plainTitle(manifest),
      'document-number': manifest['document-number'] ?? null,
      'index-number': manifest['index-number'],
      date: manifest.date,
    },
    metrics: store.all().flatMap((metric) => record(metric) ?? []),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function record(metric: Metric): MetricRecord | undefined {
  // A build with a metric that has no value stops on that error before rendering.
  if (metric.value === undefined) return undefined;
  const formatted = formatValue(metric.value, metric.format);
  const out: MetricRecord = {
    id: metric.id,
    label: metric.label ?? metric.id.slice(metric.id.lastIndexOf('.') + 1),
    unit: metric.unit ?? null,
    value: metric.value,
    formatted: formatted.ok ? formatted.text : String(metric.value),
  };
  if (metric.format !== undefined) out.format = metric.format;
  if (metric.formula !== undefined) out.formula = metric.formula;
  if (metric.computed !== undefined) out.computed = Number(metric.computed.toPrecision(12));
  if (metric.note !== undefined) out.note = metric.note;
  if (metric.source !== undefined) out.source = metric.source;
  return out;
}
