import { relative, resolve } from 'node:path';
import type { Browser } from 'puppeteer';
import { compile, FORMATS, type Format } from '../compile.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { say, text } from '../i18n/message.js';
import { readProject } from '../load/read-project.js';
import { readTemplates } from '../load/read-templates.js';
import { formatFontReport } from '../render/font-report.js';
import { writeArtifacts } from '../write/atomic.js';
import { EXIT, langOf, UsageError, type Io } from './io.js';
import { locateBrowser } from './locate-browser.js';
import { chooseReporter, printDiagnostics, type PrintOptions } from './print-diagnostics.js';
import { reportDir } from './report-dir.js';
import { writeFailure } from './write-failure.js';

export interface BuildFlags extends PrintOptions {
  out?: string;
  format: string;
  browser?: string;
}

/** `report build [dir]`: validate, render, write all outputs atomically or none. Without [dir], the report around the current directory. */
export async function runBuild(dirArg: string | undefined, flags: BuildFlags, io: Io): Promise<number> {
  const started = performance.now();
  const lang = langOf(io);
  const dir = await reportDir(dirArg);
  const outDir = resolve(flags.out ?? resolve(dir, 'dist'));
  const formats = parseFormats(flags.format);

  let browser: Promise<Browser> | undefined;
  if (formats.has('pdf')) {
    // Boot Chromium now, while the report is read and the Markdown processed.
    browser = (await locateBrowser(flags.browser, io)).start();
    browser.catch(() => undefined);
  }

  const sink = new Sink();
  try {
    const [templates, project] = await Promise.all([readTemplates(), readProject(dir, sink)]);
    const sourceDateEpoch = parseEpoch(io.env.SOURCE_DATE_EPOCH);
    const result = await compile(project, { formats, templates, browser, sourceDateEpoch, strict: flags.strict }, sink);
    printDiagnostics(sink, dir, flags, io);
    const reporter = chooseReporter(flags.reporter, io.env);
    if (result.fonts && !flags.quiet && (reporter === 'text' || reporter === 'github')) io.stderr(`${say(lang, 'ui.fonts.heading')}\n${formatFontReport(result.fonts, lang).join('\n')}\n`);
    if (sink.failed(flags.strict)) return EXIT.input;
    let written: string[];
    try {
      written = await writeArtifacts(outDir, result.artifacts);
    } catch (error) {
      throw writeFailure('write', outDir, error);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const files = written.map((path) => relative(process.cwd(), path) || path);
    io.stderr(`${say(lang, 'ui.cli.build.wrote', { files, seconds })}\n`);
    return EXIT.ok;
  } finally {
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }
}

function parseFormats(value: string): Set<Format> {
  const formats = new Set<Format>();
  for (const part of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(part)) throw new UsageError(text('ui.cli.unknown-format', { value: part, known: [...FORMATS] }));
    formats.add(part as Format);
  }
  if (formats.size === 0) throw new UsageError(text('ui.cli.no-format', { known: [...FORMATS] }));
  return formats;
}

function parseEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0) throw new UsageError(text('ui.cli.source-date-epoch', { value }));
  return seconds;
}
