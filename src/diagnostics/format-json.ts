import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from './diagnostic.js';
import { messageIn } from './format-text.js';

/**
 * Machine-readable report for CI and editors (`--reporter json`): each diagnostic's
 * message in the interface language; the rule id is the stable key to match on.
 */
export function formatReportJson(diagnostics: readonly Diagnostic[], lang: Lang = 'en'): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const shown = diagnostics.map((d) => ({ severity: d.severity, file: d.file, place: d.place, message: messageIn(d, lang), rule: d.rule }));
  return JSON.stringify({ errors, warnings: diagnostics.length - errors, diagnostics: shown }, null, 2);
}
