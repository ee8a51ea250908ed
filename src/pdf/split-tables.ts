import type { Page } from 'puppeteer-core';
import { parsePrint, readProbes } from './finish-layout.js';

/** What the table pass did, for the tests and REPORT_DEBUG_LAYOUT. */
export interface TableSplitReport {
  /** Per standard table, in order: the body-row indices where a continuation starts. */
  splits: number[][];
  /** Tables moved whole to the next page (fewer than MIN_ROWS would have stayed behind). */
  moved: number[];
}

/** Body rows a table keeps on each side of a page break: never a one- or two-row tail. */
export const MIN_ROWS = 3;
/** Probe prints per table before giving up (each costs one print). */
const MAX_ROUNDS = 6;

/**
 * The standard tables of the disclosure report (table 三 has some 30 rows) split at the
 * row boundary where the page ends, by measuring Chromium's own pagination: each body row
 * carries a probe link, a probe print tells the page each row landed on, and the table is
 * cut in two tables there. The continuation repeats the header rows and the label of
 * every row group the cut goes through (a rowspan cell is shortened on the first page
 * and copied, spanning the rest, onto the second): Chromium, splitting a table itself,
 * repeats the `<thead>` but draws a rowspan label only where its cell starts. At least
 * MIN_ROWS body rows stay on each side; when fewer would fit on the first page the table
 * moves whole, its heading with it. The cut is re-measured (a shortened label can make
 * its rows taller) until every part holds on its page.
 */
export async function splitTallTables(page: Page, print: () => Promise<Uint8Array>): Promise<TableSplitReport> {
  const report: TableSplitReport = { splits: [], moved: [] };
  await page.evaluate(installTableToolkit);
  const call = (fn: string, arg?: unknown) => page.evaluate((name, value) => (window as unknown as TableToolkit).__reportTables[name]!(value), fn, arg as never);
  const tables = (await call('count')) as number;
  for (let t = 0; t < tables; t++) {
    // As compiled: where each table from t on starts, and whether it holds on that page;
    // one print answers for all of them (a table that holds needs no other print), and only
    // a table that is cut moves the ones after it, so they are asked again after a cut.
    await call('probeEnds', t);
    const first = readProbes(await parsePrint(await print()));
    await call('removeProbes');
    const holds = (u: number) => {
      const start = first.get(`rp-t-${u}`);
      const last = first.get(`rp-l-${u}`);
      return !start || !last || last.page === start.page;
    };
    while (t < tables && holds(t)) {
      report.splits.push([]);
      t++;
    }
    if (t >= tables) break;
    const start = first.get(`rp-t-${t}`)!;
    // Plan from the table's place on its page and the heights of its rows: Chromium
    // moves a rowspan group whole, so its own breaks cannot show where the page ends.
    const geometry = (await call('geometry', t)) as Geometry;
    let plan = planCuts(start.top - BOTTOM_MARGIN_PT - SAFETY_PT, CONTENT_HEIGHT_PT - SAFETY_PT, geometry);
    const cuts = [...plan.cuts];
    let moved = plan.moved;
    // Then print and check that every part holds on its page (a shortened label can
    // make its rows taller): move a cut up a row at a time while one does not.
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const rows = (await call('probeRows', { table: t, cuts, moved })) as number;
      const probes = readProbes(await parsePrint(await print()));
      await call('removeProbes');
      const pages = Array.from({ length: rows }, (_, r) => probes.get(`rp-r-${r}`)?.page);
      if (pages.some((p) => p === undefined)) break;
      const next = nextCut(pages as number[], cuts);
      debug('table', { t, round, start, geometry, pages, cuts, moved, next });
      if (next === undefined) break;
      if (next === 'move') {
        if (moved) break;
        plan = planCuts(0, CONTENT_HEIGHT_PT - SAFETY_PT, geometry);
        cuts.splice(0, cuts.length, ...plan.cuts);
        moved = true;
        continue;
      }
      const at = cuts.findIndex((c) => c >= next);
      if (at >= 0) cuts.splice(at, 1, next);
      else cuts.push(next);
    }
    await call('apply', { table: t, cuts, moved });
    report.splits.push([...cuts]);
    if (moved) report.moved.push(t);
  }
  return report;
}

/** A table's header height and each body row's height, in points. */
export interface Geometry {
  head: number;
  rows: number[];
}

/**
 * Where to cut a table that starts with `room` points left on its page (a fresh page
 * holds `full`): body rows fill each page under the repeated header; the first page keeps
 * at least MIN_ROWS rows or the table moves whole (`moved`, planned from a fresh page),
 * and the last part keeps at least MIN_ROWS (its cut moves up).
 */
