import { relative, resolve } from 'node:path';
import type { Browser } from 'puppeteer';
import { findBrowser, NO_BROWSER_HELP } from '../browser/find-browser.js';
import { compile, FORMATS, type Format } from '../compile.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { readProject } from '../load/read-project.js';
import { readTemplates } from '../load/read-templates.js';
import { formatFontReport } from '../render/font-report.js';
import { writeArtifacts } from '../write/atomic.js';
import { EXIT, UsageError, type Io } from './io.js';
import { printDiagnostics, type Reporter } from './print-diagnostics.js';
import { reportDir } from './report-dir.js';

export interface BuildFlags {
  out?: string;
  format: string;
  strict?: boolean;
  reporter: Reporter;
  browser?: string;
}

/** `report build [dir]`: validate, render, write all outputs atomically or none. Without [dir], the report around the current directory. */
export async function runBuild(dirArg: string | undefined, flags: BuildFlags, io: Io): Promise<number> {
  const started = performance.now();
  const dir = await reportDir(dirArg);
  const outDir = resolve(flags.out ?? resolve(dir, 'dist'));
  const formats = parseFormats(flags.format);

  let browser: Promise<Browser> | undefined;
  if (formats.has('pdf')) {
    // puppeteer takes a quarter of a second to import: only PDF builds pay for it.
    const [{ default: puppeteer }, { launchBrowser }] = await Promise.all([import('puppeteer'), import('../browser/launch.js')]);
    const found = findBrowser({ explicit: flags.browser, env: io.env, puppeteerPath: () => puppeteer.executablePath() });
    if (!found) throw new UsageError(NO_BROWSER_HELP);
    // Boot Chromium now, while the report is read and the Markdown processed.
    browser = launchBrowser(found);
    browser.catch(() => undefined);
  }

  const sink = new Sink();
  try {
    const [templates, project] = await Promise.all([readTemplates(), readProject(dir, sink)]);
    const sourceDateEpoch = parseEpoch(io.env.SOURCE_DATE_EPOCH);
    const result = await compile(project, { formats, templates, browser, sourceDateEpoch, strict: flags.strict }, sink);
    printDiagnostics(sink, dir, flags.reporter, io);
    if (result.fonts && flags.reporter === 'text') io.stderr(`fonts:\n${formatFontReport(result.fonts).join('\n')}\n`);
    if (sink.failed(flags.strict)) return EXIT.input;
    let written: string[];
    try {
      written = await writeArtifacts(outDir, result.artifacts);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const names = written.map((path) => relative(process.cwd(), path) || path).join(', ');
    io.stderr(`wrote ${names} in ${seconds} s\n`);
    return EXIT.ok;
  } finally {
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }
}

function parseFormats(value: string): Set<Format> {
  const formats = new Set<Format>();
  for (const part of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(FORMATS as readonly string[]).includes(part)) throw new UsageError(`unknown format "${part}" (use ${FORMATS.join(', ')})`);
    formats.add(part as Format);
  }
  if (formats.size === 0) throw new UsageError(`--format needs at least one of ${FORMATS.join(', ')}`);
  return formats;
}

function parseEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${value}")`);
  return seconds;
}
