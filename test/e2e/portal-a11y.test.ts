import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults, Result } from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';

/** WCAG 2.1 A and AA (≈ GB/T 37668 grade 2, reference §E) plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Desktop, phone, 200 % zoom of a 1280 px window, and 400 % (WCAG 1.4.10 reflow). */
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
  { width: 640, height: 450 },
  { width: 320, height: 256 },
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Example {
  name: string;
  meta: Array<[string, string]>;
  /** The site banner and footer come from the manifest's `portal:` block. */
  landmarks: string[];
}

const EXAMPLES: Example[] = [
  {
    name: 'wujin-2020',
    meta: [
      ['SiteName', '常州市武进区人民政府'],
      ['SiteIDCode', '3204120012'],
      ['ColumnName', '政府信息公开'],
      ['ArticleTitle', '常州市武进区人民政府2020年法治政府建设工作报告'],
      ['PubDate', '2021-01-29'],
      ['ContentSource', '政府办'],
      ['Keywords', '法治政府建设,工作报告,武进区'],
      ['Author', '常州市武进区人民政府'],
      ['Description', '常州市武进区人民政府2020年法治政府建设工作报告'],
      ['IndexNumber', '014133058/2021-00012'],
      ['DocumentNumber', '武政发〔2021〕7号'],
    ],
    landmarks: ['banner', 'main', 'contentinfo'],
  },
  {
    name: 'masthead-demo',
    meta: [
      ['ArticleTitle', '常州市武进区人民政府关于2021年第一季度行政复议工作情况的报告'],
      ['PubDate', '2021-04-16'],
      ['ContentSource', '政府办'],
      ['Keywords', '行政复议,季度报告,武进区'],
      ['Author', '常州市武进区人民政府'],
      ['Description', '2021年第一季度全区行政复议案件收案、审结、纠错和应诉情况及下一步工作安排'],
      ['IndexNumber', '014133058/2021-00101'],
      ['DocumentNumber', '武政发〔2021〕32号'],
    ],
    landmarks: ['main'],
  },
];

/** One line per offending node, so a failure says what to fix and where. */
function describeResults(kind: string, results: Result[]): string {
  return results
    .map((rule) => [
      `${kind} ${rule.id} (${rule.impact ?? 'n/a'}): ${rule.help} ${rule.helpUrl}`,
      ...rule.nodes.map((node) => `  ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
    ].join('\n'))
    .join('\n');
}

/** WCAG contrast ratio of a #rgb / #rrggbb colour against white. */
function contrastOnWhite(color: string): number {
  const hex = color.replace('#', '');
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

async function runAxe(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    (tags) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: tags, resultTypes: ['violations', 'incomplete'] }),
    AXE_TAGS,
  );
}

describe('portal page accessibility (real CLI, real Chromium, axe-core)', () => {
  let out: string;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-a11y-'));
    for (const { name } of EXAMPLES) {
      const result = await runCli(['build', `data/${name}`, '--format', 'html', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
    }
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page as a reader's browser shows it; the page's CSP forbids the injected axe script. */
  async function open(name: string, viewport = VIEWPORTS[0]!): Promise<Page> {
    const page = await browser.newPage();
    await page.setBypassCSP(true);
    await page.setViewport(viewport);
    await page.goto(pathToFileURL(join(out, `${name}.html`)).href, { waitUntil: 'load' });
    return page;
  }

  describe.each(EXAMPLES)('$name', (example) => {
    it.each(VIEWPORTS)('has no axe violations and nothing left for review at $width px', async (viewport) => {
      const page = await open(example.name, viewport);
      try {
        const results = await runAxe(page);
        // axe cannot tell the background of text inside a chart's SVG and leaves it for
        // review; check those texts here instead: each is drawn in a fill with at least
        // 4.5:1 contrast on the figure's white, then take them out of the review list.
        for (const rule of results.incomplete.filter((r) => r.id === 'color-contrast')) {
          const inCharts = rule.nodes.filter((node) => /^text\b/.test(String(node.target[0])));
          for (const node of inCharts) {
            const fill = await page.evaluate((selector) => document.querySelector(`figure svg ${selector}`)?.getAttribute('fill') ?? null, String(node.target[0]));
            expect(fill, String(node.target[0])).not.toBeNull();
            expect(contrastOnWhite(fill!), `${node.target[0]} fill ${fill}`).toBeGreaterThanOrEqual(4.5);
          }
          rule.nodes = rule.nodes.filter((node) => !inCharts.includes(node));
        }
        results.incomplete = results.incomplete.filter((rule) => rule.nodes.length > 0);
        const problems = [...results.violations, ...results.incomplete].map((rule) => rule.id);
        expect(problems, `\n${describeResults('violation', results.violations)}\n${describeResults('needs review', results.incomplete)}`).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('reflows without horizontal scrolling down to 320 px (400 % zoom)', async () => {
      const page = await open(example.name);
      try {
        for (const viewport of VIEWPORTS) {
          await page.setViewport(viewport);
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
          expect(scrollWidth, `page width at ${viewport.width} px`).toBeLessThanOrEqual(clientWidth);
        }
      } finally {
        await page.close();
      }
    });

    it('carries the 《政府网站发展指引》 <meta> tags in order, with exact casing', async () => {
      const page = await open(example.name);
      try {
        const meta = await page.evaluate(() =>
          [...document.querySelectorAll('meta[name]')].map((m) => [m.getAttribute('name'), m.getAttribute('content')]).filter(([name]) => name !== 'viewport'),
        );
        expect(meta).toEqual(example.meta);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      } finally {
        await page.close();
      }
    });

    it('has one h1, the title on one line, and headings h1 → h2 → h3 without skipped levels', async () => {
      const page = await open(example.name);
      try {
        const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({ level: Number(h.tagName[1]), text: (h as HTMLElement).innerText })));
        const title = example.meta.find(([name]) => name === 'ArticleTitle')![1];
        expect(headings[0]).toEqual({ level: 1, text: title });
        expect(headings.filter((h) => h.level === 1)).toHaveLength(1);
        expect(headings.filter((h) => h.level === 2).length).toBeGreaterThanOrEqual(3);
        expect(headings.filter((h) => h.level === 3).length).toBeGreaterThanOrEqual(3);
        for (let i = 1; i < headings.length; i++) {
          expect(headings[i]!.level - headings[i - 1]!.level, `"${headings[i - 1]!.text}" → "${headings[i]!.text}"`).toBeLessThanOrEqual(1);
        }
      } finally {
        await page.close();
      }
    });

    it('has its landmarks and a disclosure table of row headers with a caption', async () => {
      const page = await open(example.name);
      try {
        const snapshot = await page.evaluate(() => ({
          landmarks: [...document.querySelectorAll('body > header, body > main, body > footer')].map((el) => ({ HEADER: 'banner', MAIN: 'main', FOOTER: 'contentinfo' })[el.tagName]),
          caption: document.querySelector('table.disclosure caption')?.textContent,
          rows: [...document.querySelectorAll('table.disclosure tr')].map((tr) => [...tr.children].map((cell) => `${cell.tagName}${cell.getAttribute('scope') ? `[${cell.getAttribute('scope')}]` : ''}`).join(' ')),
        }));
        expect(snapshot.landmarks).toEqual(example.landmarks);
        expect(snapshot.caption).toBe('政府信息公开');
        expect(snapshot.rows).toEqual(Array(11).fill('TH[row] TD'));
      } finally {
        await page.close();
      }
    });
  });
});
