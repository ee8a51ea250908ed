import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatReportGithub } from '../../src/diagnostics/format-github.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({ severity: 'error', file: 'report.yaml', message: 'm', zh: '中', rule: 'r', ...over });

describe('formatReportGithub', () => {
  it('escapes the message and the properties as the runner reads them', () => {
    const line = formatReportGithub([d({ file: 'sections/a,b:c.md', place: { line: 2, column: 5 }, message: '95% of\r\n"x"' })], 'data/x/');
    expect(line).toBe('::error file=data/x/sections/a%2Cb%3Ac.md,line=2,col=5,title=r::95%25 of%0D%0A"x"');
  });

  it('names the file without line and column when the problem has no place, in the interface language', () => {
    expect(formatReportGithub([d({ severity: 'warning', rule: 'empty-report' })], '', 'zh')).toBe('::warning file=report.yaml,title=empty-report::中');
  });
});
