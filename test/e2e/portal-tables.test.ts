import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { renderDisclosureTable } from '../../src/render/html.js';
import { validateManifest } from '../../src/validate/manifest.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The portal page's tables, measured in real Chromium (issue 8, item 14): a figure never
 * breaks over two lines, the page never scrolls sideways, and a table too wide for the
 * screen scrolls inside its own box, which a keyboard can reach and a screen reader names.
 */

/** Every bundled example whose page has tables (wujin-2021: the 信息公开 box only). */
const EXAMPLES = ['wujin-2020', 'disclosure-2023', 'wujin-2021'];

/** Desktop, phone, and 400 % zoom of a 1280 px window (WCAG 1.4.10 reflow). */
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
  { width: 320, height: 256 },
];

/** Figure cells: metric and GFM tables mark them `num`; every cell of a standard disclosure table is a figure. */
const FIGURE_CELLS = '.document td.num, .document table.disclosure-annual td';

const LONG_INDEX = '11320412014133058X/2021-000012';

interface Measured {
  /** Figure cells whose text takes more than one line box. */
  broken: Array<{ text: string; lines: number; table: string }>;
  figures: number;
  scrollWidth: number;
  clientWidth: number;
  tables: Array<{ label: string | null; role: string | null; tabIndex: string | null; overflowX: string; tooWide: boolean; scrolls: boolean; table: string }>;
}

describe('portal page tables (real CLI, real Chromium)', () => {
  let out: string;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-tables-'));
    for (const name of EXAMPLES) {
      const result = await runCli(['build', `data/${name}`, '--format', 'html', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
    }
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function measure(page: Page): Promise<Measured> {
    return page.evaluate((selector) => {
      const name = (table: Element) => table.querySelector('caption')?.textContent ?? table.className;
      const broken: Measured['broken'] = [];
      const cells = [...document.querySelectorAll(selector)].filter((cell) => (cell.textContent ?? '').trim() !== '');
      for (const cell of cells) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        // one rectangle per line box the text occupies
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        if (lines !== 1) broken.push({ text: cell.textContent ?? '', lines, table: name(cell.closest('table')!) });
      }
      const tables = [...document.querySelectorAll('.document table')].map((table) => {
        const box = table.parentElement!;
        const tooWide = table.getBoundingClientRect().width > box.clientWidth + 1;
        let scrolls = false;
        if (tooWide) {
          box.scrollLeft = 40;
          scrolls = box.scrollLeft > 0;
          box.scrollLeft = 0;
        }
        return {
          label: box.getAttribute('aria-label'),
          role: box.getAttribute('role'),
          tabIndex: box.getAttribute('tabindex'),
          overflowX: getComputedStyle(box).overflowX,
          tooWide,
          scrolls,
          table: name(table),
        };
      });
      return { broken, figures: cells.length, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, tables };
    }, FIGURE_CELLS);
  }

  describe.each(EXAMPLES)('%s', (name) => {
    it.each(VIEWPORTS)('keeps every figure on one line, and the page within the screen, at $width px', async (viewport) => {
      const page = await browser.newPage();
      try {
        await page.setViewport(viewport);
        await page.goto(pathToFileURL(join(out, `${name}.html`)).href, { waitUntil: 'load' });
        const measured = await measure(page);
        if (name !== 'wujin-2021') expect(measured.figures, 'figure cells found').toBeGreaterThan(0);
        expect(measured.broken, 'figures split over lines').toEqual([]);
        expect(measured.scrollWidth, 'page width').toBeLessThanOrEqual(measured.clientWidth);
        for (const table of measured.tables) {
          // every table sits in its own scrolling box, named for keyboard and screen-reader users
          expect(table.overflowX, table.table).toBe('auto');
          expect(table.role, table.table).toBe('region');
          expect(table.tabIndex, table.table).toBe('0');
          expect(table.label, table.table).toMatch(/\S/);
          if (table.tooWide) expect(table.scrolls, `${table.table} scrolls sideways`).toBe(true);
        }
      } finally {
        await page.close();
      }
    });
  });

  it('scrolls table 三 of the disclosure report sideways inside its box on a 320 px screen', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport(VIEWPORTS[2]!);
      await page.goto(pathToFileURL(join(out, 'disclosure-2023.html')).href, { waitUntil: 'load' });
      const measured = await measure(page);
      const wide = measured.tables.filter((t) => t.tooWide);
      expect(wide.length, 'a table wider than a 320 px screen').toBeGreaterThan(0);
      for (const table of wide) expect(table.scrolls, table.table).toBe(true);
      expect(measured.scrollWidth).toBeLessThanOrEqual(measured.clientWidth);
    } finally {
      await page.close();
    }
  });

  it.each(VIEWPORTS)('breaks a long 索引号 in the 信息公开 box only after its slash, at $width px', async (viewport) => {
    const page = await browser.newPage();
    try {
      await page.setViewport(viewport);
      await page.goto(pathToFileURL(join(out, 'wujin-2020.html')).href, { waitUntil: 'load' });
      // the box as the renderer writes it for that 索引号 (this version's report check still
      // refuses the shape, issue 8 item 7), shown with the page's own stylesheet
      const path = join(ROOT, 'data/wujin-2020/report.yaml');
      const text = readFileSync(path, 'utf8').replace(/^index-number: .*$/m, `index-number: ${LONG_INDEX}`);
      const manifest = validateManifest({ path, text }, new Sink());
      expect(manifest).toBeDefined();
      await page.evaluate((html) => {
        document.querySelector('table.disclosure')!.outerHTML = html;
      }, renderDisclosureTable(manifest!));
      const cell = await page.evaluate(() => {
        const td = [...document.querySelectorAll('table.disclosure tr')].find((tr) => tr.querySelector('th')?.textContent === '索引号')!.querySelector('td')!;
        // the code before the slash and the serial after it each stay on one line
        const parts = [...(td.textContent ?? '').matchAll(/[^/]+\/?/g)].map((m) => ({ text: m[0], start: m.index }));
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        const nodes: Array<{ node: Text; start: number }> = [];
        let offset = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          nodes.push({ node, start: offset });
          offset += node.data.length;
        }
        const at = (index: number): [Text, number] => {
          const found = nodes.filter((n) => n.start <= index).at(-1)!;
          return [found.node, index - found.start];
        };
        return {
          text: td.textContent,
          parts: parts.map(({ text, start }) => {
            const range = document.createRange();
            range.setStart(...at(start));
            range.setEnd(...at(start + text.length - 1));
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
            return { text, lines };
          }),
          page: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        };
      });
      expect(cell.text).toBe(LONG_INDEX);
      expect(cell.parts).toEqual([{ text: '11320412014133058X/', lines: 1 }, { text: '2021-000012', lines: 1 }]);
      expect(cell.page).toBeLessThanOrEqual(cell.client);
    } finally {
      await page.close();
    }
  });
});
