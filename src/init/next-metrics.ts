import { isMap, isPair, isScalar, parseDocument, Scalar, type Node, type YAMLMap } from 'yaml';
import { METRIC_KEYS } from '../metrics/metric-schema.js';
import { keepOriginalLines } from './keep-lines.js';
import { lastYearComment } from './next-manifest.js';

export interface NextMetrics {
  text: string;
  /** How many values were emptied (the figures the clerk now has to fill in). */
  emptied: number;
}

/**
 * A metric file made ready for next year: every stated value becomes `null` with last
 * year's value beside it as a comment (`收到: null  # 2020: 48`; after a one-line row
 * `{ 自然人: null, 总计: null } # 2023: 自然人 46, 总计 56`); formulas, units, labels,
 * notes, checks, comments and key order stay as they were. Reads metrics the way
 * collect.ts does: a mapping with `value` or `formula` is a metric, any other a group.
 * `label` names last year in the comments (`2020`). A file that does not parse is
 * returned unchanged (its syntax error shows when the new report is checked).
 */
export function nextMetrics(text: string, label: string): NextMetrics {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, emptied: 0 };
  // the value as written (`15.3%`, `1.50`), not as the printer would write it
  const written = (node: Scalar) => (node.range ? text.slice(node.range[0], node.range[1]) : String(node.value));
  const holders: Holder[] = [];
  let emptied = 0;

  /** Empties the metrics of a mapping; `holder` is the one-line {…} they sit in, if any. */
  const walk = (map: YAMLMap, top: boolean, holder: Holder | undefined) => {
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (top && key === 'checks') continue;
      const value = pair.value as Node | null;
      // a comment cannot go inside a one-line {…}: it follows the outermost closing brace
      const own = holder ?? (isMap(value) && value.flow ? newHolder(value, holders) : undefined);
      const empty = (scalar: Scalar, set: (node: Scalar) => void) => {
        const blank = new Scalar(null);
        if (own) own.entries.push(holder ? `${key} ${written(scalar)}` : written(scalar));
        else blank.comment = lastYearComment(label, written(scalar), scalar.comment);
        set(blank);
        emptied++;
      };
      if (isScalar(value)) {
        if (value.value !== null && value.value !== undefined) empty(value, (blank) => (pair.value = blank));
      } else if (isMap(value)) {
        const isMetric = value.items.some((p) => isPair(p) && isScalar(p.key) && METRIC_KEYS.has(String(p.key.value)));
        if (!isMetric) {
          walk(value, false, own);
          continue;
        }
        const stated = value.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'value');
        if (stated && isScalar(stated.value) && stated.value.value !== null) empty(stated.value, (blank) => (stated.value = blank));
      }
    }
  };
  walk(doc.contents, true, undefined);
  for (const holder of holders) {
    if (holder.entries.length > 0) holder.node.comment = lastYearComment(label, holder.entries.join(', '), holder.node.comment);
  }
  return { text: emptied === 0 ? text : keepOriginalLines(text, doc.toString({ lineWidth: 0 })), emptied };
}

/** A one-line {…} and last year's values of the metrics emptied inside it. */
interface Holder {
  node: YAMLMap;
  entries: string[];
}

function newHolder(node: YAMLMap, holders: Holder[]): Holder {
  const holder = { node, entries: [] };
  holders.push(holder);
  return holder;
}
