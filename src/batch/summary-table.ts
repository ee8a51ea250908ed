import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { displayWidth, padEnd } from '../text/display-width.js';

/** One report's line in a batch's summary. */
export interface ReportOutcome {
  /** The report directory as the user would type it (relative to the working directory). */
  report: string;
  /** PDF pages, when a PDF was printed. */
  pages?: number;
  warnings: number;
  errors: number;
  /** Wall time of this report, in seconds. */
  seconds: number;
  /** The run's exit code for this report (0, 1 for the input, 2 for the tool or machine). */
  code: number;
}

/**
 * The table a batch ends with: one row per report in the order given, columns aligned in a
 * terminal whatever the script of the names (Chinese takes two columns), numbers right-
 * aligned, then the total line.
 */
export function formatSummaryTable(outcomes: readonly ReportOutcome[], seconds: number, lang: Lang): string {
  const header = say(lang, 'ui.batch.columns').split('\t');
  const rows = outcomes.map((o) => [o.report, o.pages === undefined ? '–' : String(o.pages), String(o.warnings), String(o.errors), `${o.seconds.toFixed(2)} s`]);
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]!) : ' '.repeat(widths[c]! - displayWidth(cell)) + cell)).join('  ').trimEnd();
  const failed = outcomes.filter((o) => o.code !== 0).length;
  return [line(header), ...rows.map(line), say(lang, 'ui.batch.total', { reports: outcomes.length, failed, seconds: seconds.toFixed(2) })].join('\n');
}
