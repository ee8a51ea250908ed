import type { Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMeanSuffix } from '../diagnostics/did-you-mean.js';
import { checkChangeFormat, formatChange, formatValue, isChangeFormat } from '../metrics/format.js';
import { PREVIOUS_PREFIX, previousHint, type MetricStore } from '../metrics/store.js';
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
        const rendered = renderReference(store, id, spec);
        if (rendered.ok) return rendered.text;
        if (rendered.problem) {
          const message = file.message(`${rendered.problem.message}${rendered.problem.rule === 'unknown-format' ? ` in "${whole}"` : ''}`, placeAt(file, offset), `report:${rendered.problem.rule}`);
          message.fatal = true;
        }
        return whole;
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

/** The text a reference stands for, or why it has none (no problem: already reported elsewhere). */
type Rendered = { ok: true; text: string } | { ok: false; problem?: { message: string; rule: string } };

const fail = (message: string, rule: string): Rendered => ({ ok: false, problem: { message, rule } });

function renderReference(store: MetricStore, id: string, spec: string | undefined): Rendered {
  if (id.startsWith(PREVIOUS_PREFIX)) return renderPrevious(store, id, spec);
  const metric = store.get(id);
  if (!metric) {
    if (store.unavailable(id)) return { ok: false }; // its metric file did not parse: reported there
    return fail(`unknown metric "${id}"${didYouMeanSuffix(id, store.ids())}`, 'unknown-metric');
  }
  if (metric.value === undefined) return { ok: false }; // its own error is already reported
  if (isChangeFormat(spec)) {
    const unknown = checkChangeFormat(spec!);
    if (unknown) return fail(unknown, 'unknown-format');
    if (!store.previous) return fail(`"${id} | ${spec!.trim()}" needs last year's report (set previous: in report.yaml)`, 'no-previous');
    if (store.previous.unreadable) return { ok: false }; // reported at previous:
    const before = store.previous.get(id)?.value;
    if (before === undefined) return fail(`"${id}" has no value in last year's report (a change needs both years)`, 'no-previous-value');
    const changed = formatChange(metric.value, before, spec!, metric);
    return changed.ok ? changed : fail(`"${id} | ${spec!.trim()}" cannot show a change from 0 as a percentage (use change:amount)`, 'change-from-zero');
  }
  const formatted = formatValue(metric.value, spec ?? metric.format);
  return formatted.ok ? formatted : fail(formatted.message, 'unknown-format');
}

/** `{{prev.行政复议.收到}}`: last year's figure, shown as last year's report showed it. */
function renderPrevious(store: MetricStore, id: string, spec: string | undefined): Rendered {
  if (!store.previous) return fail(`"${id}" needs last year's report (set previous: in report.yaml)`, 'no-previous');
  if (store.previous.unreadable) return { ok: false }; // reported at previous:
  const name = id.slice(PREVIOUS_PREFIX.length);
  const metric = store.previous.get(name);
  if (!metric) return fail(`unknown metric "${id}"${previousHint(id, store.previous)}`, 'unknown-metric');
  if (isChangeFormat(spec)) return fail(`format "${spec!.trim()}" compares this year with last year (write {{${name} | ${spec!.trim()}}})`, 'unknown-format');
  if (metric.value === undefined) return fail(`"${id}" has no value in last year's report`, 'no-previous-value');
  const formatted = formatValue(metric.value, spec ?? metric.format);
  return formatted.ok ? formatted : fail(formatted.message, 'unknown-format');
}
