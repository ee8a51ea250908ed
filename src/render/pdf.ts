import type { Browser, HTTPRequest } from 'puppeteer';
import { finishLayout, type LayoutReport } from './finish-layout.js';

/** 156 mm in CSS px. */
const VERSO_WIDTH_PX = Math.round((156 / 25.4) * 96);

export interface PdfOptions {
  /** Milliseconds before a print is abandoned. */
  timeout?: number;
}

/**
 * Prints the page to PDF in Chromium. Every request the page makes is refused except
 * inline data: URLs, so a stray URL in the input can neither leak nor hang a build; the
 * page size and margins come from the stylesheet's @page rules.
 */
export async function renderPdf(browser: Browser, html: string, options: PdfOptions = {}): Promise<{ pdf: Uint8Array; layout: LayoutReport }> {
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
    // Probe prints skip the outline and tags: the same layout, less work.
    const probePrint = () => page.pdf({ preferCSSPageSize: true, printBackground: true, timeout });
    const layout = await finishLayout(page, probePrint);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout });
    return { pdf, layout };
  } finally {
    await page.close().catch(() => undefined);
  }
}
