import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';

describe('Sink', () => {
  it('counts errors and warnings and fails on errors only unless strict', () => {
    const sink = new Sink();
    expect(sink.failed()).toBe(false);
    sink.warn('sections/01.md', { line: 1, column: 1 }, 'raw HTML', 'raw-html');
    expect(sink.failed()).toBe(false);
    expect(sink.failed(true)).toBe(true);
    sink.error('report.yaml', { line: 2, column: 1 }, 'bad', 'invalid-value');
    expect(sink.errorCount).toBe(1);
    expect(sink.warningCount).toBe(1);
    expect(sink.failed()).toBe(true);
  });

  it('sorts by file, line, column, then rule', () => {
    const sink = new Sink();
    sink.error('sections/01.md', { line: 1, column: 1 }, 'm', 'b-rule');
    sink.error('report.yaml', { line: 10, column: 1 }, 'm', 'x');
    sink.error('report.yaml', { line: 2, column: 5 }, 'm', 'x');
    sink.error('report.yaml', { line: 2, column: 3 }, 'm', 'x');
    sink.error('report.yaml', undefined, 'm', 'x');
    sink.error('sections/01.md', { line: 1, column: 1 }, 'm', 'a-rule');
    expect(sink.sorted().map((d) => `${d.file}:${d.place?.line ?? '-'}:${d.place?.column ?? '-'}:${d.rule}`)).toEqual([
      'report.yaml:-:-:x',
      'report.yaml:2:3:x',
      'report.yaml:2:5:x',
      'report.yaml:10:1:x',
      'sections/01.md:1:1:a-rule',
      'sections/01.md:1:1:b-rule',
    ]);
    // sorting does not reorder the sink itself
    expect(sink.diagnostics[0]?.rule).toBe('b-rule');
  });
});
