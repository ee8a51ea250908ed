import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatReportJson } from '../../src/diagnostics/format-json.js';

describe('formatReportJson', () => {
  it('prints counts and the diagnostics as parseable JSON', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', file: 'report.yaml', place: { line: 1, column: 1 }, message: 'unknown key "titel"', rule: 'unknown-key' },
      { severity: 'warning', file: 'sections/01.md', place: { line: 3, column: 2 }, message: 'raw HTML', rule: 'raw-html' },
    ];
    expect(JSON.parse(formatReportJson(diagnostics))).toEqual({ errors: 1, warnings: 1, diagnostics });
    expect(JSON.parse(formatReportJson([]))).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
  });
});
