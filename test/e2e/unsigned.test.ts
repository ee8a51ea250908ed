import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { copyExample, expectOnlyFontWarnings } from '../helpers/report-copy.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Issue 8, items 8 and 9: a disclosure report as many are published, ending with its text
 * (no 发文机关署名 and 成文日期) and with no 索引号, 发布机构 or 分类 on its portal page.
 */
describe('report build of a report without signature and without 索引号, 发布机构, 分类 (real CLI, real Chromium)', () => {
  let html: string;
  let pdf: InspectedPdf;
  let stderr: string;

  beforeAll(async () => {
    const dir = copyExample('disclosure-2023');
    const yaml = readFileSync(join(dir, 'report.yaml'), 'utf8')
      .replace(/^index-number: .*$/m, 'index-number: none')
      .replace(/^publisher: .*$/m, 'publisher: 无')
      .replace(/^classification:\n(?: {2}.*\n)+/m, 'classification: none\n');
    writeFileSync(join(dir, 'report.yaml'), `${yaml}signature: none\n`);
    const result = await runCli(['build', '.', '--out', 'dist'], { cwd: dir });
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
    html = readFileSync(join(dir, 'dist', 'disclosure-2023.html'), 'utf8');
    pdf = await inspectPdf(join(dir, 'dist', 'disclosure-2023.pdf'));
  }, 120_000);

  it('builds with no problem but the fonts', () => {
    expectOnlyFontWarnings(stderr);
  });

  it('ends the PDF with the text: no issuer line and no 成文日期 at the end of the last page', () => {
    const last = pdf.pages.at(-1)!;
    expect(last.text).not.toContain('2024年1月19日');
    const lines = last.items.filter((item) => item.str.trim() !== '');
    // the last thing printed is body text (or the page number), never the 署名
    expect(lines.map((item) => item.str.trim())).not.toContain('某区司法局');
    expect(pdf.pages.every((page) => !page.text.includes('2024年1月19日'))).toBe(true);
  });

  it('keeps 成文日期 as metadata and leaves 索引号 out of the document info', () => {
    expect(pdf.info.Author).toBe('某区司法局');
    const custom = (pdf.info.Custom ?? {}) as Record<string, string>;
    expect(custom.IndexNumber).toBeUndefined();
  });

  it('has no signature in the HTML, empty 索引号, 发布机构 and 分类 cells, and no meta tag for them', () => {
    expect(html).not.toMatch(/class="signature|class="issuer"|<time datetime="2024-01-19"/);
    for (const label of ['索引号', '主题分类', '体裁分类', '组配分类', '发布机构']) {
      expect(html).toContain(`<tr><th scope="row">${label}</th><td></td></tr>`);
    }
    expect(html).not.toMatch(/<meta name="(IndexNumber|ContentSource)"/);
  });
});
