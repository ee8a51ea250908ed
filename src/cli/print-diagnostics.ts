import { relative } from 'node:path';
import type { Sink } from '../diagnostics/diagnostic.js';
import { formatReportJson } from '../diagnostics/format-json.js';
import { formatReportText } from '../diagnostics/format-text.js';
import { text } from '../i18n/message.js';
import { UsageError, type Io } from './io.js';

export type Reporter = 'text' | 'json';

/**
 * Prints every diagnostic and the summary. Text goes to stderr with paths relative to
 * the current directory (so editors and terminals can open them); JSON goes to stdout.
 */
export function printDiagnostics(sink: Sink, dir: string, reporter: Reporter, io: Io): void {
  const diagnostics = sink.sorted();
  if (reporter === 'json') {
    io.stdout(`${formatReportJson(diagnostics, io.lang)}\n`);
    return;
  }
  const base = relative(process.cwd(), dir);
  io.stderr(`${formatReportText(diagnostics, base ? `${base}/` : '', io.lang)}\n`);
}

/** `--reporter`: text or json, else a usage error. */
export function parseReporter(value: string): Reporter {
  if (value === 'text' || value === 'json') return value;
  throw new UsageError(text('ui.cli.unknown-reporter', { value }));
}
