import { isMap, isPair, isScalar, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
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
 * year's value beside it as a comment (`收到: null  # 2020: 48`); formulas, units, labels,
 * notes, checks, comments and key order stay as they were. Reads metrics the way
 * collect.ts does: a mapping with `value` or `formula` is a metric, any other a group.
 * `label` names last year in the comments (`2020`). A file that does not parse is
 * returned unchanged (its syntax error shows when the new report is checked).
 */
export function nextMetrics(text: string, label: string): NextMetrics {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { text, emptied: 0 };
  let emptied = 0;
  // the value as written (`15.3%`, `1.50`), not as the printer would write it
  const written = (node: Scalar) => (node.range ? text.slice(node.range[0], node.range[1]) : String(node.value));
  const visit = (map: YAMLMap, top: boolean) => {
    for (const pair of map.items) {
      if (!isPair(pair) || (top && isScalar(pair.key) && pair.key.value === 'checks')) continue;
      if (emptyPair(pair, label, written, visit)) emptied++;
    }
  };
  visit(doc.contents, true);
  return { text: emptied === 0 ? text : keepOriginalLines(text, doc.toString({ lineWidth: 0 })), emptied };
}

/** Empties one metric (true when it had a value), or walks into a group. */
function emptyPair(pair: Pair, label: string, written: (node: Scalar) => string, visit: (map: YAMLMap, top: boolean) => void): boolean {
  const value = pair.value as Node | null;
  if (isScalar(value)) {
    if (value.value === null || value.value === undefined) return false;
    const emptied = new Scalar(null);
    emptied.comment = lastYearComment(label, written(value), value.comment);
    pair.value = emptied;
    return true;
  }
  if (!isMap(value)) return false;
  const isMetric = value.items.some((p) => isPair(p) && isScalar(p.key) && METRIC_KEYS.has(String(p.key.value)));
  if (!isMetric) {
    visit(value, false);
    return false;
  }
  const stated = value.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'value');
  if (!stated || !isScalar(stated.value) || stated.value.value === null) return false;
  const was = written(stated.value);
  const emptied = new Scalar(null);
  // in a one-line { value: 48, unit: 件 } the comment can only follow the closing brace
  if (value.flow) value.comment = lastYearComment(label, was, value.comment);
  else emptied.comment = lastYearComment(label, was, stated.value.comment);
  stated.value = emptied;
  return true;
}
