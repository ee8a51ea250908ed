import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatValue } from '../../metrics/format.js';
import type { MetricStore } from '../../metrics/store.js';
import {
  APPLICANTS,
  APPLICATION_COLUMNS,
  BLOCK_COLUMNS,
  CARRIED_IN,
  CARRIED_OUT,
  NEW_APPLICATIONS,
  ORGANISATIONS,
  OUTCOMES,
  RESULTS_TOTAL,
  REVIEW_BLOCKS,
  TOTAL,
  resultRowId,
  type Part,
  type Template,
} from './layout.js';

/**
 * A standard table of the disclosure annual report as a hast `<table>`, laid out as the
 * report's template draws it (merged header cells as colspan/rowspan, row headers as
 * `<th scope="row">`), each cell read from the metric store; a cell left blank as
 * published prints nothing. It goes through the same sanitizer as the rest of the text.
 */
export function renderDisclosureTable(part: Part, store: MetricStore, template: Template): Element {
  const cell = (id: string, attributes: Record<string, number> = {}) => h('td', attributes, shown(store, id));
  if (part === '二') return proactiveTable(cell, template, store);
  if (part === '三') return applicationTable(cell, template);
  return reviewTable(cell);
}

type Cell = (id: string, attributes?: Record<string, number>) => Element;

function shown(store: MetricStore, id: string): string {
  const metric = store.get(id);
  if (metric?.value === undefined || metric.blank) return '';
  const text = formatValue(metric.value, metric.format);
  return text.ok ? text.text : String(metric.value);
}

const rowHeader = (label: string, attributes: Record<string, number> = {}) => h('th', { scope: 'row', ...attributes }, label);

/**
 * 二: the template's blocks, each headed by its clause of article 20. Each block is a
 * `<tbody>` of its own, which print keeps whole: a page break falls between blocks, every
 * block carrying its own header rows.
 */
function proactiveTable(cell: Cell, template: Template, store: MetricStore): Element {
  const width = lcm(template.proactive.map((b) => b.columns.length));
  const blocks: Element[] = [];
  for (const block of template.proactive) {
    const rows: Element[] = [];
    const span = width / block.columns.length;
    const spanned: Record<string, number> = span > 1 ? { colSpan: span } : {};
    rows.push(h('tr', [h('th', { colSpan: width + 1, scope: 'colgroup' }, block.clause)]));
    rows.push(h('tr', [h('th', { scope: 'col' }, '信息内容'), ...block.columns.map((c) => h('th', { scope: 'col', ...spanned }, columnLabel(c, block.rows, store)))]));
    for (const row of block.rows) {
      rows.push(h('tr', [rowHeader(row.label), ...block.columns.map((c) => cell(`${row.id}.${c.key}`, spanned))]));
    }
    blocks.push(h('tbody', rows));
  }
  return h('table', blocks);
}

/** The least width every block's columns divide evenly (1, 2, 3 → 6). */
function lcm(counts: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return counts.reduce((a, b) => (a * b) / gcd(a, b), 1);
}

/** An amount's label names its unit when the template leaves it to the report (采购总金额（单位：万元）). */
function columnLabel(column: { key: string; label: string; kind?: string }, rows: readonly { id: string }[], store: MetricStore): string {
  if (column.kind !== 'amount' || column.label.includes('单位')) return column.label;
  const unit = rows.map((row) => store.get(`${row.id}.${column.key}`)?.unit).find((u) => u !== undefined);
  return unit ? `${column.label}（单位：${unit}）` : column.label;
}

/** 三: applicants across (自然人, five 法人或其他组织, 总计), the template's rows down. */
function applicationTable(cell: Cell, template: Template): Element {
  const values = (id: string) => APPLICATION_COLUMNS.map((c) => cell(`${id}.${c}`));
  const head = h('thead', [
    h('tr', [h('th', { colSpan: 3, rowSpan: 3 }, '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和'), h('th', { colSpan: APPLICATION_COLUMNS.length, scope: 'colgroup' }, '申请人情况')]),
    h('tr', [h('th', { rowSpan: 2, scope: 'col' }, APPLICANTS[0]), h('th', { colSpan: ORGANISATIONS.length, scope: 'colgroup' }, '法人或其他组织'), h('th', { rowSpan: 2, scope: 'col' }, TOTAL)]),
    h('tr', ORGANISATIONS.map((c) => h('th', { scope: 'col' }, c))),
  ]);
  const resultRowCount = template.results.reduce((n, g) => n + (g.items?.length ?? 1), 0) + 1;
  const body: Element[] = [
    h('tr', [rowHeader(NEW_APPLICATIONS.label, { colSpan: 3 }), ...values(NEW_APPLICATIONS.id)]),
    h('tr', [rowHeader(CARRIED_IN.label, { colSpan: 3 }), ...values(CARRIED_IN.id)]),
  ];
  let first = true;
  const lead = (): ElementContent[] => {
    if (!first) return [];
    first = false;
    return [rowHeader('三、本年度办理结果', { rowSpan: resultRowCount })];
  };
  for (const group of template.results) {
    if (!group.items) {
      body.push(h('tr', [...lead(), rowHeader(group.label, { colSpan: 2 }), ...values(resultRowId(group))]));
      continue;
    }
    group.items.forEach((item, i) => {
      const groupHeader = i === 0 ? [rowHeader(group.label, { rowSpan: group.items!.length })] : [];
      body.push(h('tr', [...lead(), ...groupHeader, rowHeader(item.label), ...values(resultRowId(group, item))]));
    });
  }
  body.push(h('tr', [rowHeader(RESULTS_TOTAL.label, { colSpan: 2 }), ...values(RESULTS_TOTAL.id)]));
  body.push(h('tr', [rowHeader(CARRIED_OUT.label, { colSpan: 3 }), ...values(CARRIED_OUT.id)]));
  return h('table', [head, h('tbody', body)]);
}

/** 四: 行政复议 and the two kinds of 行政诉讼, five columns each, one row of figures. */
function reviewTable(cell: Cell): Element {
  const [review, ...litigation] = REVIEW_BLOCKS;
  const head = h('thead', [
    h('tr', [h('th', { colSpan: BLOCK_COLUMNS.length, scope: 'colgroup' }, '行政复议'), h('th', { colSpan: BLOCK_COLUMNS.length * litigation.length, scope: 'colgroup' }, '行政诉讼')]),
    h('tr', [
      ...BLOCK_COLUMNS.map((c) => h('th', { rowSpan: 2, scope: 'col' }, c)),
      ...litigation.map((block) => h('th', { colSpan: BLOCK_COLUMNS.length, scope: 'colgroup' }, block.label.replace(/^行政诉讼 /, ''))),
    ]),
    h('tr', litigation.flatMap(() => BLOCK_COLUMNS.map((c) => h('th', { scope: 'col' }, c)))),
  ]);
  const figures = [review!, ...litigation].flatMap((block) => [...OUTCOMES, TOTAL].map((c) => cell(`${block.id}.${c}`)));
  return h('table', [head, h('tbody', [h('tr', figures)])]);
}
