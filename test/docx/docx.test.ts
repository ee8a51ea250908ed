import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { renderDocx } from '../../src/docx/docx.js';
import { PAGE } from '../../src/docx/page-setup.js';
import { browserRasterizer, type ChartImage, type ChartRasterizer } from '../../src/docx/rasterizer.js';
import { readProject } from '../../src/load/read-project.js';
import { startBrowser } from '../helpers/browser.js';
import { readDocx, type DocxTable } from '../helpers/docx.js';
import { ROOT } from '../helpers/run-cli.js';

async function docxOf(example: string, rasterizer: ChartRasterizer) {
  const sink = new Sink();
  const { manifest, sections } = await analyze(await readProject(join(ROOT, 'data', example), sink), sink);
  const path = join(mkdtempSync(join(tmpdir(), 'report-docx-unit-')), `${example}.docx`);
  writeFileSync(path, await renderDocx(manifest!, sections, rasterizer, new Date(`${manifest!.date}T00:00:00+08:00`)));
  return readDocx(path);
}

/** PNG width and height from its IHDR chunk. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe('renderDocx', () => {
  let browser: Browser;
  const asked: ChartImage[][] = [];
  let rasterizer: ChartRasterizer;

  beforeAll(async () => {
    browser = await startBrowser();
    const real = browserRasterizer(Promise.resolve(browser));
    rasterizer = { png: (charts) => (asked.push([...charts]), real.png(charts)) };
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws each chart once to PNG, at three times its printed size, beside its SVG', async () => {
    asked.length = 0;
    const docx = await docxOf('disclosure-2023', rasterizer);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(1);
    const chart = asked[0]![0]!;
    expect(chart.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // the 版心's width (156 mm in CSS px), the height by the chart's aspect ratio
    expect(chart.width).toBe(590);
    const [png] = await browserRasterizer(Promise.resolve(browser)).png([chart]);
    expect(pngSize(png!)).toEqual([3 * chart.width, 3 * chart.height]);
    expect(docx.blocks.filter((b) => b.kind === 'picture')).toEqual([expect.objectContaining({ pictures: 1, svg: 1 })]);
  });

  it('keeps the row and column spans of the standard tables, their header rows repeating, as wide as the 版心', async () => {
    const docx = await docxOf('disclosure-2023', rasterizer);
    const tables = docx.blocks.filter((b): b is DocxTable => b.kind === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect(table.columns.reduce((a, b) => a + b, 0)).toBe(PAGE.textWidth);
    // table 三: applicants, two header rows and a label spanning three columns and three rows
    const three = tables.find((t) => t.rows.some((r) => r.cells.some((c) => c.text === '自然人')))!;
    expect(three.rows.slice(0, 2).every((r) => r.header)).toBe(true);
    expect(three.rows.slice(3).some((r) => r.header)).toBe(false);
    expect(three.rows.flatMap((r) => r.cells).some((c) => c.span === 3)).toBe(true);
    expect(three.rows.flatMap((r) => r.cells).some((c) => c.continued)).toBe(true);
    // every row fills the grid
    for (const row of three.rows) expect(row.cells.reduce((n, c) => n + c.span, 0)).toBe(three.columns.length);
    // columns shared out as the browser's automatic layout does: the reasons' column wide, the figures' narrow
    expect(three.columns).toHaveLength(10);
    expect(three.columns[2]).toBeGreaterThan(3 * three.columns[4]!);
  });

  it('asks for no picture when the report has no chart', async () => {
    asked.length = 0;
    const docx = await docxOf('masthead-demo', rasterizer);
    expect(asked).toEqual([[]]);
    expect(docx.blocks.some((b) => b.kind === 'picture')).toBe(false);
  });
});
