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
/** A heading states a topic; a line with these is a sentence (unless it is a run-in heading, below). */
const SENTENCE = /[。！？；：!?;:]|\{\{/;
/** Longest run-in heading before its 。 (the disclosure reports' longest is 12). */
const MAX_RUN_IN = 20;
/** A run-in heading is a phrase: punctuation inside it makes the line a sentence. */
const INSIDE = /[，、；：！？,;:!?“”{}]/;

/**
 * Heading numbers typed as in Word, which Markdown reads as a paragraph: body face, no
 * number of its own, not in the PDF's bookmarks, and the headings after it do not count
 * it. One pass over the top-level paragraphs' lines, each with a typed number
 * (`一、`, `（二）`, `1．`, `（1）`) getting at most one warning with the Markdown to write:
 * - `（一）主动公开情况。2024年，…` (a short phrase, `。`, text): a run-in heading,
 *   `### 主动公开情况。2024年，…` (remark-run-in-headings), rule typed-run-in-heading;
 * - `一、总体情况` (short, no sentence punctuation): a heading, `## 总体情况`, rule
 *   typed-heading.
 * The output is left as typed.
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
        const mark = headingMark(marker.level);
        const place = placeAt(file, line.offset + indent);
        if (isRunIn(rest)) reportMessage(file, place, msg('typed-run-in-heading', { line: excerpt(text), fixed: excerpt(`${mark} ${rest}`) }));
        else if (rest !== '' && [...rest].length <= MAX_HEADING && !SENTENCE.test(rest)) {
          reportMessage(file, place, msg('typed-heading', { line: excerpt(text), fixed: excerpt(`${mark} ${rest}`) }));
        }
      }
    });
  };
}

/** `主动公开情况。2024年，…`: a short phrase without inner punctuation, its `。`, then text. */
function isRunIn(rest: string): boolean {
  const stop = rest.indexOf('。');
  const heading = rest.slice(0, stop);
  return stop >= 1 && [...heading].length <= MAX_RUN_IN && !INSIDE.test(heading) && rest.slice(stop + 1).trim() !== '';
}
