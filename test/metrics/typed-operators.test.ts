import { describe, expect, it } from 'vitest';
import { asciiOperators } from '../../src/metrics/typed-operators.js';

describe('asciiOperators', () => {
  it('leaves an ASCII expression alone', () => {
    expect(asciiOperators('(a + b) / c')).toBeUndefined();
  });

  it('replaces ÷ × and full-width ( ) + - with ASCII, once per kind, from the first one', () => {
    expect(asciiOperators('（确认违法＋撤销或责令）÷审结')).toEqual({
      text: '(确认违法+撤销或责令)/审结',
      origin: [...Array(15).keys()],
      swaps: [
        { typed: '（', ascii: '(' },
        { typed: '＋', ascii: '+' },
        { typed: '）', ascii: ')' },
        { typed: '÷', ascii: '/' },
      ],
      first: 0,
    });
    expect(asciiOperators('a × b － c')?.text).toBe('a * b - c');
  });

  it('reads a lone full-width equals as ==, and next to another comparison sign as =', () => {
    expect(asciiOperators('a ＝ b')?.text).toBe('a == b');
    expect(asciiOperators('a ＝＝ b')?.text).toBe('a == b');
    expect(asciiOperators('a ＜＝ b')?.text).toBe('a <= b');
    expect(asciiOperators('a !＝ b')?.text).toBe('a != b');
    expect(asciiOperators('a ＝ b')?.swaps).toEqual([{ typed: '＝', ascii: '==' }]);
  });

  it('maps each index of the ASCII text back to the character typed, across ≤ and ≥', () => {
    const ascii = asciiOperators('a ≤ b＋c')!;
    expect(ascii.text).toBe('a <= b+c');
    expect(ascii.origin).toEqual([0, 1, 2, 2, 3, 4, 5, 6]);
    expect(ascii.first).toBe(2);
  });

  it('reads an ideographic space as a space', () => {
    expect(asciiOperators('a　+ b')?.text).toBe('a + b');
  });
});
