import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { Sink } from '../src/diagnostics/diagnostic.js';
import type { FontReport } from '../src/fonts/font-report.js';
import { readTemplates } from '../src/load/read-templates.js';
import type { PdfPrinter, PrintJob } from '../src/pdf/printer.js';
import { manifestText, projectOf } from './helpers/project.js';

/** A fake printer (compile's one seam to the browser): records the job, returns a two-page PDF, its page count and a font report. */
function fakePrinter(fonts: FontReport): PdfPrinter & { jobs: PrintJob[] } {
  const jobs: PrintJob[] = [];
  return {
    jobs,
    async print(job) {
      jobs.push(job);
      const doc = await PDFDocument.create();
      doc.addPage();
      doc.addPage();
      return { pdf: await doc.save(), pages: doc.getPageCount(), layout: { signature: 'none', colophon: 'none' }, fonts };
    },
  };
}

const fallback: FontReport = {
  ms: 1,
  roles: [{ role: 'body', standard: '仿宋', used: [{ family: 'AR PL SungtiL GB', glyphs: 100 }], kind: 'fallback', preferred: false, fallbackGlyphs: 0, foreign: [] }],
} as unknown as FontReport;

describe('compile with a PdfPrinter', () => {
  it('hands the printer the print page and the report\'s faces, and places the font problems it returns at fonts.<role> in report.yaml', async () => {
    const printer = fakePrinter(fallback);
    const sink = new Sink();
    const project = projectOf({ 'report.yaml': manifestText('fonts:', '  body: [方正仿宋_GBK]'), 'sections/01.md': '正文。\n' });
    const result = await compile(project, { formats: new Set(['pdf']), templates: await readTemplates(), printer, sourceDateEpoch: 0 }, sink);
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]!.html).toContain('正文。');
    expect(printer.jobs[0]!.fonts?.body).toEqual(['方正仿宋_GBK']);
    // the document information travels with the job: the printer finishes the PDF in one pass
    expect(printer.jobs[0]!.info).toEqual({
      title: '某区2021年法治政府建设工作报告',
      author: '某区人民政府',
      subject: '某区2021年法治政府建设工作报告',
      keywords: [],
      language: 'zh-CN',
      documentNumber: undefined,
      indexNumber: '014133058/2022-00012',
      date: new Date(0),
    });
    expect(result.pages).toBe(2);
    expect(result.artifacts.map((a) => a.name)).toEqual([`${result.stem}.pdf`]);
    // the warning goes where the fix goes: the fonts.body key (line 9 of the manifest)
    expect(sink.diagnostics).toEqual([expect.objectContaining({ rule: 'font-fallback', file: 'report.yaml', place: { line: 9, column: 3 } })]);
  });

  it('asks no printer for an HTML build', async () => {
    const printer = fakePrinter(fallback);
    await compile(projectOf({ 'report.yaml': manifestText(), 'sections/01.md': '正文。\n' }), { formats: new Set(['html']), templates: await readTemplates(), printer }, new Sink());
    expect(printer.jobs).toEqual([]);
  });
});
