import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { msg } from '../../src/i18n/message.js';
import { overlayOf } from '../../src/preview/overlay.js';

describe('overlayOf', () => {
  const sink = new Sink();
  sink.error('sections/01.md', { line: 12, column: 5 }, msg('no-sections'));
  sink.warn('report.yaml', undefined, msg('empty-report', { count: 2 }));

  it('lists each problem with file:line:column, its severity, its message and its rule id, in the interface language', () => {
    const zh = overlayOf(sink.sorted(), 'zh')!;
    expect(zh.failed).toBe(true);
    expect(zh.title).toBe('报告有错误，下方仍显示上一次正确的页面');
    expect(zh.summary).toBe('1 个错误，1 个警告');
    expect(zh.items.map((i) => [i.where, i.label, i.rule])).toEqual([
      ['report.yaml', '警告', 'empty-report'],
      ['sections/01.md:12:5', '错误', 'no-sections'],
    ]);
    expect(zh.items[1]!.message).toBe(sink.diagnostics[0]!.zh);
    const en = overlayOf(sink.sorted(), 'en')!;
    expect(en.items[1]!.message).toBe(sink.diagnostics[0]!.message);
    expect(en.items[1]!.label).toBe('error');
  });

  it('says warnings only when there is no error, and nothing at all when there is no problem', () => {
    const warnings = overlayOf(sink.sorted().filter((d) => d.severity === 'warning'), 'en')!;
    expect(warnings.failed).toBe(false);
    expect(warnings.title).toBe('The report has warnings');
    expect(overlayOf([], 'en')).toBeUndefined();
  });
});
