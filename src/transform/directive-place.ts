import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { placeAt } from './vfile-place.js';

/**
 * Where in a directive's opening line a problem is: at `needle` inside the value of
 * `attribute` when both are found (`rows="收到,受里"` points at 受里), else at the
 * attribute's name, else at the directive's colons. mdast keeps no positions for
 * attributes, so they are found in the source text of the opening line.
 */
export function directivePlace(file: VFile, node: Node, attribute?: string, needle?: string): { line: number; column: number; offset: number } | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  const source = String(file.value);
  const lineEnd = source.indexOf('\n', start);
  const opening = source.slice(start, lineEnd < 0 ? source.length : lineEnd);
  let offset = 0;
  if (attribute !== undefined) {
    const name = new RegExp(`[{\\s]${escapeRegExp(attribute)}\\s*(=\\s*["']?)?`, 'u').exec(opening);
    if (name) {
      offset = name.index + 1;
      if (needle !== undefined && name[1] !== undefined) {
        const value = name.index + name[0].length;
        const found = opening.indexOf(needle, value);
        if (found >= 0) offset = found;
      }
    }
  }
  return placeAt(file, start + offset);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
