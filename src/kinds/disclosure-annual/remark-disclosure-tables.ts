import type { Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg, type Message } from '../../i18n/message.js';
import type { MetricStore } from '../../metrics/store.js';
import { reportMessage } from '../../transform/report-message.js';
import { PARTS, templateOf, type Part, type Template } from './layout.js';
import { renderDisclosureTable } from './render-tables.js';

/** `{{table:三}}` on a line of its own: where a standard table goes. */
export const TABLE_PLACEHOLDER = /^\{\{\s*table\s*:\s*([^{}\s]*)\s*\}\}$/;
const TABLE_ANYWHERE = /\{\{\s*table\s*:[^{}]*\}\}/g;

/** The class of a generated table (allowed by the sanitizer; sized by the stylesheets). */
export const DISCLOSURE_TABLE_CLASS = 'disclosure-annual';

/** The report kind whose standard tables this plugin generates. */
export const DISCLOSURE_ANNUAL = 'disclosure-annual';

/**
 * Replaces a paragraph that is only `{{table:二}}`, `{{table:三}}` or `{{table:四}}` by that
 * standard table of the disclosure annual report, built from the metric store
 * (`file.data.metrics`) for a report whose kind (`file.data.kind`) is disclosure-annual, in
 * its template (`file.data.disclosureTemplate`; default: the 2021 format).
 * Runs before remarkMetrics, so the placeholder never reads as a metric reference.
 */
export function remarkDisclosureTables() {
  return (tree: Root, file: VFile) => {
    const store = file.data.metrics as MetricStore | undefined;
    const kind = file.data.kind as string | undefined;
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      const texts = node.children.filter((c): c is Text => c.type === 'text');
      if (!texts.some((t) => /\{\{\s*table\s*:/.test(t.value))) return;
      const only = node.children.length === 1 && texts.length === 1 ? TABLE_PLACEHOLDER.exec(texts[0]!.value.trim()) : null;
      // the placeholder goes either way, so remarkMetrics does not read it as a metric
      const blank = () => {
        for (const text of texts) text.value = text.value.replace(TABLE_ANYWHERE, '');
      };
      const fail = (message: Message) => {
        reportMessage(file, node.position?.start, message).fatal = true;
        blank();
      };
      if (!only) return fail(msg('unknown-table/not-alone'));
      const part = only[1]!;
      // no kind: report.yaml is invalid (reported there), so say nothing about its tables
      if (kind === undefined) return blank();
      if (kind !== DISCLOSURE_ANNUAL) return fail(msg('unknown-table/wrong-kind', { part }));
      if (!(PARTS as readonly string[]).includes(part)) return fail(msg('unknown-table/no-such-table', { part, parts: PARTS }));
      if (!store || !parent || index === undefined) return;
      const template = (file.data.disclosureTemplate as Template | undefined) ?? templateOf(undefined, undefined, (id) => store.get(id) !== undefined);
      const table = renderDisclosureTable(part as Part, store, template);
      // In a plain <div>: Chromium keeps a block together across a page break
      // (break-inside: avoid), but not a table, so a table that fits on a page would
      // otherwise leave its first rows behind (templates/print.css).
      const element = { ...table, properties: { ...table.properties, className: [DISCLOSURE_TABLE_CLASS] } };
      parent.children[index] = { type: 'paragraph', children: [], position: node.position, data: { hName: 'div', hChildren: [element] } };
    });
  };
}
