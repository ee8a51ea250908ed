import { basename, isAbsolute, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchBrowser } from '../browser/batch-browser.js';
import { compile, FORMATS, type Format } from '../compile.js';
import { browserPrinter, type PdfPrinter } from '../pdf/printer.js';
import { browserRasterizer, type ChartRasterizer } from '../docx/rasterizer.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { msg, say, text } from '../i18n/message.js';
import { readProject } from '../load/read-project.js';
import { readTemplates, type Templates } from '../load/read-templates.js';
import { formatFontReport, type FontReport } from '../fonts/font-report.js';
import { discardStaged, newStaged, writeArtifacts, type Staged, type WriteOptions } from '../write/atomic.js';
import { browserFailure } from './browser-failure.js';
import { holdInterrupts, onInterrupt } from './interrupt.js';
import { outInInputs } from '../write/out-in-inputs.js';
import type { Lang } from '../i18n/lang.js';
import { EXIT, langOf, UsageError, type Io } from './io.js';
import { locateBrowser } from './locate-browser.js';
import { chooseReporter, printDiagnostics, type PrintOptions } from './print-diagnostics.js';
import { emptyShare, runBatch } from './batch.js';
import { argList, resolveTargets, type TargetFlags } from './targets.js';
import { writeFailure } from './write-failure.js';

export interface BuildFlags extends PrintOptions, TargetFlags {
  out?: string;
  format: string;
  browser?: string;
  timeout?: string;
  /** Reports printed at once in a batch (pages of the one browser). */
  jobs?: string;
}

/** Reports printed at once in a batch, unless --jobs says otherwise. */
const DEFAULT_JOBS = 4;

/** Seconds the browser gets from its start to the finished PDF, unless --timeout or REPORT_TIMEOUT say otherwise. */
const DEFAULT_TIMEOUT_S = 120;

/** What every report of a run shares: the formats, the stylesheets, the one browser, the clock. */
interface BuildContext {
  formats: Set<Format>;
  templates: Templates;
  /** The run's one browser (PDF and DOCX builds), started again after a crash for the reports left. */
  browser: BatchBrowser<BrowserTools> | undefined;
  seconds: number;
  sourceDateEpoch: number | undefined;
  staged: Staged;
  flags: BuildFlags;
  io: Io;
}

/** What a report's build uses on the run's browser. */
interface BrowserTools {
  printer?: PdfPrinter;
  rasterizer?: ChartRasterizer;
}

/** One report built: its problems, its exit code, and what was written. */
interface Built {
  sink: Sink;
  code: number;
  fonts?: FontReport;
  pages?: number;
  written?: string[];
  /** The browser was started again for this report, after the last one crashed or stalled. */
  restarted?: boolean;
}

/**
 * `report build [dirs...]`: validate, render, write each report's outputs atomically or
 * none. Without a directory, the report around the current directory; with several (or
 * globs, --all, --shard), a batch: one browser serves them all, a few at a time.
 */
export async function runBuild(dirArgs: string[] | string | undefined, flags: BuildFlags, io: Io): Promise<number> {
  const started = performance.now();
  const lang = langOf(io);
  const targets = await resolveTargets(argList(dirArgs), flags);
  const formats = parseFormats(flags.format);
  const seconds = parseTimeout(flags.timeout, io.env);
  const sourceDateEpoch = parseEpoch(io.env.SOURCE_DATE_EPOCH);
  const jobs = parseJobs(flags.jobs);
  if (targets.dirs.length === 0) return emptyShare(flags.shard ?? '', targets.found, io);

  let browser: BatchBrowser<BrowserTools> | undefined;
  const staged = newStaged();
  // on a signal: the browser dies and the temp files go (cli/interrupt.ts)
  const forget = onInterrupt(() => {
    browser?.session.kill();
    discardStaged(staged);
  });
  try {
    // Boot Chromium now, while the report is read and the Markdown processed.
    if (formats.has('pdf') || formats.has('docx')) {
      const found = await locateBrowser(flags.browser, io);
      browser = new BatchBrowser(
        () => found.session(seconds * 1000),
        (session): BrowserTools => ({
          printer: formats.has('pdf') ? browserPrinter(session.browser, seconds * 1000) : undefined,
          // the same browser draws the DOCX's charts to PNG
          rasterizer: formats.has('docx') ? browserRasterizer(session.browser, seconds * 1000) : undefined,
        }),
      );
    }
    const context: BuildContext = { formats, templates: await readTemplates(), browser, seconds, sourceDateEpoch, staged, flags, io };
    if (targets.batch) {
      return await runBatch(targets.dirs, { ...flags, jobs }, io, async (dir) => {
        const built = await buildOne(dir, outDirOf(dir, flags.out, true), context);
        const notes = built.restarted ? [say(lang, 'ui.batch.browser-restarted')] : [];
        if (built.written) notes.push(wroteLine(built.written, undefined, lang));
        return { sink: built.sink, code: built.code, pages: built.pages, notes };
      });
    }
    const dir = targets.dirs[0]!;
    const built = await buildOne(dir, outDirOf(dir, flags.out, false), context);
    browser?.session.finish();
    printDiagnostics(built.sink, dir, flags, io);
    const reporter = chooseReporter(flags.reporter, io.env);
    if (built.fonts && !flags.quiet && (reporter === 'text' || reporter === 'github')) io.stderr(`${say(lang, 'ui.fonts.heading')}\n${formatFontReport(built.fonts, lang).join('\n')}\n`);
    if (!built.written) return built.code;
    io.stderr(`${wroteLine(built.written, (performance.now() - started) / 1000, lang)}\n`);
    return EXIT.ok;
  } finally {
    forget();
    await browser?.session.close();
  }
}

