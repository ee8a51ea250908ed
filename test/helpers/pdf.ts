import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a page, in PDF points from the bottom-left corner. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontName: string;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** All text of the page, items joined with no separator. */
  text: string;
}

export interface InspectedPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  outline: Array<{ title: string; items: unknown[] }> | null;
}

/** Reads a PDF with pdf.js (as a browser's viewer would) into text, geometry and metadata. */
export async function inspectPdf(path: string): Promise<InspectedPdf> {
  const data = new Uint8Array(readFileSync(path));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height, fontName: item.fontName });
    }
    pages.push({ number: n, width: x1 - x0, height: y1 - y0, items, text: items.map((i) => i.str).join('') });
  }
  const metadata = await doc.getMetadata();
  const outline = (await doc.getOutline()) as InspectedPdf['outline'];
  await doc.destroy();
  return { pages, info: metadata.info as Record<string, unknown>, outline };
}
