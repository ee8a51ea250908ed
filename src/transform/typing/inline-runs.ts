import type { Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/** Stands for an inline node that is not text (inline code, an image, raw HTML): never Chinese, never punctuation. */
export const OBJECT = '\ufffc';

/**
 * The text of one block as the reader sees it (a paragraph, a heading, a table cell):
 * its text nodes joined across emphasis and links, every character with its offset in
 * the source, so a check on the text can point at the column where it was typed.
 */
export interface InlineRun {
  text: string;
  /** offsets[i] is where text[i] was typed. */
  offsets: number[];
  /** The block is a heading (its typed number, if any, is the heading checks' business). */
  heading: boolean;
}

/** Every block of inline text in the tree, in document order; directive labels are left out (they are attributes). */
export function inlineRuns(tree: Root, source: string): InlineRun[] {
  const runs: InlineRun[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    if ((node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return;
    const run: InlineRun = { text: '', offsets: [], heading: node.type === 'heading' };
    collect(node as Parent, source, run);
    runs.push(run);
  });
  return runs;
}

function collect(parent: Parent, source: string, run: InlineRun): void {
  for (const child of parent.children as RootContent[]) {
    const start = child.position?.start.offset ?? run.offsets.at(-1) ?? 0;
    if (child.type === 'text') {
      const offsets = alignText(child.value, source, start, child.position?.end.offset ?? source.length);
      run.text += child.value;
      // not push(...offsets): a spread of a long paragraph's offsets overflows the stack (issue 9)
      for (const offset of offsets) run.offsets.push(offset);
    } else if (child.type === 'break') {
      run.text += '\n';
      run.offsets.push(start);
    } else if ('children' in child) {
      collect(child as Parent, source, run);
    } else {
      run.text += OBJECT;
      run.offsets.push(start);
    }
  }
}

/**
 * Where each character of a text node's value was typed. The value is the source with
 * escapes, entities and continuation-line indents taken out, so each character is looked
 * for from where the previous one was found; one that is not there (an entity's result)
 * gets the place where the search stands.
 */
export function alignText(value: string, source: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let cursor = start;
  for (const ch of value) {
    const found = source.indexOf(ch, cursor);
    if (found >= 0 && found + ch.length <= end) {
      for (let k = 0; k < ch.length; k++) offsets.push(found + k);
      cursor = found + ch.length;
    } else {
      for (let k = 0; k < ch.length; k++) offsets.push(cursor);
    }
  }
  return offsets;
}
