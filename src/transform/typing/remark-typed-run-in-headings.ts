import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { headingMark, typedMarker } from '../heading-markers.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { blockLines } from './block-lines.js';
import { excerpt } from './excerpt.js';

/** Longest run-in heading before its 。 (the disclosure reports' longest is 12). */
const MAX_HEADING = 20;
/** A heading is a phrase: punctuation inside it makes the line a sentence, not a heading. */
const INSIDE = /[，、；：！？,;:!?“”{}]/;

/**
 * A run-in heading typed as in Word, `（一）主动公开情况。2024年，…`, is a paragraph to
 * Markdown: body face, no number of its own, and the numbers of the headings after it do
 * not count it (the next `###` prints （一） again). A line that starts with a heading
 * number, a short phrase and `。`, and goes on, gets a warning with the run-in heading
 * to write (remark-run-in-headings); its output is left as typed.
 */
export function remarkTypedRunInHeadings() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'paragraph', (node: Paragraph, _index, parent) => {
      if (parent?.type !== 'root') return;
      for (const line of blockLines(node, source)) {
        const indent = /^[ \t\u3000]*/.exec(line.text)![0].length;
        const text = line.text.slice(indent).trimEnd();
        const marker = typedMarker(text);
        if (!marker) continue;
        const rest = text.slice(marker.written.length).trimStart();
        const stop = rest.indexOf('。');
        const heading = rest.slice(0, stop);
        if (stop < 1 || [...heading].length > MAX_HEADING || INSIDE.test(heading) || rest.slice(stop + 1).trim() === '') continue;
        reportMessage(file, placeAt(file, line.offset + indent), msg('typed-run-in-heading', { line: excerpt(text), fixed: excerpt(`${headingMark(marker.level)} ${rest}`) }));
      }
    });
  };
}
