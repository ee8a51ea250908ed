/**
 * Display formats for metric values: the one place that defines them (README lists them).
 *   (none)      the number as written: 12000, 1.5 (formula results to 12 significant digits)
 *   percent:N   value × 100 with N decimals and "%": 0.1525 → 15.3%
 *   fixed:N     N decimals: 3.14159 → 3.14
 *   integer     rounded to a whole number
 *   cn          Chinese numerals for small counts: 3 → 三, 12 → 十二
 */
export type FormatResult = { ok: true; text: string } | { ok: false; message: string };

export const FORMAT_NAMES = ['percent:N', 'fixed:N', 'integer', 'cn'] as const;

const SPEC = /^(percent|fixed)(?::(\d))?$|^(integer|cn)$/;

/** Whether a format spec is known, with a message when not. */
export function checkFormat(spec: string): string | undefined {
  return SPEC.test(spec.trim()) ? undefined : `unknown format "${spec}" (known: ${FORMAT_NAMES.join(', ')})`;
}

export function formatValue(value: number, spec: string | undefined): FormatResult {
  if (spec === undefined || spec.trim() === '') return { ok: true, text: plain(value) };
  const match = SPEC.exec(spec.trim());
  if (!match) return { ok: false, message: checkFormat(spec) ?? '' };
  const [, kind, digits, word] = match;
  const decimals = digits === undefined ? 0 : Number(digits);
  if (kind === 'percent') return { ok: true, text: `${roundFixed(value * 100, decimals)}%` };
  if (kind === 'fixed') return { ok: true, text: roundFixed(value, decimals) };
  if (word === 'integer') return { ok: true, text: roundFixed(value, 0) };
  return chineseNumeral(value);
}

function plain(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * Rounds half away from zero at a decimal place, on the decimal text rather than the
 * binary value: 15.25 shown with one decimal is 15.3, as a clerk would round it
 * (toFixed gives 15.2 because 15.25 is stored as 15.2499…).
 */
export function roundFixed(value: number, decimals: number): string {
  const [mantissa, exponent] = Math.abs(value).toExponential(14).split('e');
  const scaled = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Math.round(scaled);
  const text = (Number(`${rounded}e-${decimals}`)).toFixed(decimals);
  return value < 0 && rounded !== 0 ? `-${text}` : text;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

function chineseNumeral(value: number): FormatResult {
  if (!Number.isInteger(value) || value < 0 || value >= 10000) {
    return { ok: false, message: `format "cn" needs a whole number from 0 to 9999 (got ${value})` };
  }
  if (value === 0) return { ok: true, text: '零' };
  const digits = String(value).split('').map(Number);
  let text = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = text !== '';
      return;
    }
    if (zero) text += '零';
    zero = false;
    text += DIGITS[d] + unit;
  });
  // 一十二 is written 十二 when it leads the number.
  if (text.startsWith('一十')) text = text.slice(1);
  return { ok: true, text };
}
