import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { renderPdf } from '../../src/pdf/pdf.js';

/**
 * The browser seam refuses every request that is not inline data, whatever the page asks
 * for: a local server that never answers stands in for the network, and must see nothing.
 * The page here has no Content-Security-Policy, so the refusal alone is under test.
 */
describe('renderPdf (real Chromium)', () => {
  let browser: Browser;
  let server: Server;
  const requests: string[] = [];
  let base = '';

  beforeAll(async () => {
    server = createServer((request) => {
      requests.push(request.url ?? '');
      // never answer: a fetch that got through would hang the print
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('prints without fetching anything: images, styles, fonts, frames, scripts are refused', async () => {
    const html = [
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
      `<link rel="stylesheet" href="${base}/style.css">`,
      `<style>@font-face { font-family: Remote; src: url(${base}/font.woff2); } p { font-family: Remote, "AR PL SungtiL GB"; background: url(${base}/bg.png); }</style>`,
      `<script src="${base}/script.js"></script>`,
      '</head><body><article class="document"><div class="body">',
      `<p>正文<img src="${base}/pixel.png" alt=""></p>`,
      `<iframe src="${base}/frame.html"></iframe>`,
      '<p><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p>',
      '</div></article></body></html>',
    ].join('\n');
    const started = performance.now();
    const { pdf } = await renderPdf(browser, html, { timeout: 20_000 });
    const seconds = (performance.now() - started) / 1000;
    expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(requests).toEqual([]);
    expect(seconds).toBeLessThan(15);
  });
});
