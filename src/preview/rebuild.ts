import { compile } from '../compile.js';
import { Sink, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readProject, type ProjectFiles } from '../load/read-project.js';
import type { Templates } from '../load/read-templates.js';
import type { PdfPrinter } from '../pdf/printer.js';

/** One rebuild of the portal page: the page when it built, and every problem either way. */
export interface HtmlBuild {
  generation: number;
  /** The page, byte for byte what `report build --format html` writes; absent when the input has errors. */
  html?: string;
  /** The report's title, for the print view's tab. */
  title?: string;
  diagnostics: Diagnostic[];
  /** Report directories the inputs came from: this one and, with `previous:`, last year's. */
  dirs: string[];
  ms: number;
}

/** One print of the PDF, from the same files as the portal page of its generation. */
export interface PdfBuild {
  generation: number;
  pdf?: Uint8Array;
  pages?: number;
  /** Problems only the print finds (fonts), beyond the portal page's. */
  diagnostics: Diagnostic[];
  /** The print failed (the browser quit or froze): why, in English. */
  error?: Error;
  ms: number;
}

export interface RebuildOptions {
  templates: Templates;
  /** Without one, no PDF: the portal page only. */
  printer?: PdfPrinter;
  strict?: boolean;
  onHtml: (build: HtmlBuild) => void;
  onPdf: (build: PdfBuild) => void;
}

/**
 * The rebuild loop: each change reads the report again and renders the portal page first,
 * then prints the PDF from the same files, so the page never waits for the browser. One
 * build of each kind runs at a time; changes that come meanwhile make one more build, of
 * the newest files. A print whose generation is older than a newer good page is dropped
 * unseen (superseded), and the print of the newest one follows.
 */
export class RebuildLoop {
  readonly #dir: string;
  readonly #options: RebuildOptions;
  #generation = 0;
  #htmlRunning: Promise<void> | undefined;
  #htmlAgain = false;
  /** The newest good generation waiting for its print, with its files. */
  #pdfWanted: { generation: number; project: ProjectFiles } | undefined;
  #pdfRunning: Promise<void> | undefined;
  #latestGood = 0;

  constructor(dir: string, options: RebuildOptions) {
    this.#dir = dir;
    this.#options = options;
  }

  /** Something changed: rebuild (now, or once the build under way ends). Resolves when the portal page is done. */
  trigger(): Promise<void> {
    if (this.#htmlRunning) {
      this.#htmlAgain = true;
      return this.#htmlRunning;
    }
    this.#htmlRunning = this.#runHtml().finally(() => {
      this.#htmlRunning = undefined;
      if (this.#htmlAgain) {
        this.#htmlAgain = false;
        void this.trigger();
      }
    });
    return this.#htmlRunning;
  }

  /** Resolves once nothing is building or waiting to (for tests and the benchmark). */
  async idle(): Promise<void> {
    while (this.#htmlRunning || this.#pdfRunning) await Promise.all([this.#htmlRunning, this.#pdfRunning]);
  }

  async #runHtml(): Promise<void> {
    const started = performance.now();
    const generation = ++this.#generation;
    const sink = new Sink();
    const project = await readProject(this.#dir, sink);
    const result = await compile(project, { formats: new Set(['html']), templates: this.#options.templates, strict: this.#options.strict }, sink);
    const html = result.artifacts.find((a) => a.name.endsWith('.html'))?.content;
    const dirs = [project.dir, ...(project.previous ? [project.previous.dir] : [])];
    const good = typeof html === 'string';
    this.#options.onHtml({ generation, html: good ? html : undefined, title: good ? titleOf(html) : undefined, diagnostics: sink.sorted(), dirs, ms: performance.now() - started });
    if (!good || !this.#options.printer) return;
    this.#latestGood = generation;
    this.#pdfWanted = { generation, project };
    this.#pdfRunning ??= this.#runPdfs().finally(() => (this.#pdfRunning = undefined));
  }

  async #runPdfs(): Promise<void> {
    while (this.#pdfWanted) {
      const { generation, project } = this.#pdfWanted;
      this.#pdfWanted = undefined;
      const build = await this.#print(generation, project);
      // a newer good page came while this printed: its own print follows, this one is stale
      if (generation < this.#latestGood) continue;
      this.#options.onPdf(build);
    }
  }

  async #print(generation: number, project: ProjectFiles): Promise<PdfBuild> {
    const started = performance.now();
    const sink = new Sink();
    try {
      const result = await compile(project, { formats: new Set(['pdf']), templates: this.#options.templates, printer: this.#options.printer, strict: this.#options.strict }, sink);
      const pdf = result.artifacts.find((a) => a.name.endsWith('.pdf'))?.content;
      // analysis said its piece with the portal page: only what the print adds is news
      const extra = sink.sorted().filter((d) => d.rule.startsWith('font-'));
      return { generation, pdf: pdf instanceof Uint8Array ? pdf : undefined, pages: result.pages, diagnostics: extra, ms: performance.now() - started };
    } catch (error) {
      return { generation, diagnostics: [], error: error as Error, ms: performance.now() - started };
    }
  }
}

/** The page's <title>, as the portal page has it. */
function titleOf(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  return match ? decodeEntities(match[1]!) : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