/** Reads, compiles and writes one report; its problems come back in its own sink. */
async function buildOne(dir: string, outDir: string, context: BuildContext): Promise<Built> {
  const { seconds, flags, io } = context;
  const sink = new Sink();
  const project = await readProject(dir, sink);
  const input = await outInInputs(outDir, project);
  if (input !== undefined) {
    // said with the other problems, and nothing is written: the build would overwrite its own inputs
    sink.error(relative(dir, outDir) || '.', undefined, msg('out-in-inputs', { out: flags.out ?? outDir, input: relative(dir, input) || '.' }));
  }
  // the browser is taken as the report starts printing: after a crash, a new one
  const taken = context.browser?.take();
  const session = taken?.session;
  const options = { formats: context.formats, templates: context.templates, ...taken?.tools, sourceDateEpoch: context.sourceDateEpoch, strict: flags.strict };
  session?.progress();
  const compiled = compile(project, options, sink);
  const result = await (session ? Promise.race([compiled, session.ended]) : compiled).catch((error: unknown) => {
    throw browserFailure(session, seconds, error);
  });
  session?.progress();
  const restarted = taken?.restartedAfter !== undefined;
  if (sink.failed(flags.strict)) return { sink, code: EXIT.input, fonts: result.fonts, restarted };
  const lang = langOf(io);
  let written: string[];
  try {
    written = await writeArtifacts(outDir, result.artifacts, {
      staged: context.staged,
      hold: holdInterrupts,
      onWait: ({ pid }) => io.stderr(`${say(lang, 'ui.faults.waiting', { pid, dir: relative(process.cwd(), outDir) || outDir })}\n`),
      pause: testPause(io.env.REPORT_TEST_PAUSE),
    });
  } catch (error) {
    throw writeFailure('write', outDir, error);
  }
  return { sink, code: EXIT.ok, fonts: result.fonts, pages: result.pages, written, restarted };
}

/**
 * Where a report's outputs go: its own dist/ by default; with -o, that directory for one
 * report, and for a batch a folder in it per report, named by the report's path from the
 * working directory (reports/财政局/2024 → <out>/reports/财政局/2024), so two reports of
 * the same name in different places never overwrite each other.
 */
function outDirOf(dir: string, out: string | undefined, batch: boolean): string {
  if (out === undefined) return resolve(dir, 'dist');
  if (!batch) return resolve(out);
  const path = relative(process.cwd(), dir);
  return resolve(out, path === '' || path.startsWith('..') || isAbsolute(path) ? basename(dir) : path);
}

function wroteLine(written: string[], seconds: number | undefined, lang: Lang): string {
  const files = written.map((path) => relative(process.cwd(), path) || path);
  if (seconds === undefined) return say(lang, 'ui.batch.wrote', { files });
  return say(lang, 'ui.cli.build.wrote', { files, seconds: seconds.toFixed(2) });
}

/**
 * `--jobs`: reports at once in a batch, default 4. More reports than cores still pays: while
 * Chromium prints one, this process reads and renders the next (20 reports on 2 cores:
 * 7.4 s with 2 at once, 6.7 s with 4, and 30 MiB more at the peak).
 */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return DEFAULT_JOBS;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(text('ui.batch.bad-jobs', { value }));
  return jobs;
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

/** `--timeout`, else REPORT_TIMEOUT, else the default: positive seconds (fractions allowed, for tests). */
function parseTimeout(flag: string | undefined, env: NodeJS.ProcessEnv): number {
  const [value, source] = flag !== undefined ? [flag, '--timeout'] : [env.REPORT_TIMEOUT, 'REPORT_TIMEOUT'];
  if (value === undefined || value.trim() === '') return DEFAULT_TIMEOUT_S;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(text('ui.faults.invalid-timeout', { value, source }));
  return seconds;
}

/**
 * Test-only, not a user setting: `REPORT_TEST_PAUSE=<staged|commit>:<ms>` makes the writer
 * wait there (after the temp files are written; between the renames, with signals
 * deferred), so test/hostile/faults-*.test.ts can signal or race a build at that moment.
 */
function testPause(value: string | undefined): WriteOptions['pause'] {
  const match = /^(staged|commit):(\d+)$/.exec(value ?? '');
  if (!match) return undefined;
  const [, phase, ms] = match;
  return async (at) => {
    if (at === phase) await sleep(Number(ms));
  };
}
