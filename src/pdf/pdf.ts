import type { Browser, HTTPRequest } from 'puppeteer-core';
import { finishLayout, parsePrint, type LayoutReport } from './finish-layout.js';
import { reportFonts, type FontOverrides, type FontReport } from '../fonts/font-report.js';
import { setPdfInfo, type PdfInfo } from './pdf-info.js';
import { splitTallTables } from './split-tables.js';
import { stripProbes } from './strip-probes.js';

/** 156 mm in CSS px. */
const VERSO_WIDTH_PX = Math.round((156 / 25.4) * 96);

export interface PdfOptions {
  /** Milliseconds before a print is abandoned. */
  timeout?: number;
  /** The report's own faces per role (report.yaml `fonts:`): what counts as intended in the font report. */
  fonts?: FontOverrides;
  /** The document information to write into the PDF (none: Chromium's own). */
  info?: PdfInfo;
}

/** The finished PDF, its pages, what the finishing pass did, and the faces each role was drawn with. */
export interface RenderedPdf {
  pdf: Uint8Array;
  pages: number;
  layout: LayoutReport;
  fonts: FontReport;
}

const NO_OVERRIDES: FontOverrides = { body: [], title: [], heading1: [], heading2: [], 'page-number': [] };

/**
 * Prints the page to PDF in Chromium. Every request the page makes is refused except
 * inline data: URLs, so a stray URL in the input can neither leak nor hang a build; the
 * page size and margins come from the stylesheet's @page rules. Before printing it asks
 * Chromium which platform faces each font role was drawn with.
 */
export async function renderPdf(browser: Browser, html: string, options: PdfOptions = {}): Promise<RenderedPdf> {
  const timeout = options.timeout ?? 60_000;
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    // As wide as the 版心, so what is measured on screen matches the printed page.
    await page.setViewport({ width: VERSO_WIDTH_PX, height: 1123 });
    await page.setContent(html, { waitUntil: 'load', timeout });
    // Before the finishing pass, whose probes and splits change the DOM but not the faces.
    const fonts = await reportFonts(page, options.fonts ?? NO_OVERRIDES);
    // Prints that can only be probes skip the outline and tags: the same layout, less work.
    const print = (final: boolean) => page.pdf({ preferCSSPageSize: true, printBackground: true, outline: final, tagged: final, timeout });
    // tables first: where they break changes the pages the signature and 版记 rules measure
    await splitTallTables(page, () => print(false));
    const { layout, printed } = await finishLayout(page, print);
    // The pass's last print is the final PDF when the page did not change after it.
    if (printed) stripProbes(printed);
    const doc = printed ?? (await parsePrint(await print(true)));
    if (options.info) setPdfInfo(doc, options.info);
    return { pdf: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount(), layout, fonts };
  } finally {
    await page.close().catch(() => undefined);
  }
}
