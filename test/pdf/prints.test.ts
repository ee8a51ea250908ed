import { PDFDocument, PDFName } from 'pdf-lib';
import type { Browser, PDFOptions, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { analyze } from '../../src/analyze.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { readProject } from '../../src/load/read-project.js';
import { readTemplates } from '../../src/load/read-templates.js';
import { renderPdf } from '../../src/pdf/pdf.js';
import { renderPrintHtml } from '../../src/render/print-html.js';
import { ROOT } from '../helpers/run-cli.js';

/**
 * What a PDF costs in prints, on the real Chromium: each print is a whole layout of the
 * report. The layout pass's probe print is the final PDF when the 公文 rules already hold
 * (Wujin: one print where there were two); the final PDF must then be as a separate final
 * print would be: tagged, with the outline, and no probe left in it.
 */
/** The probe names (`/rp-s-3`) anywhere in a PDF's bytes: none may be left in a finished PDF. */
function probeNames(pdf: Uint8Array): string[] {
  return Buffer.from(pdf).toString('latin1').match(/\/rp-[\w-]+/g) ?? [];
}

describe('renderPdf prints (real Chromium)', () => {
  let browser: Browser;
  const prints: PDFOptions[] = [];

  beforeAll(async () => {
    browser = await startBrowser();
    // count the prints of the real pages renderPdf opens: the one place they all go through
    const page = await browser.newPage();
    const proto = Object.getPrototypeOf(page) as Page;
    const pdf = proto.pdf;
    proto.pdf = function (this: Page, options?: PDFOptions) {
      prints.push(options ?? {});
      return pdf.call(this, options);
    };
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function render(example: string) {
    const sink = new Sink();
    const { manifest, sections } = await analyze(await readProject(`${ROOT}data/${example}`, sink), sink);
    const html = renderPrintHtml(manifest!, sections, (await readTemplates()).printCss);
    prints.length = 0;
    const rendered = await renderPdf(browser, html, { timeout: 30_000 });
    return { ...rendered, prints: [...prints], doc: await PDFDocument.load(rendered.pdf, { updateMetadata: false }) };
  }

  it('prints Wujin once (the signature fits): that print is tagged, has the outline, and keeps no probe', async () => {
    const { prints: made, doc, pages, layout, pdf } = await render('wujin-2020');
    expect(layout.signature).toBe('fits');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ tagged: true, outline: true });
    expect(pages).toBe(doc.getPageCount());
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(probeNames(pdf)).toEqual([]);
  });

  it('prints a report with a 版记 once more: the 版记 moves the page after the probe print, so the final print is its own', async () => {
    const { prints: made, layout, pdf } = await render('masthead-demo');
    expect(layout.colophon).not.toBe('none');
    expect(made.at(-1)).toMatchObject({ tagged: true, outline: true });
    expect(made.slice(0, -1).every((options) => !options.tagged)).toBe(true);
    expect(probeNames(pdf)).toEqual([]);
  });

  it('leaves no probe in a page with no text to measure (a report whose sections are all empty)', async () => {
    const html = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><article class="document"><h1 class="title">标题</h1><div class="body"></div></article></body></html>';
    prints.length = 0;
    const { pdf, layout } = await renderPdf(browser, html, { timeout: 30_000 });
    expect(layout).toEqual({ signature: 'none', colophon: 'none' });
    expect(prints).toHaveLength(1);
    expect(probeNames(pdf)).toEqual([]);
  });
});