export function planCuts(room: number, full: number, geometry: Geometry, fresh = false): { cuts: number[]; moved: boolean } {
  const { head, rows } = geometry;
  const cuts: number[] = [];
  let avail = room - head;
  let used = 0;
  let start = 0;
  rows.forEach((height, r) => {
    if (used + height > avail && (r > start || avail < full - head)) {
      cuts.push(r);
      start = r;
      used = 0;
      avail = full - head;
    }
    used += height;
  });
  // a cut before the first row, or too few rows before the first cut: the table moves
  if (cuts.length > 0 && cuts[0]! < MIN_ROWS && !fresh) return { ...planCuts(full, full, geometry, true), moved: true };
  const last = cuts.length - 1;
  if (last >= 0 && rows.length - cuts[last]! < MIN_ROWS) {
    const cut = rows.length - MIN_ROWS;
    if (last === 0 && cut < MIN_ROWS && !fresh) return { ...planCuts(full, full, geometry, true), moved: true };
    cuts[last] = Math.max(cut, 1);
  }
  return { cuts, moved: fresh };
}

/**
 * Checks a printed cut, from the page each body row landed on: the first part that runs
 * over its page gives the next cut. The last part is cut at the row that went over (at
 * most MIN_ROWS from the end); an earlier part, made too tall by its shortened labels,
 * gives its cut back one row. Undefined when every part holds on one page; 'move' when
 * the first part would keep fewer than MIN_ROWS rows.
 */
export function nextCut(pages: readonly number[], cuts: readonly number[]): number | 'move' | undefined {
  const bounds = [0, ...cuts, pages.length];
  for (let part = 0; part < bounds.length - 1; part++) {
    const start = bounds[part]!;
    const end = bounds[part + 1]!;
    let over = -1;
    for (let r = start + 1; r < end; r++) {
      if (pages[r] !== pages[start]) {
        over = r;
        break;
      }
    }
    if (over < 0) continue;
    const cut = end === pages.length ? Math.min(over, pages.length - MIN_ROWS) : end - 1;
    if (cut - start < MIN_ROWS) return start === 0 ? 'move' : undefined;
    return cut;
  }
  return undefined;
}

const PT_PER_MM = 72 / 25.4;
/** 35 mm bottom margin and the 225 mm 版心 (GB/T 9704 §5.2.1), in points. */
const BOTTOM_MARGIN_PT = 35 * PT_PER_MM;
const CONTENT_HEIGHT_PT = 225 * PT_PER_MM;
/** Two points of air: the table's border and Chromium's rounding. */
const SAFETY_PT = 2;

/** REPORT_DEBUG_LAYOUT=1 prints the measurements this pass acts on. */
function debug(what: string, values: Record<string, unknown>): void {
  if (process.env.REPORT_DEBUG_LAYOUT) console.error(`layout: ${what}`, JSON.stringify(values));
}

interface TableToolkit {
  __reportTables: Record<string, (arg: unknown) => unknown>;
}

/**
 * Installs the in-page half as `window.__reportTables`. It runs in the page (page.evaluate
 * serialises it), so it must not refer to anything outside itself. Each table is kept as
 * printed by the compiler (`original`) and re-cut from that copy on every round.
 */
