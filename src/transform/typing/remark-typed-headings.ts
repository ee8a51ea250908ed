import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { headingMark, typedMarker } from '../heading-markers.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { blockLines } from './block-lines.js';
import { excerpt } from './excerpt.js';

/** Longest text after the number that still reads as a heading (the examples' longest is 22). */
const MAX_HEADING = 40;
/** A heading states a topic; a line with these is a sentence (a run-in heading such as （一）加强领导。全区… is body text). */
const SENTENCE = /[。！？；：!?;:]|\{\{/;

/**
 * A line typed `一、总体情况` (or `（二）…`, `1．…`, `（1）…`) as in Word is a paragraph
 * to Markdown: not numbered, not in the heading face, not in the PDF's bookmarks. A short
 * line with such a number and no sentence punctuation gets a warning with the Markdown
 * heading to write; its output is left as typed.
 */
export function remarkTypedHeadings() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
      if (parent?.type !== 'root') return;
      for (const line of blockLines(node, source)) {
        const indent = /^[ \t\u3000]*/.exec(line.text)![0].length;
        const text = line.text.slice(indent).trimEnd();
        const marker = typedMarker(text);
        if (!marker) continue;
        const rest = text.slice(marker.written.length).trim();
        if (rest === '' || [...rest].length > MAX_HEADING || SENTENCE.test(rest)) continue;
        reportMessage(file, placeAt(file, line.offset + indent), msg('typed-heading', { line: excerpt(text), fixed: excerpt(`${headingMark(marker.level)} ${rest}`) }));
      }
    });
  };
}
