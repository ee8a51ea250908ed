import { describe, expect, it } from 'vitest';
import { checkFormat, formatValue, roundFixed } from '../../src/metrics/format.js';

const text = (value: number, spec?: string) => {
  const result = formatValue(value, spec);
  if (!result.ok) throw new Error(result.message.en);
  return result.text;
};

describe('formatValue', () => {
  it('prints a number as written without a format', () => {
    expect(text(12000)).toBe('12000');
    expect(text(0.1 + 0.2)).toBe('0.3');
  });

  it('percent:N and fixed:N round half away from zero on the decimal value', () => {
    expect(text(0.1525, 'percent:1')).toBe('15.3%');
    expect(text(15.25, 'fixed:1')).toBe('15.3');
    expect(text(-15.25, 'fixed:1')).toBe('-15.3');
    expect(text(3.14159, 'fixed:2')).toBe('3.14');
    expect(text(2.5, 'integer')).toBe('3');
  });

  it('cn writes small counts in Chinese numerals', () => {
    expect(text(3, 'cn')).toBe('三');
    expect(text(12, 'cn')).toBe('十二');
    expect(text(105, 'cn')).toBe('一百零五');
    expect(formatValue(1.5, 'cn').ok).toBe(false);
  });

  it('wan:N and yi:N scale to 万 and 亿 and say which scale they used', () => {
    expect(formatValue(52308000, 'wan:1')).toEqual({ ok: true, text: '5230.8万', scale: { word: '万', factor: 1e4 } });
    expect(text(52308000, 'wan')).toBe('5231万');
    expect(text(523080000, 'yi:2')).toBe('5.23亿');
    expect(text(125000000, 'yi:1')).toBe('1.3亿');
    expect(text(-52308000, 'wan:1')).toBe('-5230.8万');
  });

  it('signed:N puts + on gains, ASCII - on losses and no sign on zero', () => {
    expect(text(3, 'signed')).toBe('+3');
    expect(text(-2, 'signed')).toBe('-2');
    expect(text(0, 'signed')).toBe('0');
    expect(text(-0.04, 'signed:1')).toBe('0.0');
    expect(text(0.25, 'signed:1')).toBe('+0.3');
  });

  it('grouped:N separates thousands with commas', () => {
    expect(text(22487, 'grouped')).toBe('22,487');
    expect(text(121000, 'grouped')).toBe('121,000');
    expect(text(999, 'grouped')).toBe('999');
    expect(text(-1234567.891, 'grouped:2')).toBe('-1,234,567.89');
  });

  it('rejects an unknown format with the list of known ones', () => {
    expect(checkFormat('percent:1')).toBeUndefined();
    expect(checkFormat('wan:2')).toBeUndefined();
    expect(checkFormat('thousands')).toMatch(/^unknown format "thousands" \(known: percent:N, fixed:N, integer, cn, wan:N, yi:N, signed:N, grouped:N, change, change:percent:N, change:amount\)$/);
    expect(formatValue(1, 'wan:12').ok).toBe(false);
  });
});

describe('roundFixed', () => {
  it('rounds on the decimal text, not the binary value', () => {
    expect(roundFixed(1.005, 2)).toBe('1.01');
    expect(roundFixed(-0.0004, 3)).toBe('0.000');
  });
});
