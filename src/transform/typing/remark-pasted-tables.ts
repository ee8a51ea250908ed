import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { blockLines } from './block-lines.js';
import { pastedRuns } from './pasted-rows.js';

/** Data rows shown in the message after the header and delimiter rows. */
const SHOWN = 2;

/**
 * A table copied from Excel arrives as lines of tab-separated cells, which Markdown joins
 * into one run-on paragraph. Each such block (two or more lines) is an error at its first
 * line, with the GFM table to write, built from the pasted cells.
 */
export function remarkPastedTables() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
      if (parent?.type !== 'root' && parent?.type !== 'containerDirective') return;
      const lines = blockLines(node, source);
      for (const run of pastedRuns(lines.map((l) => l.text))) {
        const line = lines[run.first]!;
        const place = placeAt(file, line.offset + (/^ */.exec(line.text)?.[0].length ?? 0));
        const table = gfmTable(run.rows);
        reportMessage(file, place, msg('pasted-table', { lines: run.rows.length, rows: table.slice(0, 2 + SHOWN), more: Math.max(0, table.length - 2 - SHOWN) }));
      }
    });
  };
}

/** The pasted rows as GFM table lines: the first row is the header, then the delimiter row. */
export function gfmTable(rows: readonly string[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(rows[0]!), `|${'---|'.repeat(width)}`, ...rows.slice(1).map(line)];
}
