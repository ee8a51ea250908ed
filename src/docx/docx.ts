import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { AlignmentType, Document, LevelFormat, Packer } from 'docx';
import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { BULLET_LIST, bodyBlocks } from './body.js';
import { frontMatter } from './front-matter.js';
import { CHAR_PITCH, LINE_PITCH, PAGE, sectionProperties } from './page-setup.js';
import { findCharts, type Chart } from './pictures.js';
import { coreXml, docxProperties } from './properties.js';
import type { ChartRasterizer } from './rasterizer.js';
import { signOff } from './sign-off.js';
import { documentStyles, roleFace } from './styles.js';
import { withZipDates } from './zip-dates.js';

/** 156 mm in CSS px: charts are as wide as the 版心, as in the PDF. */
const TEXT_WIDTH_PX = Math.round((156 / 25.4) * 96);

/**
 * The 公文 as a Word document: the same document the print page is made of (the manifest
 * and the sections' sanitized HTML, src/render/document.ts), on a GB/T 9704 page with the
 * 22 × 28 grid, in styles named for their roles. The charts are drawn to PNG by `rasterizer`
 * (Word requires a bitmap beside each SVG picture); `date` is the document's created and
 * modified date, as the PDF's, and the date of every file in the zip. Returns the .docx
 * bytes: the same report gives the same bytes.
 */
export async function renderDocx(manifest: Manifest, sections: readonly RenderedSection[], rasterizer: ChartRasterizer, date: Date): Promise<Uint8Array> {
  const trees: Root[] = sections.map((section) => fromHtml(section.html, { fragment: true }));
  const charts = findCharts(trees, TEXT_WIDTH_PX);
  const pngs = await rasterizer.png(charts);
  const pictures = new Map<Element, { chart: Chart; png: Uint8Array }>(charts.map((chart, i) => [chart.figure, { chart, png: pngs[i]! }]));
  const metrics = { linePitch: LINE_PITCH, charPitch: CHAR_PITCH, textWidth: PAGE.textWidth };
  const page = sectionProperties(manifest);
  const properties = docxProperties(manifest);
  const document = new Document({
    ...properties,
    styles: documentStyles(manifest, metrics),
    evenAndOddHeaderAndFooters: true,
    numbering: { config: [{ reference: BULLET_LIST, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 600, hanging: 300 } } } }] }] },
    sections: [
      {
        properties: { page: page.page, grid: page.grid },
        footers: page.footers,
        children: [
          ...frontMatter(manifest, metrics),
          ...bodyBlocks(trees, manifest, { table: { width: PAGE.textWidth, headerFace: roleFace(manifest, 'heading1') }, pictures }),
          ...signOff(manifest, metrics),
        ],
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(properties, date) }]));
  return withZipDates(packed, date);
}
