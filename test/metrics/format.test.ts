import { describe, expect, it } from 'vitest';
import { checkFormat, formatValue, roundFixed } from '../../src/metrics/format.js';

function text(value: number, spec: string | undefined): string {
  const result = formatValue(value, spec);
  if (!result.ok) throw new Error(`expected ${value} | ${spec} to format (${result.message.en})`);
  return result.text;
}

describe('formatValue', () => {
  it('shows the number as written by default', () => {
    expect(text(12000, undefined)).toBe('12000');
    expect(text(1.5, undefined)).toBe('1.5');
    expect(text(48, '')).toBe('48');
  });

  it('shows formula results to 12 significant digits by default', () => {
    expect(text(0.1 + 0.2, undefined)).toBe('0.3');
    expect(text(1 / 3, undefined)).toBe('0.333333333333');
  });

  it('formats percent:N as value × 100 with N decimals', () => {
    expect(text(0.1525, 'percent:1')).toBe('15.3%');
    expect(text(9 / 59, 'percent:1')).toBe('15.3%');
    expect(text(0.15249, 'percent:1')).toBe('15.2%');
    expect(text(0.1525, 'percent:2')).toBe('15.25%');
    expect(text(0.5, 'percent:0')).toBe('50%');
    expect(text(0.1525, 'percent')).toBe('15%');
    expect(text(1, 'percent:1')).toBe('100.0%');
  });

  it('rounds half away from zero on the decimal value, not the binary one', () => {
    // 1.005 and 0.145 × 100 are stored just below the half; a clerk still rounds them up
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(0.145 * 100).toBeLessThan(14.5);
    expect(text(0.145, 'percent:0')).toBe('15%');
    expect(text(0.1525, 'percent:1')).toBe('15.3%');
    expect(text(-0.1525, 'percent:1')).toBe('-15.3%');
    expect(text(1.005, 'fixed:2')).toBe('1.01');
    expect(text(2.5, 'integer')).toBe('3');
    expect(text(-2.5, 'integer')).toBe('-3');
    expect(text(0.125, 'fixed:2')).toBe('0.13');
  });

  it('formats fixed:N with N decimals', () => {
    expect(text(3.14159, 'fixed:2')).toBe('3.14');
    expect(text(3, 'fixed:1')).toBe('3.0');
    expect(text(3.14159, 'fixed:0')).toBe('3');
  });

  it('does not print a negative zero', () => {
    expect(text(-0.004, 'fixed:2')).toBe('0.00');
    expect(text(-0.4, 'integer')).toBe('0');
  });

  it('formats integer by rounding', () => {
    expect(text(47.6, 'integer')).toBe('48');
    expect(text(47.4, 'integer')).toBe('47');
  });

  it('accepts a spec with spaces around it', () => {
    expect(text(0.1525, ' percent:1 ')).toBe('15.3%');
  });

  it.each([
    [1, '一'],
    [3, '三'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [48, '四十八'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1000, '一千'],
    [1010, '一千零一十'],
    [9999, '九千九百九十九'],
    [0, '零'],
  ])('formats cn: %d → %s', (value, expected) => {
    expect(text(value, 'cn')).toBe(expected);
  });

  it('refuses cn for numbers it cannot write', () => {
    expect(formatValue(1.5, 'cn')).toMatchObject({ ok: false, message: { en: 'format "cn" needs a whole number from 0 to 9999 (got 1.5)', zh: '格式 cn（汉字数字）只适用于 0 至 9999 的整数（该数值为 1.5）', rule: 'unknown-format' } });
    expect(formatValue(-1, 'cn').ok).toBe(false);
    expect(formatValue(10000, 'cn').ok).toBe(false);
  });

  it('refuses an unknown format with the known ones', () => {
    expect(formatValue(1, 'pct')).toMatchObject({ ok: false, message: { en: 'unknown format "pct" (known: percent:N, fixed:N, integer, cn, wan:N, yi:N, signed:N, grouped:N, change, change:percent:N, change:amount)', rule: 'unknown-format' } });
    expect(formatValue(1, 'percent:12').ok).toBe(false);
    expect(formatValue(1, 'fixed:x').ok).toBe(false);
  });

  // A formula such as 0.3 - (0.1 + 0.2) leaves binary noise of about 5.6e-17; the
  // report must show 0.0, not "-NaN".
  it('formats tiny residues from binary arithmetic as zero', () => {
    const residue = 0.3 - (0.1 + 0.2);
    expect(text(residue, 'fixed:1')).toBe('0.0');
    expect(text(residue, 'percent:1')).toBe('0.0%');
    expect(text(1e-7, 'integer')).toBe('0');
  });

  it('formats large whole numbers', () => {
    expect(text(2e15, 'integer')).toBe('2000000000000000');
  });
});

describe('roundFixed', () => {
  it('rounds half away from zero at a decimal place', () => {
    expect(roundFixed(15.25, 1)).toBe('15.3');
    expect(roundFixed(-15.25, 1)).toBe('-15.3');
    expect(roundFixed(15.24, 1)).toBe('15.2');
    expect(roundFixed(0, 2)).toBe('0.00');
  });
});

describe('checkFormat', () => {
  it('accepts the known formats and names the others', () => {
    for (const spec of ['percent', 'percent:1', 'fixed:2', 'integer', 'cn']) expect(checkFormat(spec), spec).toBeUndefined();
    expect(checkFormat('pct')).toBe('unknown format "pct" (known: percent:N, fixed:N, integer, cn, wan:N, yi:N, signed:N, grouped:N, change, change:percent:N, change:amount)');
  });
});
