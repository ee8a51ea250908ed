import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { inlineRuns } from './inline-runs.js';

/** A metric reference with at least one brace typed full-width: `｛｛id｝｝`, `{｛id｝}`, `{{id｝｝`. */
const REFERENCE = /[{｛]{2}([^{}｛｝\n]*?)[}｝]{2}/g;

/**
 * A Chinese keyboard types `｛｛…｝｝`, which is text, not a metric reference: the
 * braces would be printed. Each is an error at its first full-width brace, naming the
 * full-width marks and giving the reference to write (`｜` and `：` in it made ASCII too).
 */
export function remarkFullwidthBraces() {
  return (tree: Root, file: VFile) => {
    for (const run of inlineRuns(tree, String(file.value))) {
      for (const match of run.text.matchAll(REFERENCE)) {
        const whole = match[0];
        if (!/[｛｝]/.test(whole)) continue;
        const opening = whole.slice(0, 2);
        const closing = whole.slice(-2);
        const inner = match[1]!;
        const marks = [opening, closing, ...new Set(inner.match(/[｜：]/g) ?? [])].filter((m) => /[｛｝｜：]/.test(m));
        const fixed = `{{${inner.replaceAll('｜', '|').replaceAll('：', ':')}}}`;
        const first = match.index + whole.search(/[｛｝]/);
        reportMessage(file, placeAt(file, run.offsets[first] ?? 0), msg('fullwidth-braces', { written: whole, marks, fixed }));
      }
    }
  };
}
