import { relative } from 'node:path';
import { runPool } from '../batch/pool.js';
import { Progress } from '../batch/progress.js';
import { formatSummaryTable, type ReportOutcome } from '../batch/summary-table.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { say } from '../i18n/message.js';
import { describeInternalError } from './internal-error.js';
import { EXIT, langOf, UsageError, type Io } from './io.js';
import { chooseReporter, printBatchDiagnostics, type PrintOptions, type ReportRun } from './print-diagnostics.js';

/** What one report of a batch came to. */
export interface BatchItem {
  sink: Sink;
  code: number;
  pages?: number;
  /** Lines to print after its diagnostics (where its outputs went). */
  notes?: string[];
}

export interface BatchOptions extends PrintOptions {
  /** Reports worked on at once (the PDF side prints them in parallel pages). */
  jobs: number;
}

/**
 * Runs `work` on every report of a batch and reports as one run: a progress line on a
 * terminal, each report's diagnostics as it finishes (text, annotations) or all at the end
 * (JSON, SARIF), then the summary table. One report failing, even by an exception, does
 * not stop the others; the exit code is the worst of them.
 */
export async function runBatch(dirs: readonly string[], options: BatchOptions, io: Io, work: (dir: string) => Promise<BatchItem>): Promise<number> {
  const started = performance.now();
  const lang = langOf(io);
  const reporter = chooseReporter(options.reporter, io.env);
  const streamed = reporter === 'text' || reporter === 'github';
  const name = (dir: string) => relative(process.cwd(), dir) || '.';
  const progress = new Progress(dirs.length, lang, io.terminal && streamed ? { write: io.stderr, columns: io.terminal.columns } : undefined);

  const outcomes = await runPool(dirs, options.jobs, async (dir) => {
    const began = performance.now();
    progress.start(name(dir));
    let item: BatchItem;
    try {
      item = await work(dir);
    } catch (error) {
      // the tool or the machine failed this report: say why on its own line, go on
      const reason = error instanceof UsageError ? `report: ${error.text[lang]}\n` : describeInternalError(error, lang, io.env);
      item = { sink: new Sink(), code: EXIT.environment, notes: [`${name(dir)}: ${reason.trimEnd()}`] };
    }
    const seconds = (performance.now() - began) / 1000;
    const run: ReportRun = { dir, sink: item.sink, extra: { pages: item.pages, seconds: Number(seconds.toFixed(3)), exit: item.code } };
    progress.finish(name(dir));
    if (streamed) {
      progress.print(() => {
        printBatchDiagnostics([run], options, io);
        for (const note of item.notes ?? []) io.stderr(`${note}\n`);
      });
    }
    const outcome: ReportOutcome = { report: name(dir), pages: item.pages, warnings: item.sink.warningCount, errors: item.sink.errorCount, seconds, code: item.code };
    return { run, outcome, notes: item.notes ?? [] };
  });
  progress.clear();

  if (!streamed) printBatchDiagnostics(outcomes.map((o) => o.run), options, io);
  if (!streamed) for (const o of outcomes) for (const note of o.notes) io.stderr(`${note}\n`);
  if (streamed) io.stderr(`${formatSummaryTable(outcomes.map((o) => o.outcome), (performance.now() - started) / 1000, lang)}\n`);
  return Math.max(EXIT.ok, ...outcomes.map((o) => o.outcome.code));
}

/** The line a share with nothing in it prints: not a failure (a matrix may have more jobs than reports). */
export function emptyShare(shard: string, reports: number, io: Io): number {
  io.stderr(`${say(langOf(io), 'ui.batch.empty-shard', { shard, reports })}\n`);
  return EXIT.ok;
}
