import { relative } from 'node:path';
import type { Diagnostic, Sink } from '../diagnostics/diagnostic.js';
import { formatReportGithub } from '../diagnostics/format-github.js';
import { formatReportJson, reportJson, type JsonWhere } from '../diagnostics/format-json.js';
import { formatReportSarif } from '../diagnostics/format-sarif.js';
import { formatDiagnosticText, formatReportText } from '../diagnostics/format-text.js';
import { text } from '../i18n/message.js';
import { langOf, UsageError, type Io } from './io.js';
import { packageVersion } from './version.js';

export const REPORTERS = ['text', 'json', 'github', 'sarif'] as const;
export type Reporter = (typeof REPORTERS)[number];

export interface PrintOptions {
  /** `--reporter`; when not given, github inside GitHub Actions, else text. */
  reporter?: Reporter;
  /** `--quiet`: errors only (warnings too when `strict` makes them fail the run). */
  quiet?: boolean;
  strict?: boolean;
}

/**
 * Prints every diagnostic and the summary. Text goes to stderr with paths relative to
 * the current directory (so editors and terminals can open them); JSON and SARIF go to
 * stdout; GitHub annotations go to stdout, where the runner reads workflow commands,
 * with the text report on stderr for the log.
 */
export function printDiagnostics(sink: Sink, dir: string, options: PrintOptions, io: Io): void {
  const all = sink.sorted();
  const diagnostics = shown(all, options);
  const reporter = chooseReporter(options.reporter, io.env);
  const base = cwdBase(dir);
  switch (reporter) {
    case 'json':
      io.stdout(`${formatReportJson(diagnostics, io.lang, whereOf(base))}\n`);
      return;
    case 'sarif':
      io.stdout(`${formatReportSarif(diagnostics, base, packageVersion(), io.lang)}\n`);
      return;
    case 'github':
      if (diagnostics.length > 0) io.stdout(`${formatReportGithub(diagnostics, base, io.lang)}\n`);
      io.stderr(`${formatReportText(diagnostics, base, io.lang, all)}\n`);
      return;
    case 'text':
      io.stderr(`${formatReportText(diagnostics, base, io.lang, all)}\n`);
  }
}

/** One report of a batch: where it is and what was found in it. */
export interface ReportRun {
  dir: string;
  sink: Sink;
  /** More about the run for the JSON reporter (pages, seconds, exit code). */
  extra?: Record<string, unknown>;
}

/**
 * A batch's diagnostics, every report's in turn: text and annotations line by line with
 * paths from the working directory (no per-report summary: the caller ends with the
 * summary table); JSON as `{ errors, warnings, reports: [...] }`, each report in the shape
 * one report prints; SARIF as one run holding every report's results.
 */
export function printBatchDiagnostics(runs: readonly ReportRun[], options: PrintOptions, io: Io): void {
  const reporter = chooseReporter(options.reporter, io.env);
  const each = runs.map((run) => ({ base: cwdBase(run.dir), diagnostics: shown(run.sink.sorted(), options) }));
  switch (reporter) {
    case 'json': {
      const reports = each.map(({ base, diagnostics }, i) => ({ ...reportJson(diagnostics, langOf(io), whereOf(base)), ...runs[i]!.extra }));
      const errors = reports.reduce((sum, r) => sum + r.errors, 0);
      const warnings = reports.reduce((sum, r) => sum + r.warnings, 0);
      io.stdout(`${JSON.stringify({ errors, warnings, reports }, null, 2)}\n`);
      return;
    }
    case 'sarif': {
      const located = each.flatMap(({ base, diagnostics }) => diagnostics.map((d) => ({ ...d, file: `${base}${d.file}` })));
      io.stdout(`${formatReportSarif(located, '', packageVersion(), io.lang)}\n`);
      return;
    }
    case 'github':
    case 'text': {
      const lines = each.flatMap(({ base, diagnostics }) => diagnostics.map((d) => formatDiagnosticText(d, base, io.lang)));
      if (reporter === 'github') {
        const annotations = each.map(({ base, diagnostics }) => formatReportGithub(diagnostics, base, io.lang)).filter(Boolean);
        if (annotations.length > 0) io.stdout(`${annotations.join('\n')}\n`);
      }
      if (lines.length > 0) io.stderr(`${lines.join('\n')}\n`);
    }
  }
}

/** The reporter in effect: the one asked for, else GitHub's annotations when run by GitHub Actions. */
export function chooseReporter(asked: Reporter | undefined, env: NodeJS.ProcessEnv): Reporter {
  return asked ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
}

/** `--quiet` drops warnings, unless `--strict` makes them the reason the run fails. */
function shown(diagnostics: Diagnostic[], options: PrintOptions): Diagnostic[] {
  return options.quiet && !options.strict ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
}

/** The JSON reporter's report directory (`.` for the working directory) and path prefix. */
function whereOf(base: string): JsonWhere {
  return { report: base.replace(/\/$/, '') || '.', base };
}

/** The report directory relative to the working directory, with a trailing slash (or empty). */
function cwdBase(dir: string): string {
  const base = relative(process.cwd(), dir).replace(/\\/g, '/');
  return base ? `${base}/` : '';
}

/** `--reporter`: one of REPORTERS, else a usage error. */
export function parseReporter(value: string): Reporter {
  if ((REPORTERS as readonly string[]).includes(value)) return value as Reporter;
  throw new UsageError(text('ui.cli.unknown-reporter', { value, known: [...REPORTERS] }));
}
