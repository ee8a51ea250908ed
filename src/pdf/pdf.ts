import type { Browser, HTTPRequest } from 'puppeteer-core';
import { finishLayout, type LayoutReport } from './finish-layout.js';
import { reportFonts, type FontOverrides, type FontReport } from '../fonts/font-report.js';
import { splitTallTables } from './split-tables.js';

/** 156 mm in CSS px. */
const VERSO_WIDTH_PX = Math.round((156 / 25.4) * 96);

export interface PdfOptions {
  /** Milliseconds before a print is abandoned. */
  timeout?: number;
  /** The report's own faces per role (report.yaml `fonts:`): what counts as intended in the font report. */
  fonts?: FontOverrides;
}

/** The printed PDF, what the finishing pass did, and the faces each role was drawn with. */
export interface RenderedPdf {
  pdf: Uint8Array;
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
    // Probe prints skip the outline and tags: the same layout, less work.
    const probePrint = () => page.pdf({ preferCSSPageSize: true, printBackground: true, timeout });
    // tables first: where they break changes the pages the signature and 版记 rules measure
    await splitTallTables(page, probePrint);
    const layout = await finishLayout(page, probePrint);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout });
    return { pdf, layout, fonts };
  } finally {
    await page.close().catch(() => undefined);
  }
}
