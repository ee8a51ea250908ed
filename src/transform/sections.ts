import { VFile } from 'vfile';
import type { Sink } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/read-project.js';
import type { MetricStore } from '../metrics/store.js';
import type { Template } from '../kinds/disclosure-annual/layout.js';
import type { MarkdownProcessor } from './markdown.js';
import { nestingProblem } from './nesting.js';
import { LIMITS } from '../load/limits.js';
import { msg } from '../i18n/message.js';

/** A section rendered to sanitized HTML, in document order. */
export interface RenderedSection {
  path: string;
  html: string;
}

/** Messages from the Markdown stage that are errors: they would publish wrong figures. */
const FATAL = new Set(['unknown-metric', 'unknown-format', 'metric-syntax', 'pasted-table', 'fenced-code', 'fullwidth-braces', 'heading-number-level', 'heading-number-form', 'title-heading', 'nesting', 'file-too-large']);

/**
 * Runs each section through the Markdown processor and turns the messages the plugins
 * left on the vfiles into diagnostics (unknown metrics, raw HTML, unsafe links …). `kind`
 * is the report's kind (report.yaml `kind:`), which decides the standard tables it has, and
 * `disclosureTemplate` the format of a disclosure annual report's tables.
 * Sections go one at a time, in order: heading numbers continue from one to the next.
 * `drawCharts` false checks the charts without drawing them (report check).
 */
export async function transformSections(files: readonly SourceFile[], store: MetricStore, processor: MarkdownProcessor, sink: Sink, kind?: string, disclosureTemplate?: Template, drawCharts = true): Promise<RenderedSection[]> {
  const headingCounters = [0, 0, 0, 0];
  const sections: RenderedSection[] = [];
  for (const source of files) {
    const lines = lineCount(source.text);
    if (lines > LIMITS.sectionLines) {
      sink.error(source.path, { line: LIMITS.sectionLines + 1, column: 1 }, msg('file-too-large/lines', { lines, limit: LIMITS.sectionLines }));
      sections.push({ path: source.path, html: '' });
      continue;
    }
    const deep = nestingProblem(source.text);
    if (deep) {
      // refused before the parser sees it: it would overflow the stack or take minutes
      const limit = { block: LIMITS.blockDepth, inline: LIMITS.inlineDepth, marks: LIMITS.inlineMarks, 'section-marks': LIMITS.sectionMarks }[deep.kind];
      sink.error(source.path, deep.place, msg(`nesting/${deep.kind}`, { limit }));
      sections.push({ path: source.path, html: '' });
      continue;
    }
    const file = new VFile({ path: source.path, value: source.text, data: { metrics: store, headingCounters, kind, disclosureTemplate, drawCharts } });
    const html = String(await processor.process(file));
    for (const message of file.messages) {
      const rule = (message.ruleId ?? message.source ?? 'markdown').replace(/^report:/, '');
      const place = message.line ? { line: message.line, column: message.column ?? 1 } : undefined;
      const text = { en: message.reason, zh: message.zh ?? message.reason, rule };
      if (message.fatal || FATAL.has(rule)) sink.error(source.path, place, text);
      else sink.warn(source.path, place, text);
    }
    sections.push({ path: source.path, html });
  }
  return sections;
}

/** Lines of a text (a last line without its end counts). */
function lineCount(text: string): number {
  let lines = text.endsWith('\n') || text === '' ? 0 : 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
