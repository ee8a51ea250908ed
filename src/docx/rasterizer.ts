import type { Browser, HTTPRequest } from 'puppeteer-core';

/** A chart to draw as a bitmap: standalone SVG text and its size in CSS px. */
export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

/**
 * Turns charts' SVG into PNG: Word shows the SVG, and older Word, WPS and LibreOffice the
 * PNG, which OOXML requires beside every SVG picture.
 */
export interface ChartRasterizer {
  png(charts: readonly ChartImage[]): Promise<Uint8Array[]>;
}

/** Pixels per CSS px of the PNGs: 3 × 96 = 288 dpi at the printed size, sharp on paper. */
const SCALE = 3;

/**
 * A rasterizer on the build's one Chromium (the PDF's browser, src/browser/session.ts): the
 * charts are drawn by the same engine and faces as in the PDF, all in one page, each
 * screenshot at its own size. The page loads nothing from outside, as the PDF's does not.
 */
export function browserRasterizer(browser: Promise<Browser>, timeoutMs = 60_000): ChartRasterizer {
  return {
    async png(charts) {
      if (charts.length === 0) return [];
      const page = await (await browser).newPage();
      try {
        await page.setRequestInterception(true);
        page.on('request', (request: HTTPRequest) => {
          if (request.url().startsWith('data:')) void request.continue();
          else void request.abort('blockedbyclient');
        });
        await page.setViewport({ width: Math.max(...charts.map((c) => Math.ceil(c.width))), height: 600, deviceScaleFactor: SCALE });
        const html = charts.map((c, i) => `<div id="chart-${i}" style="width:${c.width}px;height:${c.height}px">${c.svg.replace('<svg', '<svg width="100%" height="100%"')}</div>`).join('');
        await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${html}</body></html>`, { waitUntil: 'load', timeout: timeoutMs });
        const images: Uint8Array[] = [];
        for (let i = 0; i < charts.length; i++) {
          const element = await page.$(`#chart-${i}`);
          if (!element) throw new Error(`chart ${i} is missing from the rasterizing page`);
          images.push(await element.screenshot({ type: 'png', omitBackground: false }));
        }
        return images;
      } finally {
        await page.close().catch(() => undefined);
      }
    },
  };
}
