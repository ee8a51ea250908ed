import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { analyze } from '../../src/analyze.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { readProject } from '../../src/load/read-project.js';
import { readTemplates } from '../../src/load/read-templates.js';
import { splitTallTables } from '../../src/pdf/split-tables.js';
import { renderPrintHtml } from '../../src/render/print-html.js';
import { ROOT } from '../helpers/run-cli.js';

/**
 * What the table pass costs: every probe print is a whole print of the report. The tables
 * that hold on their page are found by one print for all of them; only a table that is cut
 * pays more (its rounds, then one print for the tables after it, which the cut moved).
 */
describe('splitTallTables prints (real Chromium)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function passOn(example: string): Promise<{ prints: number; splits: number[][] }> {
    const sink = new Sink();
    const { manifest, sections } = await analyze(await readProject(`${ROOT}data/${example}`, sink), sink);
    const html = renderPrintHtml(manifest!, sections, (await readTemplates()).printCss);
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      let prints = 0;
      const report = await splitTallTables(page, () => {
        prints++;
        return page.pdf({ preferCSSPageSize: true, printBackground: true });
      });
      return { prints, splits: report.splits };
    } finally {
      await page.close();
    }
  }

  it('asks once for all the tables when none of them is cut (one print per table before)', async () => {
    const { prints, splits } = await passOn('disclosure-2023');
    expect(splits).toEqual([[], []]);
    expect(prints).toBe(1);
  });

  it('pays the rounds of a table that is cut, then one print for the tables after it', async () => {
    const { prints, splits } = await passOn('disclosure-2019');
    expect(splits).toEqual([[20], []]);
    // one for both tables, two rounds to place the cut of table 三, one for table 四 after it
    expect(prints).toBe(4);
  });
});
