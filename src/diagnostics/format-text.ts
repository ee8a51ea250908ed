import { say } from '../i18n/message.js';
import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from './diagnostic.js';

/** A diagnostic's message in the interface language. */
export function messageIn(d: Diagnostic, lang: Lang): string {
  return lang === 'zh' ? d.zh : d.message;
}

/** One line per diagnostic, `file:line:column severity message rule-id`, as compilers print. */
export function formatDiagnosticText(d: Diagnostic, base = '', lang: Lang = 'en'): string {
  const where = d.place ? `${base}${d.file}:${d.place.line}:${d.place.column}` : `${base}${d.file}`;
  return `${where} ${say(lang, d.severity === 'error' ? 'ui.severity.error' : 'ui.severity.warning')} ${messageIn(d, lang)} ${d.rule}`;
}

/** The closing summary line: `2 errors, 1 warning`, or `no problems`. */
export function formatSummary(diagnostics: readonly Diagnostic[], lang: Lang = 'en'): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return say(lang, 'ui.summary.none');
  return say(lang, 'ui.summary.counts', { errors, warnings });
}

/** The whole text report: every diagnostic, then the summary (of `counted`: all of them, when `--quiet` shows only some). */
export function formatReportText(diagnostics: readonly Diagnostic[], base = '', lang: Lang = 'en', counted: readonly Diagnostic[] = diagnostics): string {
  return [...diagnostics.map((d) => formatDiagnosticText(d, base, lang)), formatSummary(counted, lang)].join('\n');
}
