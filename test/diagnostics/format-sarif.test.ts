import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatReportSarif } from '../../src/diagnostics/format-sarif.js';

describe('formatReportSarif', () => {
  it('percent-encodes each path segment and omits the region when there is no place', () => {
    const diagnostics: Diagnostic[] = [{ severity: 'warning', file: 'sections/01-总体 情况.md', message: 'm', zh: '中', rule: 'raw-html' }];
    const sarif = JSON.parse(formatReportSarif(diagnostics, 'data/武进/', '1.2.3', 'zh')) as { runs: Array<{ tool: { driver: { version: string } }; results: Array<{ level: string; message: { text: string }; locations: Array<{ physicalLocation: Record<string, unknown> }> }> }> };
    const run = sarif.runs[0]!;
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.results[0]!.level).toBe('warning');
    expect(run.results[0]!.message.text).toBe('中');
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'data/%E6%AD%A6%E8%BF%9B/sections/01-%E6%80%BB%E4%BD%93%20%E6%83%85%E5%86%B5.md' } });
  });
});
