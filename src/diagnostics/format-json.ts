import type { Diagnostic } from './diagnostic.js';

/** Machine-readable report for CI and editors (`--reporter json`). */
export function formatReportJson(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return JSON.stringify(
    { errors, warnings: diagnostics.length - errors, diagnostics },
    null,
    2,
  );
}
