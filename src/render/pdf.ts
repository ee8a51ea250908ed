import type { Browser, HTTPRequest } from 'puppeteer';

export interface PdfOptions {
  /** Milliseconds before a print is abandoned. */
  timeout?: number;
}

/**
 * Prints the page to PDF in Chromium. Every request the page makes is refused except
 * inline data: URLs, so a stray URL in the input can neither leak nor hang a build; the
 * page size and margins come from the stylesheet's @page rules.
 */
export async function renderPdf(browser: Browser, html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const timeout = options.timeout ?? 60_000;
  const page = await browser.newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.url().startsWith('data:')) void request.continue();
      else void request.abort('blockedbyclient');
    });
    await page.setContent(html, { waitUntil: 'load', timeout });
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
      timeout,
    });
    return pdf;
  } finally {
    await page.close().catch(() => undefined);
  }
}
