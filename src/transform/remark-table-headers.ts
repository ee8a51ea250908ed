import type { Properties } from 'hast';
import type { Root, Table, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';

/** A figure as a table shows it: 48, 15.3%, 5230.8万, +3, 22,487 (a unit may follow). */
const FIGURE = /^[+-]?\d[\d,]*(\.\d+)?\s*(%|‰|万|亿)?[\u4e00-\u9fff]{0,2}$/u;

/**
 * Makes plain GFM tables as accessible and printable as metric tables: the header row's
 * cells get `scope="col"`, and a column whose body cells are all figures (after `{{…}}`
 * references are filled in) gets the `num` class, which the stylesheets right-align.
 * A column the author aligned explicitly (`:---`, `---:`) keeps the author's alignment.
 */
export function remarkTableHeaders() {
  return (tree: Root) => {
    visit(tree, 'table', (table: Table) => {
      const [head, ...body] = table.children;
      if (!head) return;
      head.children.forEach((cell, column) => {
        const numeric = table.align?.[column] == null && body.length > 0 && body.every((row) => isFigure(row.children[column]));
        addProperties(cell, { scope: 'col', ...(numeric ? { className: ['num'] } : {}) });
        if (numeric) for (const row of body) if (row.children[column]) addProperties(row.children[column]!, { className: ['num'] });
      });
    });
  };
}

function isFigure(cell: TableCell | undefined): boolean {
  return cell !== undefined && FIGURE.test(textOf(cell).trim());
}

function textOf(node: unknown): string {
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
}

function addProperties(cell: TableCell, properties: Properties): void {
  cell.data = { ...cell.data, hProperties: { ...cell.data?.hProperties, ...properties } };
}
