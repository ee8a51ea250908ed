import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/diagnostics/position.js';

describe('LineIndex', () => {
  it('maps offsets to 1-based line and column', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect(lines.place(0)).toEqual({ line: 1, column: 1 });
    expect(lines.place(1)).toEqual({ line: 1, column: 2 });
    // the newline itself belongs to the line it ends
    expect(lines.place(2)).toEqual({ line: 1, column: 3 });
    expect(lines.place(3)).toEqual({ line: 2, column: 1 });
    expect(lines.place(6)).toEqual({ line: 3, column: 1 });
    expect(lines.place(7)).toEqual({ line: 4, column: 1 });
    expect(lines.place(9)).toEqual({ line: 4, column: 3 });
  });

  it('counts CJK characters as one column each (UTF-16 code units)', () => {
    const text = '标题：武进\n行政复议.收到 == 1';
    const lines = new LineIndex(text);
    expect(lines.place(text.indexOf('武进'))).toEqual({ line: 1, column: 4 });
    expect(lines.place(text.indexOf('=='))).toEqual({ line: 2, column: 9 });
  });

  it('handles an empty text and an offset at the very end', () => {
    expect(new LineIndex('').place(0)).toEqual({ line: 1, column: 1 });
    expect(new LineIndex('a\n').place(2)).toEqual({ line: 2, column: 1 });
  });

  it('finds the right line among many (binary search)', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line${i}`).join('\n');
    const lines = new LineIndex(text);
    const offset = text.indexOf('line737');
    expect(lines.place(offset)).toEqual({ line: 738, column: 1 });
    expect(lines.place(offset + 5)).toEqual({ line: 738, column: 6 });
  });
});
