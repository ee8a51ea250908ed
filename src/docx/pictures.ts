import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { ImageRun, Paragraph } from 'docx';
import type { ChartImage } from './rasterizer.js';
import { inlineRuns, plainText } from './inline.js';
import { STYLE_IDS } from './styles.js';

/** A chart of the document: its figure, its SVG as a standalone file, its size on the page. */
export interface Chart extends ChartImage {
  figure: Element;
}

/**
 * The charts of the sections, in document order, each as a standalone SVG file sized as
 * the PDF prints it: the 版心's width, the height by the chart's aspect ratio.
 */
export function findCharts(trees: readonly Root[], widthPx: number): Chart[] {
  const charts: Chart[] = [];
  for (const tree of trees) {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figure') return;
      const svg = svgOf(node);
      if (!svg) return;
      const [, , w, h] = String(svg.properties.viewBox ?? '0 0 640 320').split(/[\s,]+/).map(Number);
      const ratio = w && h ? h / w : 0.5;
      const standalone: Element = { ...svg, properties: { ...svg.properties, xmlns: 'http://www.w3.org/2000/svg' } };
      charts.push({ figure: node, svg: toHtml(standalone, { space: 'svg', closeEmptyElements: true }), width: widthPx, height: Math.round(widthPx * ratio) });
    });
  }
  return charts;
}

/**
 * A chart as Word has it: a centred picture paragraph (the SVG, with the PNG Word requires
 * as its fallback), and the 图题 below it as in the PDF.
 */
export function chartParagraphs(chart: Chart, png: Uint8Array): Paragraph[] {
  const caption = chart.figure.children.find((c): c is Element => c.type === 'element' && c.tagName === 'figcaption');
  const picture = new Paragraph({
    style: STYLE_IDS.figureCaption,
    keepNext: true,
    spacing: { before: 290, after: 0, line: 240, lineRule: 'auto' },
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(chart.svg),
        fallback: { type: 'png', data: png },
        transformation: { width: chart.width, height: chart.height },
        altText: { name: 'chart', title: caption ? plainText(caption.children) : '', description: String(svgOf(chart.figure)?.properties.ariaLabel ?? '') },
      }),
    ],
  });
  return caption ? [picture, new Paragraph({ style: STYLE_IDS.figureCaption, children: inlineRuns(caption.children) })] : [picture];
}

function svgOf(figure: Element): Element | undefined {
  return figure.children.find((c): c is Element => c.type === 'element' && c.tagName === 'svg');
}
