import type { Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg, text, type Message } from '../i18n/message.js';
import { joinText } from '../i18n/text.js';
import { checkChangeFormat, formatChange, formatValue, isChangeFormat } from '../metrics/format.js';
import { unknownIdHint } from '../metrics/id-hint.js';
import { percentOnCount } from '../metrics/nature.js';
import { PREVIOUS_PREFIX, previousHint, type Metric, type MetricStore } from '../metrics/store.js';
import { reportMessage } from './report-message.js';
import { placeAt } from './vfile-place.js';

/** `{{行政复议.收到}}` or `{{行政复议.直接纠错率 | percent:1}}` */
const REFERENCE = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;
/** A `{{` with no `}}` before the next `{{` or the end of the text. */
const UNCLOSED = /\{\{(?![^{}]*\}\})/;

/**
 * Replaces metric references in text with their formatted values. The store comes with
 * the file (`file.data.metrics`) so the processor can be built once and frozen. An
 * unknown id is an error at the position of its `{{`, with a did-you-mean (or the dot or
 * space to retype); a format that does not fit the metric (`percent` on a count) too.
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
          const problem = rendered.problem.rule === 'unknown-format' ? { ...joinText([rendered.problem, text('ui.metrics.in-reference', { reference: whole })]), rule: rendered.problem.rule } : rendered.problem;
          reportMessage(file, placeAt(file, offset), problem).fatal = true;
        }
        return whole;
      });
      const unclosed = UNCLOSED.exec(slice);
      if (unclosed) reportMessage(file, placeAt(file, start + unclosed.index), msg('metric-syntax')).fatal = true;
      return SKIP;
    });
  };
}

/** The text a reference stands for, or why it has none (no problem: already reported elsewhere). */
type Rendered = { ok: true; text: string } | { ok: false; problem?: Message };

const fail = (problem: Message): Rendered => ({ ok: false, problem });

/** `{{id}}` or `{{id | spec}}`, as the clerk would write the reference. */
const referenceTo = (spec: string | undefined) => (id: string) => `{{${id.replace('|', ' | ')}${spec === undefined ? '' : ` | ${spec.trim()}`}}}`;

function renderReference(store: MetricStore, id: string, spec: string | undefined): Rendered {
  if (id.startsWith(PREVIOUS_PREFIX)) return renderPrevious(store, id, spec);
  const metric = store.get(id);
  if (!metric) {
    if (store.unavailable(id)) return { ok: false }; // its metric file did not parse: reported there
    return fail(msg('unknown-metric', { id, hint: unknownIdHint(id, store.ids(), referenceTo(spec)) }));
  }
  if (metric.value === undefined) return { ok: false }; // its own error is already reported
  if (isChangeFormat(spec)) {
    const change = spec!.trim();
    const unknown = checkChangeFormat(spec!);
    if (unknown) return fail(unknown);
    if (!store.previous) return fail(msg('no-previous', { what: `${id} | ${change}` }));
    if (store.previous.unreadable) return { ok: false }; // reported at previous:
    const before = store.previous.get(id)?.value;
    if (before === undefined) return fail(msg('no-previous-value/change', { id }));
    const changed = formatChange(metric.value, before, spec!, metric);
    return changed.ok ? changed : fail(msg('change-from-zero', { id, spec: change }));
  }
  return show(metric as Metric & { value: number }, spec);
}

/** `{{prev.行政复议.收到}}`: last year's figure, shown as last year's report showed it. */
function renderPrevious(store: MetricStore, id: string, spec: string | undefined): Rendered {
  if (!store.previous) return fail(msg('no-previous', { what: id }));
  if (store.previous.unreadable) return { ok: false }; // reported at previous:
  const name = id.slice(PREVIOUS_PREFIX.length);
  const metric = store.previous.get(name);
  if (!metric) return fail(msg('unknown-metric', { id, hint: previousHint(id, store.previous, referenceTo(spec)) }));
  if (isChangeFormat(spec)) return fail(msg('unknown-format/change-on-previous', { spec: spec!.trim(), name }));
  if (metric.value === undefined) return fail(msg('no-previous-value', { id }));
  return show(metric as Metric & { value: number }, spec);
}

/** A figure in the reference's format, else the metric's own; a percent on a count is refused. */
function show(metric: Metric & { value: number }, spec: string | undefined): Rendered {
  if (spec !== undefined) {
    const misfit = percentOnCount(metric, spec);
    if (misfit) return fail(misfit);
  }
  const formatted = formatValue(metric.value, spec ?? metric.format);
  return formatted.ok ? formatted : fail(formatted.message);
}
