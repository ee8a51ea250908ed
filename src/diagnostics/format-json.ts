import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from './diagnostic.js';
import { messageIn } from './format-text.js';

/** Where the report is, for a reader outside it: its directory and the prefix of its files, both relative to the working directory. */
export interface JsonWhere {
  /** The report directory (`.` for the working directory itself). */
  report: string;
  /** Prefix joining a diagnostic's file to give its path from the working directory (`data/x/` or empty). */
  base: string;
}

/**
 * Machine-readable report for CI and editors (`--reporter json`): each diagnostic's
 * message in the interface language; the rule id is the stable key to match on. `file`
 * is relative to the report directory, `path` to the working directory.
 */
export function formatReportJson(diagnostics: readonly Diagnostic[], lang: Lang = 'en', where: JsonWhere = { report: '.', base: '' }): string {
  return JSON.stringify(reportJson(diagnostics, lang, where), null, 2);
}

/** The object formatReportJson prints: a batch's JSON holds one per report. */
export function reportJson(diagnostics: readonly Diagnostic[], lang: Lang, where: JsonWhere) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const shown = diagnostics.map((d) => ({ severity: d.severity, file: d.file, path: `${where.base}${d.file}`, place: d.place, message: messageIn(d, lang), rule: d.rule }));
  return { report: where.report, errors, warnings: diagnostics.length - errors, diagnostics: shown };
}
