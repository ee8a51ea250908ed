import type { Element, ElementContent, Root } from 'hast';
import { Paragraph, Table } from 'docx';
import type { Manifest } from '../validate/manifest-schema.js';
import { inlineRuns, runsOfPieces, type RunLook } from './inline.js';
import { chartParagraphs, type Chart } from './pictures.js';
import { roleFace, STYLE_IDS } from './styles.js';
import { classes, wordTable, type TableSettings } from './tables.js';

export type Block = Paragraph | Table;

export interface BodySettings {
  table: TableSettings;
  /** The charts found in the trees, with their PNGs, by figure. */
  pictures: ReadonlyMap<Element, { chart: Chart; png: Uint8Array }>;
}

/** The print stylesheet's margin around tables and charts (14.5 pt), in twips. */
const TABLE_MARGIN = 290;

/** A list item's text, 30 pt in (the browser's 40 px list padding), in twips. */
const LIST_INDENT = 600;

/** The numbering definition of bulleted lists (docx.ts defines it). */
export const BULLET_LIST = 'gw-bullet';

/** The heading levels of the body (`<h2>` is 一、): their styles. */
const HEADING_STYLES: Record<string, string> = { h2: STYLE_IDS.heading1, h3: STYLE_IDS.heading2, h4: STYLE_IDS.heading3, h5: STYLE_IDS.heading4, h6: STYLE_IDS.heading4 };

/**
 * The body of the document: the sections' trees (the sanitized HTML the print page is made
 * of, parsed back into hast) as Word paragraphs, tables and pictures, in order. Headings
 * carry their numbers as text (remark-heading-numbers wrote them), so they read exactly as
 * in the PDF; a run-in heading (`（一）主动公开情况。` then text) is one 正文 paragraph whose
 * first run is in the heading's face.
 */
export function bodyBlocks(trees: readonly Root[], manifest: Manifest, settings: BodySettings): Block[] {
  const faces: Record<string, RunLook> = {
    h2: { face: roleFace(manifest, 'heading1') },
    h3: { face: roleFace(manifest, 'heading2') },
    h4: manifest.layout['heading3-bold'] ? { bold: true } : {},
    h5: {},
    h6: {},
  };
  const blocks: Block[] = [];
  const walk = (nodes: readonly ElementContent[] | Root['children']) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      // Word has no space after a table: the paragraph after it keeps the PDF's 14.5 pt margin
      const afterTable = blocks.at(-1) instanceof Table;
      blocks.push(...elementBlocks(node, afterTable ? { spacing: { before: TABLE_MARGIN } } : {}));
    }
  };
  const elementBlocks = (element: Element, space: { spacing?: { before: number } } = {}): Block[] => {
    const tag = element.tagName;
    if (tag === 'p') return [new Paragraph({ style: STYLE_IDS.body, ...space, children: inlineRuns(element.children) })];
    if (HEADING_STYLES[tag]) return [new Paragraph({ style: HEADING_STYLES[tag], ...space, children: inlineRuns(element.children) })];
    if (tag === 'div' && classes(element).includes('run-in')) {
      const parts = element.children.filter((c): c is Element => c.type === 'element').map((c) => ({ nodes: c.children, look: faces[c.tagName] ?? {} }));
      return [new Paragraph({ style: STYLE_IDS.body, ...space, children: runsOfPieces(parts) })];
    }
    if (tag === 'table') return wordTable(element, settings.table);
    if (tag === 'figure') {
      const picture = settings.pictures.get(element);
      if (picture) return chartParagraphs(picture.chart, picture.png);
    }
    if (tag === 'ul' || tag === 'ol') return listBlocks(element);
    // div, blockquote, section, figure without a chart …: their blocks, else their text as a paragraph
    const inner: Block[] = [];
    const saved = blocks.length;
    walk(element.children);
    inner.push(...blocks.splice(saved));
    return inner.length > 0 ? inner : [new Paragraph({ style: STYLE_IDS.body, children: inlineRuns(element.children) })];
  };
  // list items as the browser draws them: the text 30 pt in, the marker before it; a number
  // is text (the PDF's text has it too), a bullet is Word's list bullet (drawn, as in the PDF)
  const listBlocks = (list: Element): Block[] => {
    const ordered = list.tagName === 'ol';
    let n = Number(list.properties.start ?? 1);
    const out: Block[] = [];
    const nested = ['p', 'ul', 'ol', 'table', 'div', 'blockquote'];
    for (const item of list.children) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      const firstP = item.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
      const nodes: ElementContent[] = firstP ? firstP.children : item.children.filter((c) => !(c.type === 'element' && nested.includes(c.tagName)));
      const marker: ElementContent[] = ordered ? [{ type: 'text', value: `${n++}.` }, { type: 'element', tagName: 'tab', properties: {}, children: [] }] : [];
      out.push(
        new Paragraph({
          style: STYLE_IDS.body,
          indent: { left: LIST_INDENT, hanging: LIST_INDENT / 2 },
          ...(ordered ? {} : { numbering: { reference: BULLET_LIST, level: 0 } }),
          children: runsOfPieces([{ nodes: [...marker, ...nodes], look: {} }]),
        }),
      );
      for (const child of item.children) {
        if (child.type === 'element' && child !== firstP && nested.includes(child.tagName)) out.push(...elementBlocks(child));
      }
    }
    return out;
  };
  for (const tree of trees) walk(tree.children);
  return blocks;
}