function installTableToolkit(): void {
  interface State {
    original: HTMLTableElement;
    parts: HTMLTableElement[];
    /** Column widths in px as laid out whole, so that every part keeps them. */
    widths: number[];
  }
  /** Each column's width: that of a cell spanning it alone. */
  const columnWidths = (table: HTMLTableElement): number[] => {
    const widths: number[] = [];
    const covered: number[] = [];
    [...table.rows].forEach((row, r) => {
      let column = 0;
      for (const cell of row.cells) {
        while ((covered[column] ?? -1) >= r) column++;
        for (let c = 0; c < cell.colSpan; c++) covered[column + c] = r + Math.max(1, cell.rowSpan) - 1;
        if (cell.colSpan === 1 && widths[column] === undefined) widths[column] = cell.getBoundingClientRect().width;
        column += cell.colSpan;
      }
    });
    return widths;
  };
  const states: State[] = [...document.querySelectorAll<HTMLTableElement>('.document table.disclosure-annual')]
    .filter((table) => table.tHead && table.tBodies.length === 1)
    .map((table) => ({ original: table.cloneNode(true) as HTMLTableElement, parts: [table], widths: columnWidths(table) }));
  /** Fixes the columns of a part to the widths of the whole table. */
  const fixColumns = (table: HTMLTableElement, widths: number[]): void => {
    if (widths.some((w) => w === undefined)) return;
    const group = document.createElement('colgroup');
    for (const width of widths) {
      const col = document.createElement('col');
      col.style.width = `${width}px`;
      group.append(col);
    }
    // in the automatic table layout a column's width is a minimum: a hair narrower than
    // measured (as a fixed layout's borders make it) would wrap 商业企业 onto four lines
    table.prepend(group);
  };

  /** The grid of a body: for each row, the cells covering it from a row above (with their column). */
  const cutRowSpans = (rows: HTMLTableRowElement[], cut: number): Array<{ cell: HTMLTableCellElement; column: number; rest: number }> => {
    const covered: Array<{ cell: HTMLTableCellElement; end: number; column: number } | undefined> = [];
    for (let r = 0; r < cut; r++) {
      let column = 0;
      for (const cell of rows[r]!.cells) {
        while (covered[column] && covered[column]!.end > r) column++;
        const span = { cell, end: r + Math.max(1, cell.rowSpan), column };
        for (let c = 0; c < cell.colSpan; c++) covered[column + c] = span;
        column += cell.colSpan;
      }
    }
    const crossing = new Map<HTMLTableCellElement, { cell: HTMLTableCellElement; column: number; rest: number }>();
    for (const span of covered) if (span && span.end > cut) crossing.set(span.cell, { cell: span.cell, column: span.column, rest: span.end - cut });
    return [...crossing.values()].sort((a, b) => a.column - b.column);
  };

  /** Cuts `table` before body row `cut`; returns the continuation table, placed after it. */
  const cutTable = (table: HTMLTableElement, cut: number): HTMLTableElement => {
    const rows = [...table.tBodies[0]!.rows];
    const crossing = cutRowSpans(rows, cut);
    const second = table.cloneNode(false) as HTMLTableElement;
    second.append(table.tHead!.cloneNode(true));
    const body = document.createElement('tbody');
    body.append(...rows.slice(cut));
    second.append(body);
    const first = rows[cut]!;
    const own = [...first.cells];
    const cells: HTMLTableCellElement[] = [];
    let column = 0;
    const copies = crossing.map(({ cell, column: at, rest }) => {
      cell.rowSpan = cell.rowSpan - rest;
      const copy = cell.cloneNode(true) as HTMLTableCellElement;
      copy.rowSpan = rest;
      return { copy, at };
    });
    while (own.length > 0 || copies.length > 0) {
      if (copies.length > 0 && (copies[0]!.at <= column || own.length === 0)) {
        const { copy } = copies.shift()!;
        cells.push(copy);
        column += copy.colSpan;
      } else {
        const cell = own.shift()!;
        cells.push(cell);
        column += cell.colSpan;
      }
    }
    first.replaceChildren(...cells);
    second.classList.add('table-continued');
    table.after(second);
    return second;
  };

  /** Back to the table as compiled, then cut at `cuts` (original body-row indices). */
  const apply = (t: number, cuts: number[], moved: boolean): HTMLTableElement[] => {
    const state = states[t]!;
    const fresh = state.original.cloneNode(true) as HTMLTableElement;
    state.parts[0]!.before(fresh);
    for (const part of state.parts) part.remove();
    fresh.classList.toggle('table-moved', moved);
    const parts = [fresh];
    let done = 0;
    for (const cut of cuts) {
      parts.push(cutTable(parts[parts.length - 1]!, cut - done));
      done = cut;
    }
    if (parts.length > 1) for (const part of parts) fixColumns(part, state.widths);
    state.parts = parts;
    return parts;
  };

  const makeProbe = (id: string): HTMLAnchorElement => {
    const a = document.createElement('a');
    a.id = id;
    a.href = `#${id}`;
    a.className = 'report-probe';
    a.style.cssText = 'display:inline-block;width:1px;margin-right:-1px;height:1px;vertical-align:top';
    return a;
  };

  const toolkit: Record<string, (arg: unknown) => unknown> = {
    count: () => states.length,
    geometry: (t) => {
      const table = states[t as number]!.parts[0]!;
      const pt = (e: Element) => e.getBoundingClientRect().height * 0.75;
      return { head: pt(table.tHead!), rows: [...table.tBodies[0]!.rows].map(pt), widths: states[t as number]!.widths };
    },
    probeRows: (arg) => {
      const { table, cuts, moved } = arg as { table: number; cuts: number[]; moved: boolean };
      const parts = apply(table, cuts, moved);
      // in a cell of the first row spanning no other (a taller one centres its text lower)
      const head = [...parts[0]!.tHead!.rows[0]!.cells];
      (head.find((c) => c.rowSpan === 1) ?? head[0]!).prepend(makeProbe('rp-t'));
      let r = 0;
      for (const part of parts) {
        for (const row of part.tBodies[0]!.rows) {
          // in the row's last cell, a figure's cell that is never a copied label
          row.cells[row.cells.length - 1]!.prepend(makeProbe(`rp-r-${r}`));
          r++;
        }
      }
      return r;
    },
    probeEnds: (from) => {
      // each table as compiled, a probe where it starts and one at its last body row
      for (let t = from as number; t < states.length; t++) {
        const parts = apply(t, [], false);
        const head = [...parts[0]!.tHead!.rows[0]!.cells];
        (head.find((c) => c.rowSpan === 1) ?? head[0]!).prepend(makeProbe(`rp-t-${t}`));
        const rows = parts[0]!.tBodies[0]?.rows;
        const last = rows?.[rows.length - 1];
        if (last) last.cells[last.cells.length - 1]!.prepend(makeProbe(`rp-l-${t}`));
      }
      return null;
    },
    removeProbes: () => {
      for (const a of document.querySelectorAll('a.report-probe[id^="rp-r-"], a.report-probe#rp-t, a.report-probe[id^="rp-t-"], a.report-probe[id^="rp-l-"]')) a.remove();
      return null;
    },
    apply: (arg) => {
      const { table, cuts, moved } = arg as { table: number; cuts: number[]; moved: boolean };
      apply(table, cuts, moved);
      return null;
    },
  };
  (window as unknown as TableToolkit).__reportTables = toolkit;
}
