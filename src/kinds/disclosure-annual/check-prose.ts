import type { Sink } from '../../diagnostics/diagnostic.js';
import { LineIndex } from '../../diagnostics/position.js';
import { msg } from '../../i18n/message.js';
import type { SourceFile } from '../../load/read-project.js';
import { nearlyEqual } from '../../metrics/expression.js';
import type { MetricStore } from '../../metrics/store.js';
import { figureOf, RESTATED, type Restated } from './prose-phrasings.js';

/** A figure the prose writes out, read as the quantity a phrasing names. */
interface Reading {
  restated: Restated;
  phrase: string;
  written: number;
  /** Offset of the figure in the section. */
  at: number;
}

/**
 * A figure the prose writes out that disagrees with the table cells it restates (the
 * phrasings are in prose-phrasings.ts). A warning, not an error: the phrases are recognised
 * by wording, which a sentence about another year could share; `--strict` makes it fail,
 * and writing the figure as a `{{…}}` reference makes the disagreement impossible. Only
 * figures written as digits are read: a `{{…}}` reference is the cell itself.
 *
 * The fix never prints another quantity: a single cell is named by its reference; a sum
 * by a metric whose formula is that sum, when the report has one, else by its figure and
 * its terms.
 */
export function checkProse(store: MetricStore, sections: readonly SourceFile[], sink: Sink): void {
  for (const section of sections) {
    let lines: LineIndex | undefined;
    for (const reading of readProse(section.text)) {
      const cells = cellsOf(reading.restated, store);
      if (!cells) continue;
      const values = cells.map((id) => store.get(id)!.value!);
      const expected = values.reduce((a, b) => a + b, 0);
      if (nearlyEqual(reading.written, expected)) continue;
      lines ??= new LineIndex(section.text);
      const place = lines.place(reading.at);
      const { phrase, written } = reading;
      const reference = cells.length === 1 ? cells[0] : metricSumming(store, cells);
      if (reference) {
        sink.warn(section.path, place, msg('disclosure-prose-mismatch', { phrase, written, expected, reference: `{{${reference}}}` }));
      } else {
        const terms = cells.map((id, i) => `${shortName(id)} ${values[i]}`).join(' + ');
        const formula = cells.join(' + ');
        sink.warn(section.path, place, msg('disclosure-prose-mismatch/sum', { phrase, written, expected, label: reading.restated.label, terms, formula }));
      }
    }
  }
}

/**
 * Every figure of a text that a phrasing names, in text order. The quantities are tried in
 * the table's order (most specific first), and a figure one of them has read is never read
 * again, so a figure is read as one quantity only.
 */
export function readProse(text: string): Reading[] {
  const claimed = new Set<number>();
  const readings: Reading[] = [];
  for (const restated of RESTATED) {
    for (const pattern of restated.phrasings) {
      for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('d', '')}d`))) {
        const at = match.indices![1]![0];
        if (claimed.has(at)) continue;
        claimed.add(at);
        readings.push({ restated, phrase: match[0], written: figureOf(match[1]!), at });
      }
    }
  }
  return readings.sort((a, b) => a.at - b.at);
}

/** The cells a quantity adds up in this report, or undefined when one is missing or unfilled (reported elsewhere). */
function cellsOf(restated: Restated, store: MetricStore): readonly string[] | undefined {
  for (const cells of [restated.cells, restated.or]) {
    if (cells && cells.every((id) => store.get(id)?.value !== undefined)) return cells;
  }
  return undefined;
}

/** A metric whose formula adds up exactly these cells (`办理结果汇总.不予公开`), so the prose can print the sum by reference. */
function metricSumming(store: MetricStore, cells: readonly string[]): string | undefined {
  const wanted = [...cells].sort().join('+');
  for (const metric of store.all()) {
    if (!metric.formula || metric.value === undefined) continue;
    const group = metric.id.includes('.') ? metric.id.slice(0, metric.id.lastIndexOf('.')) : '';
    const terms = metric.formula.split('+').map((t) => t.trim());
    if (terms.some((t) => !/^[^\s()*/-]+$/u.test(t))) continue;
    // a name resolves in the formula's group first, then as a full id (README, Metrics)
    const ids = terms.map((t) => (group && store.get(`${group}.${t}`) ? `${group}.${t}` : t));
    if ([...ids].sort().join('+') === wanted) return metric.id;
  }
  return undefined;
}

/** `依申请.办理结果.不予公开.属于国家秘密.总计` → `属于国家秘密`: the row (or column) that tells the cell apart. */
function shortName(id: string): string {
  const parts = id.split('.');
  const last = parts.at(-1)!;
  return last === '总计' ? parts.at(-2)! : last;
}
