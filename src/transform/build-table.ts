import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Message } from '../i18n/message.js';
import type { MetricGrid, MetricList, Selection } from '../metrics/select.js';
import { showMetric, type Shown } from './show-metric.js';

export interface TableSettings {
  caption: string;
  format?: string;
  /** Header of the label column. */
  corner: string;
}

export type TableResult = { ok: true; table: Element } | { ok: false; messages: Message[] };

/**
 * A metric selection as an accessible table: `<caption>`, column headers `<th scope="col">`,
 * row headers `<th scope="row">`, figures in cells of class `num` (right-aligned by the
 * stylesheets). A list gives 项目 | 数值 | 单位 (单位 only when some metric has one); a grid
 * gives one column per metric key, its unit in the header when the column shares one.
 */
export function buildMetricTable(selection: Selection, settings: TableSettings): TableResult {
  const built = selection.kind === 'list' ? listRows(selection, settings) : gridRows(selection, settings);
  if (!built.ok) return built;
  const table = h('table', { className: ['metric-table'] }, [
    h('caption', settings.caption),
    h('thead', lines([h('tr', lines(built.head))])),
    h('tbody', lines(built.body)),
  ]);
  return { ok: true, table };
}

type Rows = { ok: true; head: Element[]; body: Element[] } | { ok: false; messages: Message[] };

function listRows(list: MetricList, settings: TableSettings): Rows {
  const shown = list.items.map((item) => showMetric(item, settings.format));
  const failed = failures(shown);
  if (failed.length > 0) return { ok: false, messages: failed };
  const cells = shown as Array<Shown & { ok: true }>;
  const withUnit = cells.some((cell) => cell.unit !== '');
  const head = [col(settings.corner), col('数值', true), ...(withUnit ? [col('单位')] : [])];
  const body = cells.map((cell) =>
    h('tr', lines([h('th', { scope: 'row' }, cell.label), num(cell.text), ...(withUnit ? [h('td', cell.unit)] : [])])),
  );
  return { ok: true, head, body };
}

function gridRows(grid: MetricGrid, settings: TableSettings): Rows {
  const shown = grid.cells.map((row) => row.map((item) => showMetric(item, settings.format)));
  const failed = failures(shown.flat());
  if (failed.length > 0) return { ok: false, messages: failed };
  const cells = shown as Array<Array<Shown & { ok: true }>>;
  // One unit for the whole column goes into its header; otherwise each cell keeps its own.
  const columnUnit = grid.columns.map((_, c) => {
    const units = new Set(cells.map((row) => row[c]!.unit));
    return units.size === 1 ? [...units][0]! : undefined;
  });
  const head = [
    col(settings.corner),
    ...grid.columns.map((column, c) => col(columnUnit[c] ? `${column}（${columnUnit[c]}）` : column, true)),
  ];
  const body = grid.rows.map((row, r) =>
    h('tr', lines([h('th', { scope: 'row' }, row.key), ...cells[r]!.map((cell, c) => num(columnUnit[c] === undefined ? `${cell.text}${cell.unit}` : cell.text))])),
  );
  return { ok: true, head, body };
}

function col(text: string, numeric = false): Element {
  return h('th', { scope: 'col', className: numeric ? ['num'] : undefined }, text);
}

function num(text: string): Element {
  return h('td', { className: ['num'] }, text);
}

function failures(shown: Shown[]): Message[] {
  return shown.flatMap((s) => (s.ok ? [] : [s.message]));
}

/** Line breaks between rows and cells, as remark-rehype writes GFM tables, so the HTML diffs well. */
function lines(children: Element[]): ElementContent[] {
  return children.flatMap((child) => [{ type: 'text', value: '\n' } as const, child]).concat({ type: 'text', value: '\n' });
}
