import { relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BrowserSession } from '../browser/session.js';
import { compile, FORMATS, type Format } from '../compile.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { say, text } from '../i18n/message.js';
import { readProject } from '../load/read-project.js';
import { readTemplates } from '../load/read-templates.js';
import { formatFontReport } from '../render/font-report.js';
import { discardStaged, newStaged, writeArtifacts, type WriteOptions } from '../write/atomic.js';
import { browserFailure } from './browser-failure.js';
import { holdInterrupts, onInterrupt } from './interrupt.js';
import { EXIT, langOf, UsageError, type Io } from './io.js';
import { locateBrowser } from './locate-browser.js';
import { chooseReporter, printDiagnostics, type PrintOptions } from './print-diagnostics.js';
import { reportDir } from './report-dir.js';
import { writeFailure } from './write-failure.js';

export interface BuildFlags extends PrintOptions {
  out?: string;
  format: string;
  browser?: string;
  timeout?: string;
}

/** Seconds the browser gets from its start to the finished PDF, unless --timeout or REPORT_TIMEOUT say otherwise. */
const DEFAULT_TIMEOUT_S = 120;

/** `report build [dir]`: validate, render, write all outputs atomically or none. Without [dir], the report around the current directory. */
export async function runBuild(dirArg: string | undefined, flags: BuildFlags, io: Io): Promise<number> {
  const started = performance.now();
  const lang = langOf(io);
  const dir = await reportDir(dirArg);
  const outDir = resolve(flags.out ?? resolve(dir, 'dist'));
  const formats = parseFormats(flags.format);
  const seconds = parseTimeout(flags.timeout, io.env);

  let session: BrowserSession | undefined;
  const staged = newStaged();
  // on a signal: the browser dies and the temp files go (cli/interrupt.ts)
  const forget = onInterrupt(() => {
    session?.kill();
    discardStaged(staged);
  });
  try {
    // Boot Chromium now, while the report is read and the Markdown processed.
    if (formats.has('pdf')) session = (await locateBrowser(flags.browser, io)).session(seconds * 1000);
    const sink = new Sink();
    const [templates, project] = await Promise.all([readTemplates(), readProject(dir, sink)]);
    const sourceDateEpoch = parseEpoch(io.env.SOURCE_DATE_EPOCH);
    const options = { formats, templates, browser: session?.browser, pdfTimeout: seconds * 1000, sourceDateEpoch, strict: flags.strict };
    const compiled = compile(project, options, sink);
    const result = await (session ? Promise.race([compiled, session.ended]) : compiled).catch((error: unknown) => {
      throw browserFailure(session, seconds, error);
    });
    session?.finish();
    printDiagnostics(sink, dir, flags, io);
    const reporter = chooseReporter(flags.reporter, io.env);
    if (result.fonts && !flags.quiet && (reporter === 'text' || reporter === 'github')) io.stderr(`${say(lang, 'ui.fonts.heading')}\n${formatFontReport(result.fonts, lang).join('\n')}\n`);
    if (sink.failed(flags.strict)) return EXIT.input;
    let written: string[];
    try {
      written = await writeArtifacts(outDir, result.artifacts, {
        staged,
        hold: holdInterrupts,
        onWait: ({ pid }) => io.stderr(`${say(lang, 'ui.faults.waiting', { pid, dir: relative(process.cwd(), outDir) || outDir })}\n`),
        pause: testPause(io.env.REPORT_TEST_PAUSE),
      });
    } catch (error) {
      throw writeFailure('write', outDir, error);
    }
    const took = ((performance.now() - started) / 1000).toFixed(2);
    const files = written.map((path) => relative(process.cwd(), path) || path);
    io.stderr(`${say(lang, 'ui.cli.build.wrote', { files, seconds: took })}\n`);
    return EXIT.ok;
  } finally {
    forget();
    await session?.close();
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
