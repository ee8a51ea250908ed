import type { Code, Paragraph, Root } from 'mdast';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { blockLines } from './block-lines.js';
import { pastedRowCells } from './pasted-rows.js';

/**
 * A 公文 has no code. CommonMark makes a paragraph indented by 4 spaces or a tab a code
 * block; the clerk meant a paragraph (a Word habit), so the parser is told to have no
 * indented code (as MDX does: the indent becomes the paragraph's leading whitespace) and
 * the indent is reported. A fenced block (```) is typed on purpose, usually copied from
 * an example: it would print as code, so it is an error and is left for the clerk to undo.
 */
export function remarkCodeBlocks(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
      if (parent?.type !== 'root' && parent?.type !== 'containerDirective') return;
      const [first, second] = blockLines(node, source);
      if (!first || (pastedRowCells(first.text) && second && pastedRowCells(second.text))) return; // a pasted table: reported as one
      const indent = /^[ \t]*/.exec(first.text)![0];
      if (width(indent) < 4) return;
      reportMessage(file, placeAt(file, first.offset), msg('indented-code', { tab: indent.includes('\t'), spaces: indent.length }));
    });
    visit(tree, 'code', (node: Code) => {
      const fence = /^[ \t]*(`{3,}|~{3,})/.exec(source.slice(node.position?.start.offset ?? 0))?.[1] ?? '```';
      reportMessage(file, node.position?.start, msg('fenced-code', { fence }));
    });
  };
}

/** Columns an indent takes, tabs to the next multiple of 4 as CommonMark counts them. */
function width(indent: string): number {
  let columns = 0;
  for (const ch of indent) columns = ch === '\t' ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}
