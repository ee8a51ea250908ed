import { basename, resolve } from 'node:path';
import { analyze } from './analyze.js';
import type { Place, Sink } from './diagnostics/diagnostic.js';
import type { ProjectFiles } from './load/read-project.js';
import type { Templates } from './load/read-templates.js';
import type { ChartRasterizer } from './docx/rasterizer.js';
import type { PdfPrinter } from './pdf/printer.js';
import { plainTitle } from './render/document.js';
import { fontProblems, type FontReport } from './fonts/font-report.js';
import { renderHtml } from './render/html.js';
import { renderMetricsJson } from './render/metrics-json.js';
import { renderPrintHtml } from './render/print-html.js';
import { placeOf, type YamlFile } from './validate/yaml.js';
import type { Artifact } from './write/atomic.js';

export type Format = 'html' | 'pdf' | 'docx' | 'json';
/**
 * `json` is the resolved metrics (`<stem>.metrics.json`) for the portal's open data; `docx`
 * the 公文 for review in Word or WPS (`<stem>.docx`).
 */
export const FORMATS: readonly Format[] = ['html', 'pdf', 'docx', 'json'];

export interface CompileOptions {
  formats: ReadonlySet<Format>;
  templates: Templates;
  /** Prints the PDF (pdf/printer.ts): compile hands it the print page and gets data back. */
  printer?: PdfPrinter;
  /** Draws the charts to PNG for the DOCX (docx/rasterizer.ts), on the same browser. */
  rasterizer?: ChartRasterizer;
  /** Seconds since the epoch for the PDF's dates (SOURCE_DATE_EPOCH); else the 成文日期. */
  sourceDateEpoch?: number;
  /** Warnings fail the build too. */
  strict?: boolean;
}

export interface CompileResult {
  artifacts: Artifact[];
  /** Output file stem, e.g. `wujin-2020`. */
  stem: string;
  /** The faces each font role was drawn with (PDF builds only). */
  fonts?: FontReport;
  /** Pages of the PDF (PDF builds only). */
  pages?: number;
}

/**
 * load → validate → transform → render. Returns the artifacts to write; never writes.
 * With errors in the sink it returns no artifacts at all (nothing is written on error).
 */
export async function compile(project: ProjectFiles, options: CompileOptions, sink: Sink): Promise<CompileResult> {
  const { manifest, manifestYaml, store, sections } = await analyze(project, sink);
  const stem = manifest?.output ?? (basename(resolve(project.dir)) || 'report');
  if (!manifest || sink.failed(options.strict)) return { artifacts: [], stem };

  const artifacts: Artifact[] = [];
  let fonts: FontReport | undefined;
  let pages: number | undefined;
  if (options.formats.has('html')) {
    artifacts.push({ name: `${stem}.html`, content: renderHtml(manifest, sections, options.templates.webCss) });
  }
  // the documents' dates: SOURCE_DATE_EPOCH, else the 成文日期 (Beijing time)
  const date = options.sourceDateEpoch !== undefined ? new Date(options.sourceDateEpoch * 1000) : new Date(`${manifest.date}T00:00:00+08:00`);
  if (options.formats.has('pdf')) {
    if (!options.printer) throw new Error('compile needs a printer for PDF output');
    const printHtml = renderPrintHtml(manifest, sections, options.templates.printCss);
    const printed = await options.printer.print({
      html: printHtml,
      fonts: manifest.fonts,
      info: {
        title: plainTitle(manifest),
        author: manifest.issuer,
        subject: manifest.summary,
        keywords: manifest.keywords,
        language: 'zh-CN',
        documentNumber: manifest['document-number'] ?? undefined,
        indexNumber: manifest['index-number'] ?? undefined,
        date,
      },
    });
    fonts = printed.fonts;
    if (manifestYaml) reportFontProblems(fonts, manifestYaml, sink);
    artifacts.push({ name: `${stem}.pdf`, content: printed.pdf });
    pages = printed.pages;
  }
  if (options.formats.has('docx')) {
    if (!options.rasterizer) throw new Error('compile needs a rasterizer for DOCX output');
    // the docx library is only needed for DOCX output: loaded lazily, as pdf-lib is
    const { renderDocx } = await import('./docx/docx.js');
    artifacts.push({ name: `${stem}.docx`, content: await renderDocx(manifest, sections, options.rasterizer, date) });
  }
  if (options.formats.has('json')) {
    artifacts.push({ name: `${stem}.metrics.json`, content: renderMetricsJson(manifest, store) });
  }
  return { artifacts, stem, fonts, pages };
}

/**
 * The font report's warnings, placed in report.yaml at `fonts.<role>` or `fonts` when the
 * report has them (where the fix goes), else on the file alone.
 */
function reportFontProblems(fonts: FontReport, yaml: YamlFile, sink: Sink): void {
  for (const problem of fontProblems(fonts)) sink.warn(yaml.file.path, fontsPlace(yaml, problem.role), problem.message);
}

function fontsPlace(yaml: YamlFile, role: string): Place | undefined {
  if (yaml.doc.hasIn(['fonts', role])) return placeOf(yaml, ['fonts', role], { key: true });
  if (yaml.doc.has('fonts')) return placeOf(yaml, ['fonts'], { key: true });
  return undefined;
}
