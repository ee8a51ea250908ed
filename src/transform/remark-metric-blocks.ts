import type { Element } from 'hast';
import type { Parent, Root, Table } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { msg, text, type Message } from '../i18n/message.js';
import { verbatim, type Text } from '../i18n/text.js';
import { selectMetrics, type Selection } from '../metrics/select.js';
import type { MetricStore } from '../metrics/store.js';
import { buildMetricTable } from './build-table.js';
import type { buildMetricChart } from './build-chart.js';
import { captionedTableAttributesSchema, chartAttributesSchema, parseDirectiveAttributes, selectionAttributesSchema, tableAttributesSchema } from './directive-attributes.js';
import { directivePlace } from './directive-place.js';
import { reportMessage } from './report-message.js';

type BlockDirective = ContainerDirective | LeafDirective;

/** The block directives this tool knows; any other name is an error. */
export const BLOCK_DIRECTIVES = ['table', 'chart'] as const;

/**
 * Replaces `:::table{…}` and `:::chart{…}` block directives (remark-directive syntax) with
 * tables and charts built from the metric store on `file.data.metrics`. Every problem —
 * an unknown directive, a bad attribute, an unknown metric or group — is a fatal message
 * at the directive's opening line (at the attribute when it can be found), and the block
 * is dropped. The chart library is loaded only when a section has a chart.
 */
export function remarkMetricBlocks() {
  return async (tree: Root, file: VFile) => {
    const store = file.data.metrics as MetricStore | undefined;
    if (!store) throw new Error('remarkMetricBlocks needs file.data.metrics');
    const blocks: Array<{ directive: BlockDirective; parent: Parent | undefined }> = [];
    visit(tree, (node) => node.type === 'containerDirective' || node.type === 'leafDirective', (node, _index, parent) => {
      blocks.push({ directive: node as BlockDirective, parent });
      return SKIP;
    });
    const charts = blocks.some(({ directive }) => directive.name === 'chart') ? await chartBuilder(file.data.drawCharts !== false) : undefined;
    for (const { directive, parent } of blocks) {
      const element =
        directive.name === 'table' ? tableOf(directive, file, store)
        : directive.name === 'chart' && charts ? chartOf(directive, file, store, charts)
        : unknownDirective(directive, file);
      const at = parent ? parent.children.indexOf(directive as Parent['children'][number]) : -1;
      if (element?.type === 'table') parent?.children.splice(at, 1, element);
      else if (element) directive.data = { ...directive.data, hName: element.tagName, hProperties: element.properties, hChildren: element.children };
      else parent?.children.splice(at, 1);
    }
  };
}

/** A metric table, a GFM table that gets the directive's caption, or undefined after reporting why not. */
function tableOf(directive: BlockDirective, file: VFile, store: MetricStore): Element | Table | undefined {
  const [only, ...rest] = directive.children;
  if (directive.type === 'containerDirective' && only?.type === 'table' && rest.length === 0) return captioned(directive, only, file);
  const attributes = parseDirectiveAttributes(tableAttributesSchema, 'table', directive.attributes);
  const selection = select(directive, file, store);
  if (!attributes.ok) {
    for (const problem of attributes.problems) fail(file, said(problem.message, problem.rule), directivePlace(file, directive, problem.attribute));
    return undefined;
  }
  if (!selection) return undefined;
  const { caption, format, corner = '项目' } = attributes.data;
  const built = buildMetricTable(selection, { caption, format, corner });
  if (!built.ok) {
    for (const message of built.messages) fail(file, inDirective(message, 'table', message.rule), directivePlace(file, directive, 'format'));
    return undefined;
  }
  return built.table;
}

/** `:::table{caption="…"}` around a GFM table: the table itself, carrying the caption. */
function captioned(directive: BlockDirective, table: Table, file: VFile): Table | undefined {
  const attributes = parseDirectiveAttributes(captionedTableAttributesSchema, 'table', directive.attributes);
  if (!attributes.ok) {
    for (const problem of attributes.problems) {
      const message =
        problem.rule === 'unknown-key' && problem.attribute !== undefined
          ? msg('unknown-key/captioned-table', { attribute: problem.attribute, hint: hintFor(problem.attribute, ['caption']) })
          : said(problem.message, problem.rule);
      fail(file, message, directivePlace(file, directive, problem.attribute));
    }
    return undefined;
  }
  table.data = { ...table.data, caption: attributes.data.caption };
  return table;
}

