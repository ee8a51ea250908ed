import type { Element } from 'hast';
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { displayWidth } from '../text/display-width.js';
import { inlineRuns, plainText, type RunLook } from './inline.js';
import { STYLE_IDS } from './styles.js';

/** The class the standard tables of kind disclosure-annual carry (printed in 五号). */
const DISCLOSURE_CLASS = 'disclosure-annual';

export interface TableSettings {
  /** The 版心's width in twips: tables are as wide as the text, as in the PDF. */
  width: number;
  /** The 黑体 face the PDF prints header cells in. */
  headerFace: string;
}

/**
 * A table of the document as a Word table, its 表题 (the `<caption>`) as a paragraph
 * above it. Header rows (`<thead>`) repeat on every page the table runs onto
 * (`w:tblHeader`), cells keep their row and column spans, borders are the PDF's 0.5 pt
 * black, cells are 4号 (五号 in the disclosure report's standard tables) off the grid.
 */
export function wordTable(table: Element, settings: TableSettings): Array<Paragraph | Table> {
  const disclosure = classes(table).includes(DISCLOSURE_CLASS);
  const blocks: Array<Paragraph | Table> = [];
  const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  if (caption) blocks.push(new Paragraph({ style: STYLE_IDS.tableCaption, children: inlineRuns(caption.children) }));
  const groups = table.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot' || c.tagName === 'tr'));
  const rows: Array<{ row: Element; head: boolean }> = [];
  for (const group of groups) {
    if (group.tagName === 'tr') rows.push({ row: group, head: false });
    else for (const row of childElements(group, 'tr')) rows.push({ row, head: group.tagName === 'thead' });
  }
  // a half-字 of the cells' size in twips: 4号 (14 pt), 五号 (10.5 pt) in the disclosure tables
  const widths = columnWidths(rows.map((r) => r.row), settings.width, disclosure ? 105 : 140);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  blocks.push(
    new Table({
      width: { size: settings.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: rows.map(({ row, head }) => new TableRow({ ...(head ? { tableHeader: true } : {}), cantSplit: true, children: childElements(row, 'th', 'td').map((cell) => wordCell(cell, head, disclosure, settings)) })),
    }),
  );
  return blocks;
}

function wordCell(cell: Element, head: boolean, disclosure: boolean, settings: TableSettings): TableCell {
  const numeric = classes(cell).includes('num');
  // the print stylesheet: header cells centred in 黑体; row labels left in the body face; figures right
  let alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT;
  if (disclosure) alignment = cell.properties.scope === 'row' ? AlignmentType.LEFT : AlignmentType.CENTER;
  else if (head) alignment = AlignmentType.CENTER;
  else if (numeric) alignment = AlignmentType.RIGHT;
  const look: RunLook = cell.tagName === 'th' && head && !disclosure ? { face: settings.headerFace } : {};
  return new TableCell({
    columnSpan: span(cell.properties.colSpan),
    rowSpan: span(cell.properties.rowSpan),
    verticalAlign: VerticalAlign.CENTER,
    margins: disclosure ? { left: 60, right: 60, top: 20, bottom: 20 } : { left: 120, right: 120, top: 40, bottom: 40 },
    children: [new Paragraph({ style: disclosure ? STYLE_IDS.tableSmall : STYLE_IDS.tableText, alignment, children: inlineRuns(cell.children, look) })],
  });
}

function span(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

/**
 * Column widths summing to the table's width, as the browser's automatic table layout
 * shares them out (CSS 2.1 §17.5.2.2, simplified): each column has a least width (its
 * widest unbreakable piece: one Chinese character, a number, a Latin word) and a most
 * width (its longest cell on one line), counted in half-字 from the single-column cells;
 * when the most widths fit, the room left goes in proportion to them, else each column
 * gets its least width and the rest in proportion to how much more it would like.
 */
function columnWidths(rows: readonly Element[], width: number, unit: number): number[] {
  const columns = columnCount(rows);
  const least = new Array<number>(columns).fill(2);
  const most = new Array<number>(columns).fill(2);
  const taken = rows.map(() => new Set<number>());
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of childElements(row, 'th', 'td')) {
      while (taken[r]!.has(column)) column++;
      const colSpan = span(cell.properties.colSpan) ?? 1;
      const rowSpan = span(cell.properties.rowSpan) ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken[r + dr]?.add(column + dc);
      if (colSpan === 1 && column < columns) {
        const text = plainText(cell.children);
        // + 1 字 for the cell's padding
        least[column] = Math.max(least[column]!, Math.max(0, ...unbreakable(text).map(displayWidth)) + 2);
        most[column] = Math.max(most[column]!, ...text.split('\n').map(displayWidth).map((w) => w + 2));
      }
      column += colSpan;
    }
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const room = width / unit;
  const shares = sum(most) <= room ? most : least.map((l, i) => l + ((most[i]! - l) / Math.max(1, sum(most) - sum(least))) * Math.max(0, room - sum(least)));
  const total = sum(shares);
  const widths = shares.map((w) => Math.floor((w / total) * width));
  widths[widths.length - 1]! += width - sum(widths);
  return widths;
}

/** Where a line may break: between Chinese characters, and at spaces between Latin words and numbers. */
function unbreakable(text: string): string[] {
  return text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/gu) ?? [];
}

/** Grid columns of a table: the widest row, spans and cells spanning down from rows above counted. */
function columnCount(rows: readonly Element[]): number {
  const below = new Map<number, number>();
  let most = 1;
  rows.forEach((row, r) => {
    let count = below.get(r) ?? 0;
    for (const cell of childElements(row, 'th', 'td')) {
      const colSpan = span(cell.properties.colSpan) ?? 1;
      const rowSpan = span(cell.properties.rowSpan) ?? 1;
      count += colSpan;
      for (let dr = 1; dr < rowSpan; dr++) below.set(r + dr, (below.get(r + dr) ?? 0) + colSpan);
    }
    most = Math.max(most, count);
  });
  return most;
}

function childElements(element: Element, ...names: string[]): Element[] {
  return element.children.filter((c): c is Element => c.type === 'element' && names.includes(c.tagName));
}

/** The element's classes. */
export function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? (value as string).split(/\s+/) : [];
}
