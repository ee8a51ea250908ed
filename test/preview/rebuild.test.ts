import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../src/load/read-templates.js';
import type { PdfPrinter, PrintJob } from '../../src/pdf/printer.js';
import { RebuildLoop, type HtmlBuild, type PdfBuild } from '../../src/preview/rebuild.js';
import { copyExample } from '../helpers/report-copy.js';
import { ROOT } from '../helpers/run-cli.js';

const SECTION = 'sections/07-closing.md';

/**
 * A printer that holds each print until the test lets it go, and hands back the print
 * blank page: the loop's order of work is what is tested here; the real
 * print is test/e2e/preview.test.ts's.
 */
function heldPrinter(): { printer: PdfPrinter; jobs: PrintJob[]; release: () => void } {
  const jobs: PrintJob[] = [];
  const waiting: Array<() => void> = [];
  return {
    jobs,
    release: () => waiting.splice(0).forEach((go) => go()),
    printer: {
      async print(job) {
        jobs.push(job);
        await new Promise<void>((resolve) => waiting.push(resolve));
        const doc = await PDFDocument.create();
        doc.addPage();
        return { pdf: await doc.save(), pages: 1, layout: {} as never, fonts: { roles: [] } as never };
      },
    },
  };
}

const until = async (test: () => boolean) => {
  for (let i = 0; i < 400 && !test(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(test()).toBe(true);
};

describe('the rebuild loop', () => {
  it('renders the portal page as report build does; a broken edit gives diagnostics and no page', async () => {
    const dir = copyExample('wujin-2020');
    const htmls: HtmlBuild[] = [];
    const loop = new RebuildLoop(dir, { templates: await readTemplates(), onHtml: (b) => htmls.push(b), onPdf: () => undefined });
    await loop.trigger();
    expect(htmls[0]!.html).toContain('<!DOCTYPE html>');
    expect(htmls[0]!.title).toBe('常州市武进区人民政府2020年法治政府建设工作报告');
    expect(htmls[0]!.dirs).toEqual([dir]);
    writeFileSync(join(dir, SECTION), `${readFileSync(join(dir, SECTION), 'utf8')}\n{{没有这个指标}}\n`);
    await loop.trigger();
    expect(htmls[1]!.html).toBeUndefined();
    expect(htmls[1]!.generation).toBe(2);
    expect(htmls[1]!.diagnostics.map((d) => [d.file, d.rule])).toEqual([[SECTION, 'unknown-metric']]);
  });

  it('names last year\'s report among the directories to watch, when previous: names one', async () => {
    const dir = copyExample('wujin-2021');
    cpSync(join(ROOT, 'data', 'wujin-2020'), join(dir, '..', 'wujin-2020'), { recursive: true, filter: (src) => !src.includes('/dist') });
    const htmls: HtmlBuild[] = [];
    const loop = new RebuildLoop(dir, { templates: await readTemplates(), onHtml: (b) => htmls.push(b), onPdf: () => undefined });
    await loop.trigger();
    expect(htmls[0]!.dirs).toEqual([dir, join(dir, '..', 'wujin-2020')]);
  });

  it('prints after the page, from the same files; a print overtaken by a newer good page is dropped unseen', async () => {
    const dir = copyExample('wujin-2020');
    const original = readFileSync(join(dir, SECTION), 'utf8');
    const { printer, jobs, release } = heldPrinter();
    const htmls: HtmlBuild[] = [];
    const pdfs: PdfBuild[] = [];
    const loop = new RebuildLoop(dir, { templates: await readTemplates(), printer, onHtml: (b) => htmls.push(b), onPdf: (b) => pdfs.push(b) });
    await loop.trigger();
    // the page is out while its print is still held
    await until(() => jobs.length === 1);
    expect(htmls.map((b) => b.generation)).toEqual([1]);
    expect(pdfs).toEqual([]);
    // two more saves while generation 1 prints: the pages come at once, one print of the newest follows
    writeFileSync(join(dir, SECTION), `${original}\n第二版。\n`);
    await loop.trigger();
    writeFileSync(join(dir, SECTION), `${original}\n第三版。\n`);
    await loop.trigger();
    expect(htmls.map((b) => b.generation)).toEqual([1, 2, 3]);
    release();
    await until(() => jobs.length === 2);
    expect(jobs[1]!.html).toContain('第三版');
    release();
    await loop.idle();
    expect(pdfs.map((b) => b.generation)).toEqual([3]);
    expect(pdfs[0]!.error).toBeUndefined();
    expect(pdfs[0]!.pages).toBe(1);
  });

  it('keeps the print of the last good page when a newer edit is broken', async () => {
    const dir = copyExample('wujin-2020');
    const { printer, jobs, release } = heldPrinter();
    const pdfs: PdfBuild[] = [];
    const loop = new RebuildLoop(dir, { templates: await readTemplates(), printer, onHtml: () => undefined, onPdf: (b) => pdfs.push(b) });
    await loop.trigger();
    await until(() => jobs.length === 1);
    writeFileSync(join(dir, SECTION), '{{没有这个指标}}\n');
    await loop.trigger();
    release();
    await loop.idle();
    expect(pdfs.map((b) => b.generation)).toEqual([1]);
    expect(jobs).toHaveLength(1);
  });

  it('says a print that failed, and goes on', async () => {
    const dir = copyExample('wujin-2020');
    const pdfs: PdfBuild[] = [];
    const printer: PdfPrinter = { print: () => Promise.reject(new Error('the browser quit')) };
    const loop = new RebuildLoop(dir, { templates: await readTemplates(), printer, onHtml: () => undefined, onPdf: (b) => pdfs.push(b) });
    await loop.trigger();
    await loop.idle();
    expect(pdfs[0]!.error?.message).toBe('the browser quit');
    expect(pdfs[0]!.pdf).toBeUndefined();
  });
});
