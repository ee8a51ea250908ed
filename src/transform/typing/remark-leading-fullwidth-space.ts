import type { Heading, Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { alignText } from './inline-runs.js';

/** Ideographic spaces (and any spaces mixed in) at the start of a line. */
const LEADING = /^[ \t]*\u3000[\u3000 \t]*/;

/**
 * Word users start each paragraph with two ideographic spaces `　　`; the layout already
 * indents every paragraph 2 字 (GB/T 9704 §7.3.3), so they would double it. They are
 * stripped from the start of every line of a paragraph or heading, with a warning there.
 */
export function remarkLeadingFullwidthSpace() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node) => node.type === 'paragraph' || node.type === 'heading', (node) => {
      const block = node as Paragraph | Heading;
      block.children.forEach((child, i) => {
        if (child.type !== 'text') return;
        const atLineStart = i === 0 || block.children[i - 1]!.type === 'break';
        strip(child, atLineStart, file, source);
      });
    });
  };
}

/** Removes the spaces at each line start of a text node (its own start only when a line starts there). */
function strip(node: Text, atLineStart: boolean, file: VFile, source: string): void {
  const offsets = alignText(node.value, source, node.position?.start.offset ?? 0, node.position?.end.offset ?? source.length);
  let out = '';
  let i = 0;
  while (i <= node.value.length) {
    const lineEnd = node.value.indexOf('\n', i);
    const line = node.value.slice(i, lineEnd < 0 ? undefined : lineEnd);
    const spaces = i > 0 || atLineStart ? LEADING.exec(line)?.[0] : undefined;
    if (spaces) {
      const ideographic = spaces.indexOf('\u3000');
      reportMessage(file, placeAt(file, offsets[i + ideographic] ?? 0), msg('leading-fullwidth-space', { count: [...spaces].filter((c) => c === '\u3000').length }));
    }
    out += line.slice(spaces?.length ?? 0);
    if (lineEnd < 0) break;
    out += '\n';
    i = lineEnd + 1;
  }
  node.value = out;
}
