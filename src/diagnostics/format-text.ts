import type { Diagnostic } from './diagnostic.js';

/** One line per diagnostic, `file:line:column severity message rule-id`, as compilers print. */
export function formatDiagnosticText(d: Diagnostic, base = ''): string {
  const where = d.place ? `${base}${d.file}:${d.place.line}:${d.place.column}` : `${base}${d.file}`;
  return `${where} ${d.severity} ${d.message} ${d.rule}`;
}

/** The closing summary line: `2 errors, 1 warning`, or `no problems`. */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors === 0 && warnings === 0) return 'no problems';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

/** The whole text report: every diagnostic, then the summary. */
export function formatReportText(diagnostics: readonly Diagnostic[], base = ''): string {
  return [...diagnostics.map((d) => formatDiagnosticText(d, base)), formatSummary(diagnostics)].join('\n');
}
