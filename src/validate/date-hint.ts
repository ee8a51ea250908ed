import { halfWidth } from './half-width.js';

/**
 * The `YYYY-MM-DD` form of a date written another way, as a clerk types or pastes it:
 * `2021年1月25日`, `2021/1/25`, `2021.01.25`, `2021-1-25`, full-width digits, or the
 * Chinese numerals 成文日期 were written in before GB/T 9704-2012 (`二〇二一年一月二十五日`).
 * Undefined when the text is no date, or no real day (`2021-02-30`).
 */
export function isoDateFrom(text: string): string | undefined {
  const plain = halfWidth(text).trim();
  const match = /^(\S{4})\s*[年\-/.]\s*(\S{1,3}?)\s*[月\-/.]\s*(\S{1,3}?)\s*日?$/u.exec(plain) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(plain);
  if (!match) return undefined;
  const year = digits(match[1]!);
  const month = numeral(match[2]!);
  const day = numeral(match[3]!);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `2021` or `二〇二一`: digit by digit. */
function digits(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const values = [...text].map((c) => CHINESE_DIGITS[c]);
  return values.every((v) => v !== undefined) ? Number(values.join('')) : undefined;
}

/** `1`, `01`, `一`, `十`, `十二`, `二十`, `二十五`. */
function numeral(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  if (text.length === 1 && text !== '十') return CHINESE_DIGITS[text] || undefined;
  const match = /^([一二三])?十([一二三四五六七八九])?$/u.exec(text);
  if (!match) return undefined;
  const [, tens, ones] = match;
  return (tens === undefined ? 1 : CHINESE_DIGITS[tens]!) * 10 + (ones === undefined ? 0 : CHINESE_DIGITS[ones]!);
}
