import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePdf, type MeasuredPage } from '../helpers/layout.js';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { copyExample, expectOnlyFontWarnings } from '../helpers/report-copy.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * Issue 8, item 11: a run-in heading (`### 主动公开。2023年，…`) prints as one paragraph,
 * the heading in its level's face and the text in the body face on the same line, numbered
 * with the ordinary headings around it. The disclosure example, with two of its （一）-level
 * headings run into their paragraphs.
 */
describe('report build with run-in headings (real CLI, real Chromium)', () => {
  let html: string;
  let pages: MeasuredPage[];
  let pdf: InspectedPdf;

  beforeAll(async () => {
    const dir = copyExample('disclosure-2023');
    const section = join(dir, 'sections/01-overview.md');
    const text = readFileSync(section, 'utf8');
    const runIn = text.replace('### （一）主动公开\n\n', '### 主动公开。').replace('### （三）政府信息管理\n\n', '### 政府信息管理。');
    expect(runIn).not.toBe(text);
    writeFileSync(section, runIn);
    const out = mkdtempSync(join(tmpdir(), 'report-run-in-'));
    const result = await runCli(['build', dir, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expectOnlyFontWarnings(result.stderr);
    html = readFileSync(join(out, 'disclosure-2023.html'), 'utf8');
    pages = await measurePdf(join(out, 'disclosure-2023.pdf'));
    pdf = await inspectPdf(join(out, 'disclosure-2023.pdf'));
  });

  /** The printed line that starts with this text. */
  function line(start: string) {
    const found = pages.flatMap((p) => p.lines).find((l) => l.text.startsWith(start));
    expect(found, `no line starts with ${start}`).toBeDefined();
    return found!;
  }

  it('writes the heading as a heading element running into its paragraph in the HTML', () => {
    expect(html).toContain('<div class="run-in"><h3>（一）主动公开。</h3><p>2023年，我局通过区政府门户网站主动公开政府信息326条');
    expect(html).toContain('<div class="run-in"><h3>（三）政府信息管理。</h3><p>严格落实政府信息公开前保密审查');
  });

  it('prints the heading and its text on one line, numbered on from the ordinary headings', () => {
    expect(line('（一）主动公开。2023年，').text).toMatch(/^（一）主动公开。2023年，我局/);
    expect(line('（二）依申请公开').text).toBe('（二）依申请公开');
    expect(line('（三）政府信息管理。严格落实').text).toMatch(/^（三）政府信息管理。严格落实/);
    expect(line('（四）政府信息公开平台建设').text).toBe('（四）政府信息公开平台建设');
  });

  it('sets the heading in the 楷体 face and its text in the body face, as an ordinary （一） heading and paragraph', () => {
    const heading2 = line('（二）依申请公开').fonts;
    const body = line('全年新收政府信息公开申请').fonts;
    expect(heading2).toHaveLength(1);
    expect(heading2[0]).not.toBe(body[0]);
    for (const start of ['（一）主动公开。', '（三）政府信息管理。']) {
      const fonts = line(start).fonts;
      expect(fonts).toContain(heading2[0]);
      expect(fonts).toContain(body[0]);
    }
  });

  it('indents the run-in paragraph 2 字 like any paragraph, its next line flush left', () => {
    const ordinary = line('全年新收政府信息公开申请');
    const runIn = line('（一）主动公开。');
    expect(Math.abs(runIn.left - ordinary.left)).toBeLessThan(1);
    const next = pages.flatMap((p) => p.lines).find((l) => l.text.startsWith('开政府信息326条') || l.text.startsWith('政府信息326条'));
    expect(next?.left).toBeLessThan(runIn.left - 5);
  });

  it('keeps the run-in headings in the PDF bookmarks', () => {
    const titles = JSON.stringify(pdf.outline);
    expect(titles).toContain('（一）主动公开。');
    expect(titles).toContain('（三）政府信息管理。');
    expect(titles).toContain('（二）依申请公开');
  });
});
