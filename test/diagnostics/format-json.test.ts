import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatReportJson } from '../../src/diagnostics/format-json.js';

describe('formatReportJson', () => {
  it('prints counts and the diagnostics as parseable JSON', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', file: 'report.yaml', place: { line: 1, column: 1 }, message: 'unknown key "titel"', zh: '未知的键“titel”', rule: 'unknown-key' },
      { severity: 'warning', file: 'sections/01.md', place: { line: 3, column: 2 }, message: 'raw HTML', zh: 'HTML 代码', rule: 'raw-html' },
    ];
    const english = diagnostics.map(({ zh: _zh, ...d }) => ({ ...d, path: `data/x/${d.file}` }));
    expect(JSON.parse(formatReportJson(diagnostics, 'en', { report: 'data/x', base: 'data/x/' }))).toEqual({ report: 'data/x', errors: 1, warnings: 1, diagnostics: english });
    const chinese = diagnostics.map(({ zh, ...d }) => ({ ...d, path: d.file, message: zh }));
    expect(JSON.parse(formatReportJson(diagnostics, 'zh'))).toEqual({ report: '.', errors: 1, warnings: 1, diagnostics: chinese });
    expect(JSON.parse(formatReportJson([]))).toEqual({ report: '.', errors: 0, warnings: 0, diagnostics: [] });
  });
});
