import type { Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMeanSuffix } from '../diagnostics/did-you-mean.js';
import { formatValue } from '../metrics/format.js';
import type { MetricStore } from '../metrics/store.js';
import { placeAt } from './vfile-place.js';

/** `{{行政复议.收到}}` or `{{行政复议.直接纠错率 | percent:1}}` */
const REFERENCE = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;
/** A `{{` with no `}}` before the next `{{` or the end of the text. */
const UNCLOSED = /\{\{(?![^{}]*\}\})/;

/**
 * Replaces metric references in text with their formatted values. The store comes with
 * the file (`file.data.metrics`) so the processor can be built once and frozen. An
 * unknown id is a message at the position of its `{{`, with a did-you-mean.
 */
export function remarkMetrics() {
  return (tree: Root, file: VFile) => {
    const store = file.data.metrics as MetricStore | undefined;
    if (!store) throw new Error('remarkMetrics needs file.data.metrics');
    const source = String(file.value);
    visit(tree, 'text', (node: Text) => {
      if (!node.value.includes('{{')) return SKIP;
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? source.length;
      const slice = source.slice(start, end);
      let cursor = 0;
      node.value = node.value.replace(REFERENCE, (whole, id: string, spec: string | undefined) => {
        const found = slice.indexOf(whole, cursor);
        const offset = start + (found >= 0 ? found : cursor);
        if (found >= 0) cursor = found + whole.length;
        const metric = store.get(id);
        if (!metric) {
          if (store.unavailable(id)) return whole; // its metric file did not parse: reported there
          const message = file.message(`unknown metric "${id}"${didYouMeanSuffix(id, store.ids())}`, placeAt(file, offset), 'report:unknown-metric');
          message.fatal = true;
          return whole;
        }
        if (metric.value === undefined) return whole; // its own error is already reported
        const formatted = formatValue(metric.value, spec ?? metric.format);
        if (!formatted.ok) {
          const message = file.message(`${formatted.message} in "${whole}"`, placeAt(file, offset), 'report:unknown-format');
          message.fatal = true;
          return whole;
        }
        return formatted.text;
      });
      const unclosed = UNCLOSED.exec(slice);
      if (unclosed) {
        const message = file.message('unclosed metric reference "{{" (write {{group.metric}})', placeAt(file, start + unclosed.index), 'report:metric-syntax');
        message.fatal = true;
      }
      return SKIP;
    });
  };
}
