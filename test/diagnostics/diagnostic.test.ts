import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import type { Message } from '../../src/i18n/message.js';

/** A message made up for the test: the sink does not care where it came from. */
const m = (en: string, rule: string): Message => ({ en, zh: `中文：${en}`, rule });

describe('Sink', () => {
  it('counts errors and warnings and fails on errors only unless strict', () => {
    const sink = new Sink();
    expect(sink.failed()).toBe(false);
    sink.warn('sections/01.md', { line: 1, column: 1 }, m('raw HTML', 'raw-html'));
    expect(sink.failed()).toBe(false);
    expect(sink.failed(true)).toBe(true);
    sink.error('report.yaml', { line: 2, column: 1 }, m('bad', 'invalid-value'));
    expect(sink.errorCount).toBe(1);
    expect(sink.warningCount).toBe(1);
    expect(sink.failed()).toBe(true);
    expect(sink.diagnostics[1]).toMatchObject({ message: 'bad', zh: '中文：bad', rule: 'invalid-value' });
  });

  it('sorts by file, line, column, then rule', () => {
    const sink = new Sink();
    sink.error('sections/01.md', { line: 1, column: 1 }, m('m', 'b-rule'));
    sink.error('report.yaml', { line: 10, column: 1 }, m('m', 'x'));
    sink.error('report.yaml', { line: 2, column: 5 }, m('m', 'x'));
    sink.error('report.yaml', { line: 2, column: 3 }, m('m', 'x'));
    sink.error('report.yaml', undefined, m('m', 'x'));
    sink.error('sections/01.md', { line: 1, column: 1 }, m('m', 'a-rule'));
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