type ChartBuilder = (selection: Selection, settings: Parameters<typeof buildMetricChart>[1]) => ReturnType<typeof buildMetricChart>;

/**
 * The chart builder, loaded with the first chart; ECharts too when the charts are drawn
 * (`file.data.drawCharts`, false for report check: loading and running ECharts is a fifth
 * of a check's time, and a check writes no page).
 */
async function chartBuilder(draw: boolean): Promise<ChartBuilder> {
  const [{ buildMetricChart }, drawer] = await Promise.all([import('./build-chart.js'), draw ? import('../charts/render-chart.js').then((m) => m.renderChartSvg) : undefined]);
  return (selection, settings) => buildMetricChart(selection, settings, drawer);
}

function chartOf(directive: BlockDirective, file: VFile, store: MetricStore, build: ChartBuilder): Element | undefined {
  const attributes = parseDirectiveAttributes(chartAttributesSchema, 'chart', directive.attributes);
  const selection = select(directive, file, store);
  if (!attributes.ok) {
    for (const problem of attributes.problems) fail(file, said(problem.message, problem.rule), directivePlace(file, directive, problem.attribute));
    return undefined;
  }
  if (!selection) return undefined;
  const { type, caption, format } = attributes.data;
  const built = build(selection, { type, caption, format });
  if (!built.ok) {
    for (const problem of built.problems) fail(file, inDirective(problem.message, 'chart', problem.message.rule), directivePlace(file, directive, problem.message.rule === 'chart-units' ? undefined : 'format'));
    return undefined;
  }
  return built.figure;
}

/**
 * The metrics a directive names, or undefined after reporting why not. Checks content
 * first (a block directive takes none), then the metrics whenever the attributes that
 * pick them are well-formed, even if another attribute is not.
 */
function select(directive: BlockDirective, file: VFile, store: MetricStore): Selection | undefined {
  if (directive.children.length > 0) {
    const content = directive.type === 'leafDirective' ? 'label' : directive.name === 'table' ? 'table' : 'any';
    fail(file, msg('invalid-value/directive-content', { name: directive.name, content }), directivePlace(file, directive));
    return undefined;
  }
  const query = selectionAttributesSchema.safeParse(directive.attributes ?? {});
  if (!query.success) return undefined; // reported with the other attributes
  const result = selectMetrics(store, query.data);
  if (result.ok) return result.selection;
  for (const problem of result.problems) {
    fail(file, inDirective(problem.message, directive.name, problem.message.rule), directivePlace(file, directive, problem.attribute, problem.needle));
  }
  return undefined;
}

function unknownDirective(directive: BlockDirective, file: VFile): undefined {
  const colons = directive.type === 'containerDirective' ? ':::' : '::';
  const known = BLOCK_DIRECTIVES.map((n) => `:::${n}`);
  fail(file, msg('unknown-directive', { directive: `${colons}${directive.name}`, hint: hintFor(directive.name, BLOCK_DIRECTIVES), known }), directivePlace(file, directive));
  return undefined;
}

/** Every problem here would publish a wrong or missing figure: all are errors. */
function fail(file: VFile, message: Message, place: ReturnType<typeof directivePlace>): void {
  reportMessage(file, place, message).fatal = true;
}

/**
 * What another stage says about a problem (attributes, metric selection, formats): its
 * catalogue message, or its English words where that stage still gives a plain string.
 */
type Said = string | Text;

function said(words: Said, rule: string): Message {
  if (typeof words === 'string') return { ...verbatim(words), rule };
  return 'rule' in words && typeof words.rule === 'string' ? (words as Message) : { ...words, rule };
}

/** A problem found in a directive's metrics or formats, said where: `… in :::table`. */
function inDirective(words: Said, name: string, rule: string): Message {
  return { ...text('ui.markdown.in-directive', { problem: said(words, rule), name }), rule };
}

/** ` (did you mean "table"?)` in every language, or nothing. */
function hintFor(name: string, candidates: readonly string[]): Text {
  const near = didYouMean(name, candidates);
  return near === undefined ? verbatim('') : text('ui.did-you-mean', { name: near });
}
