import type { Browser } from 'puppeteer-core';
import type { FontOverrides, FontReport } from '../fonts/font-report.js';
import type { LayoutReport } from './finish-layout.js';
import type { PdfInfo } from './pdf-info.js';

/** What the PDF side is asked to print: the print page, and the report's own faces per role. */
export interface PrintJob {
  html: string;
  /** report.yaml `fonts:` (what counts as intended in the font report). */
  fonts?: FontOverrides;
  /** Title, issuer, 文件编号, 索引号… for the PDF's document information. */
  info: PdfInfo;
}

/** The finished PDF, its pages, what the finishing pass did, and the faces each role was drawn with, as data. */
export interface Printed {
  pdf: Uint8Array;
  pages: number;
  layout: LayoutReport;
  fonts: FontReport;
}

/**
 * The one interface compile has to the browser: print(document) → { pdf, pages, fonts, layout },
 * the PDF finished (document information set).
 * Compile never sees puppeteer; a batch hands every report the same printer, and a test may
 * hand it a fake.
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<Printed>;
}

/**
 * A printer on Chromium: each job in a page of its own, so several print at once in one
 * browser. The browser may still be starting when the printer is made (it boots while the
 * Markdown is processed); `timeoutMs` bounds each step of a print.
 */
export function browserPrinter(browser: Promise<Browser>, timeoutMs?: number): PdfPrinter {
  return {
    async print(job) {
      // the PDF side (pdf-lib, the layout toolkit) is loaded with the first print only
      const { renderPdf } = await import('./pdf.js');
      return renderPdf(await browser, job.html, { fonts: job.fonts, info: job.info, timeout: timeoutMs });
    },
  };
}
