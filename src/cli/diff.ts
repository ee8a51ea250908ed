import { relative, resolve } from 'node:path';
import { Sink } from '../diagnostics/diagnostic.js';
import { diffMetrics } from '../diff/diff-metrics.js';
import { formatDiffJson } from '../diff/format-diff-json.js';
import { formatDiffMarkdown } from '../diff/format-diff-markdown.js';
import { formatDiffText } from '../diff/format-diff-text.js';
import { gitReader } from '../load/git-reader.js';
import { readProject, type ReadOptions } from '../load/read-project.js';
import { storeFromFiles } from '../metrics/store-from-files.js';
import type { MetricStore } from '../metrics/store.js';
import { text } from '../i18n/message.js';
import { EXIT, langOf, UsageError, type Io } from './io.js';
import type { DiffFormat } from './diff-format.js';
import { printDiagnostics, type Reporter } from './print-diagnostics.js';


export interface DiffFlags {
  rev?: string;
  format: DiffFormat;
  reporter?: Reporter;
}

const FORMATTERS = { text: formatDiffText, markdown: formatDiffMarkdown, json: formatDiffJson };

/**
 * Problems that leave a report's metrics unknown, so no diff can be trusted. Everything
 * else (a failed check, a blank, a missing section) is the report's business, not the
 * diff's: the diff shows the figures as they stand.
 */
const UNREADABLE = new Set(['missing-manifest', 'yaml-syntax', 'duplicate-key', 'metric-invalid', 'duplicate-metric']);

/** `report diff <old> <new>` or `report diff --rev <revision> [dir]`: metrics added, removed, changed. */
export async function runDiff(args: string[], flags: DiffFlags, io: Io): Promise<number> {
  if (flags.rev !== undefined ? args.length > 1 : args.length !== 2) {
    throw new UsageError(text(flags.rev !== undefined ? 'ui.diff.one-dir' : 'ui.diff.two-dirs'));
  }
  const newDir = resolve(args[flags.rev !== undefined ? 0 : 1] ?? '.');
  const oldDir = flags.rev !== undefined ? newDir : resolve(args[0]!);
  let reader: ReadOptions['reader'];
  if (flags.rev !== undefined) {
    try {
      reader = await gitReader(newDir, flags.rev);
    } catch (error) {
      throw revisionUnreadable(error as Error, newDir, flags.rev);
    }
  }
  const [old, next] = await Promise.all([metricsOf(oldDir, { reader }, flags.reporter, io), metricsOf(newDir, {}, flags.reporter, io)]);
  if (!old || !next) return EXIT.input;
  const name = (dir: string) => relative(process.cwd(), dir) || '.';
  const oldName = flags.rev !== undefined ? `${name(oldDir)}@${flags.rev}` : name(oldDir);
  io.stdout(FORMATTERS[flags.format](diffMetrics(old, next), oldName, name(newDir), langOf(io)));
  return EXIT.ok;
}

/** One report's metrics, or undefined (with the reason printed) when they cannot be read. */
async function metricsOf(dir: string, options: ReadOptions, reporter: Reporter | undefined, io: Io): Promise<MetricStore | undefined> {
  const sink = new Sink();
  const project = await readProject(dir, sink, { ...options, previous: false });
  const store = storeFromFiles(project.metrics, sink);
  const unreadable = new Sink();
  for (const d of sink.diagnostics) if (d.severity === 'error' && UNREADABLE.has(d.rule)) unreadable.diagnostics.push(d);
  if (!unreadable.failed()) return store;
  printDiagnostics(unreadable, dir, { reporter }, io);
  return undefined;
}

/**
 * git could not give the report at `--rev`: load/git-reader.ts says so in English, with
 * git's own words (or `names no commit`) in parentheses; Chinese names the two usual
 * causes, a revision that does not exist and a directory outside any git checkout.
 */
function revisionUnreadable(error: Error, dir: string, revision: string): UsageError {
  const detail = /\((.*)\)$/s.exec(error.message)?.[1] ?? error.message;
  const why = /names no commit|unknown revision|bad revision/i.test(detail) ? 'no-commit' : /not a git repository/i.test(detail) ? 'not-git' : 'other';
  return new UsageError(text('ui.diff.rev-unreadable', { message: error.message, dir, revision, why, detail }), { cause: error });
}
