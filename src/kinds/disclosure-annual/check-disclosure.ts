import type { Sink } from '../../diagnostics/diagnostic.js';
import { msg, type Message } from '../../i18n/message.js';
import type { SourceFile } from '../../load/read-project.js';
import { nearlyEqual } from '../../metrics/expression.js';
import type { Metric, MetricStore } from '../../metrics/store.js';
import {
  APPLICANTS,
  APPLICATION_COLUMNS,
  CARRIED_IN,
  CARRIED_OUT,
  cells,
  NEW_APPLICATIONS,
  OUTCOMES,
  PARTS,
  RESULTS_TOTAL,
  REVIEW_BLOCKS,
  TOTAL,
  applicationRows,
  resultRowId,
  type Part,
  type Template,
} from './layout.js';
import { checkProse } from './check-prose.js';
import { TABLE_PLACEHOLDER } from './remark-disclosure-tables.js';

/** The heading each table belongs under, for the message when it is placed nowhere. */
const PART_TITLES: Record<Part, string> = {
  二: '二、主动公开政府信息情况',
  三: '三、收到和处理政府信息公开申请情况',
  四: '四、政府信息公开行政复议、行政诉讼情况',
};

/**
 * The 勾稽关系 of the disclosure annual report in its template (layout.ts), checked on the
 * metrics its tables are made of, each error at the cell that disagrees (docs:
 * disclosure-annual-report.md):
 *
 * - every cell present, a count a whole number ≥ 0, 本年增/减 (2019) a whole number, an
 *   amount ≥ 0;
 * - table 三, every row: 总计 = 自然人 + the five 法人或其他组织 columns;
 * - table 三, every column: （七）总计 = the results （一）–（六） (items of （三）–（六));
 * - table 三, every column: 一 + 二 = 三（七） + 四, and 二 = last year's 四 when last year's
 *   report (`previous:`) has the table;
 * - table 四, each block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结;
 * - each table placed in the text with `{{table:二}}`, `{{table:三}}`, `{{table:四}}`;
 * - figures the prose writes out as digits equal the cells they restate (check-prose.ts).
 *
 * A cell left blank as published (`blank`) counts as 0, the reading of a blank in these
 * tables; but a blank 总计 whose parts do not add up to 0 was not printed, so the rules
 * that read it cannot be checked: a warning at it says so (disclosure-blank-total).
 *
 * It flags; it never "fixes" a figure.
 */
export function checkDisclosure(store: MetricStore, sections: readonly SourceFile[], sink: Sink, template: Template): void {
  const unprinted = new Set<string>();
  const value = (id: string) => (unprinted.has(id) ? undefined : store.get(id)?.value);
  checkCells(store, sink, template);
  checkBlankTotals(store, template, unprinted, sink);
  checkApplicationTable(store, value, sink, template);
  checkReviewTable(store, value, sink);
  checkPlacement(sections, sink);
  checkProse(store, sections, sink);
}

function report(metric: Metric, message: Message, sink: Sink): void {
  sink.error(metric.file, metric.place, message);
}

function checkCells(store: MetricStore, sink: Sink, template: Template): void {
  const missingParts = new Set<Part>(PARTS);
  const byPart = new Map<Part, Array<{ label: string; ids: string[] }>>();
  for (const { part, row, ids, kinds } of cells(template)) {
    const missing = ids.filter((id) => !store.get(id));
    if (missing.length < ids.length) missingParts.delete(part);
    if (missing.length > 0) byPart.set(part, [...(byPart.get(part) ?? []), { label: row.label, ids: missing }]);
    ids.forEach((id, i) => {
      const metric = store.get(id);
      if (metric?.value === undefined) return;
      const kind = kinds[i]!;
      const wrong = kind === 'amount' ? metric.value < 0 : kind === 'signed' ? !Number.isInteger(metric.value) : !Number.isInteger(metric.value) || metric.value < 0;
      if (wrong) report(metric, msg(`disclosure-count/${kind}`, { id, value: metric.value }), sink);
    });
  }
  for (const [part, rows] of byPart) {
    const message = missingParts.has(part)
      ? msg('disclosure-missing/none', { part, example: cells(template).find((c) => c.part === part)!.ids[0]! })
      : msg('disclosure-missing/some', { part, rows });
    sink.error('metrics/', undefined, message);
  }
}

type Lookup = (id: string) => number | undefined;

