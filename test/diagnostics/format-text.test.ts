import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnosticText, formatReportText, formatSummary } from '../../src/diagnostics/format-text.js';

const error: Diagnostic = { severity: 'error', file: 'report.yaml', place: { line: 3, column: 18 }, message: 'unknown key "titel"', zh: '未知的键“titel”', rule: 'unknown-key' };
const warning: Diagnostic = { severity: 'warning', file: 'sections/01.md', place: { line: 2, column: 1 }, message: 'raw HTML is not allowed', zh: '不允许使用 HTML 代码', rule: 'raw-html' };
const placeless: Diagnostic = { severity: 'error', file: 'sections/', message: 'no sections found', zh: '未找到正文', rule: 'no-sections' };

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

describe('formatDiagnosticText in Chinese', () => {
  it('prints the Chinese message and severity, the place and the rule id unchanged', () => {
    expect(formatDiagnosticText(error, '', 'zh')).toBe('report.yaml:3:18 错误 未知的键“titel” unknown-key');
    expect(formatDiagnosticText(warning, 'a/', 'zh')).toBe('a/sections/01.md:2:1 警告 不允许使用 HTML 代码 raw-html');
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

  it('counts in Chinese', () => {
    expect(formatSummary([], 'zh')).toBe('未发现问题');
    expect(formatSummary([error, placeless, warning], 'zh')).toBe('2 个错误，1 个警告');
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
