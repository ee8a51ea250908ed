import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnosticText, formatReportText, formatSummary } from '../../src/diagnostics/format-text.js';

const error: Diagnostic = { severity: 'error', file: 'report.yaml', place: { line: 3, column: 18 }, message: 'unknown key "titel"', rule: 'unknown-key' };
const warning: Diagnostic = { severity: 'warning', file: 'sections/01.md', place: { line: 2, column: 1 }, message: 'raw HTML is not allowed', rule: 'raw-html' };
const placeless: Diagnostic = { severity: 'error', file: 'sections/', message: 'no sections found', rule: 'no-sections' };

describe('formatDiagnosticText', () => {
  it('prints file:line:column severity message rule-id', () => {
    expect(formatDiagnosticText(error)).toBe('report.yaml:3:18 error unknown key "titel" unknown-key');
    expect(formatDiagnosticText(warning)).toBe('sections/01.md:2:1 warning raw HTML is not allowed raw-html');
  });

  it('prefixes the base directory', () => {
    expect(formatDiagnosticText(error, 'data/wujin-2020/')).toBe('data/wujin-2020/report.yaml:3:18 error unknown key "titel" unknown-key');
  });

  it('leaves out line and column when the place is unknown', () => {
    expect(formatDiagnosticText(placeless)).toBe('sections/ error no sections found no-sections');
  });
});

describe('formatSummary', () => {
  it('says no problems when there are none', () => {
    expect(formatSummary([])).toBe('no problems');
  });

  it('counts errors and warnings with plurals', () => {
    expect(formatSummary([error])).toBe('1 error, 0 warnings');
    expect(formatSummary([warning])).toBe('0 errors, 1 warning');
    expect(formatSummary([error, placeless, warning])).toBe('2 errors, 1 warning');
    expect(formatSummary([error, warning, warning])).toBe('1 error, 2 warnings');
  });
});

describe('formatReportText', () => {
  it('prints every diagnostic, then the summary', () => {
    expect(formatReportText([error, warning])).toBe(
      ['report.yaml:3:18 error unknown key "titel" unknown-key', 'sections/01.md:2:1 warning raw HTML is not allowed raw-html', '1 error, 1 warning'].join('\n'),
    );
    expect(formatReportText([])).toBe('no problems');
  });
});