/** Sum of values, or undefined when one is missing (its own problem is reported elsewhere). */
function sum(values: ReadonlyArray<number | undefined>): number | undefined {
  let total = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/**
 * A 总计 left blank while its parts add up to more than 0: the published table does not
 * print it, so the rules reading it are not checked (they skip it), and a warning says so.
 */
function checkBlankTotals(store: MetricStore, template: Template, unprinted: Set<string>, sink: Sink): void {
  const totals: Array<{ id: string; parts: string[]; label: string }> = [
    ...applicationRows(template).map((row) => ({ id: `${row.id}.${TOTAL}`, parts: APPLICANTS.map((c) => `${row.id}.${c}`), label: row.label })),
    ...APPLICATION_COLUMNS.map((column) => ({ id: `${RESULTS_TOTAL.id}.${column}`, parts: resultParts(template, column), label: `${RESULTS_TOTAL.label}（${column}）` })),
    ...REVIEW_BLOCKS.map((block) => ({ id: `${block.id}.${TOTAL}`, parts: OUTCOMES.map((o) => `${block.id}.${o}`), label: block.label })),
  ];
  for (const total of totals) {
    const metric = store.get(total.id);
    if (!metric?.blank || unprinted.has(total.id)) continue;
    const added = sum(total.parts.map((id) => store.get(id)?.value));
    if (added === undefined || added === 0) continue;
    unprinted.add(total.id);
    sink.warn(metric.file, metric.place, msg('disclosure-blank-total', { id: total.id, row: total.label, added }));
  }
}

/** The cells （七）总计 adds up in a column: every result row's. */
function resultParts(template: Template, column: string): string[] {
  return template.results.flatMap((group) => (group.items ? group.items.map((item) => `${resultRowId(group, item)}.${column}`) : [`${resultRowId(group)}.${column}`]));
}

function checkApplicationTable(store: MetricStore, value: Lookup, sink: Sink, template: Template): void {
  for (const row of applicationRows(template)) {
    const total = store.get(`${row.id}.${TOTAL}`);
    const parts = APPLICANTS.map((c) => value(`${row.id}.${c}`));
    const added = sum(parts);
    if (value(`${row.id}.${TOTAL}`) === undefined || total?.value === undefined || added === undefined || nearlyEqual(total.value, added)) continue;
    const terms = APPLICANTS.map((c, i) => `${c} ${parts[i]}`).join(' + ');
    report(total, msg('disclosure-row-sum', { row: row.label, total: total.value, added, terms }), sink);
  }

  for (const column of APPLICATION_COLUMNS) {
    const groups = template.results.map((group) => ({
      label: group.label.replace(/^(（.）).*$/, '$1'),
      value: sum(group.items ? group.items.map((item) => value(`${resultRowId(group, item)}.${column}`)) : [value(`${resultRowId(group)}.${column}`)]),
    }));
    const total = store.get(`${RESULTS_TOTAL.id}.${column}`);
    const added = sum(groups.map((g) => g.value));
    if (value(`${RESULTS_TOTAL.id}.${column}`) !== undefined && total?.value !== undefined && added !== undefined && !nearlyEqual(total.value, added)) {
      const terms = groups.map((g) => `${g.label}${g.value}`).join(' + ');
      report(total, msg('disclosure-column-sum', { column, total: total.value, added, terms }), sink);
    }

    // the rule the template prints on the table itself: 一 + 二 = 三（七） + 四
    const carriedOut = store.get(`${CARRIED_OUT.id}.${column}`);
    const received = value(`${NEW_APPLICATIONS.id}.${column}`);
    const carriedIn = value(`${CARRIED_IN.id}.${column}`);
    const answered = value(`${RESULTS_TOTAL.id}.${column}`);
    if (value(`${CARRIED_OUT.id}.${column}`) !== undefined && carriedOut?.value !== undefined && received !== undefined && carriedIn !== undefined && answered !== undefined) {
      if (!nearlyEqual(received + carriedIn, answered + carriedOut.value)) {
        report(carriedOut, msg('disclosure-carry-over/balance', { column, received, carriedIn, answered, carriedOut: carriedOut.value }), sink);
      }
    }

    // what last year carried on is what this year carried over
    const lastYear = store.previous?.get(`${CARRIED_OUT.id}.${column}`)?.value;
    const carriedInMetric = store.get(`${CARRIED_IN.id}.${column}`);
    if (lastYear !== undefined && carriedInMetric?.value !== undefined && !nearlyEqual(lastYear, carriedInMetric.value)) {
      report(carriedInMetric, msg('disclosure-carry-over/last-year', { column, value: carriedInMetric.value, lastYear, id: `${CARRIED_OUT.id}.${column}` }), sink);
    }
  }
}

function checkReviewTable(store: MetricStore, value: Lookup, sink: Sink): void {
  for (const block of REVIEW_BLOCKS) {
    const total = store.get(`${block.id}.${TOTAL}`);
    const parts = OUTCOMES.map((o) => value(`${block.id}.${o}`));
    const added = sum(parts);
    if (value(`${block.id}.${TOTAL}`) === undefined || total?.value === undefined || added === undefined || nearlyEqual(total.value, added)) continue;
    const terms = OUTCOMES.map((o, i) => `${o} ${parts[i]}`).join(' + ');
    report(total, msg('disclosure-block-total', { block: block.label, total: total.value, added, terms }), sink);
  }
}

function checkPlacement(sections: readonly SourceFile[], sink: Sink): void {
  const placed = new Set<string>();
  for (const section of sections) {
    for (const line of section.text.split('\n')) {
      const match = TABLE_PLACEHOLDER.exec(line.trim());
      if (match) placed.add(match[1]!);
    }
  }
  for (const part of PARTS) {
    if (placed.has(part)) continue;
    sink.error('sections/', undefined, msg('disclosure-table-missing', { part, title: PART_TITLES[part] }));
  }
}
