import { msg, type Message } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';
import { halfWidthDigits } from './half-width.js';

/** One problem with a 文件编号, with the offset (in the value) it concerns. */
export interface NumberProblem {
  message: Message;
  index: number;
}

/** Brackets typed for 六角括号 〔〕, by the names an office calls them. */
const WRONG_BRACKETS: ReadonlyArray<[string, string, Text]> = [
  ['[', ']', { en: 'square brackets', zh: '方括号“[]”' }],
  ['【', '】', { en: 'black lenticular brackets', zh: '方头括号“【】”' }],
  ['﹝', '﹞', { en: 'small tortoise-shell brackets', zh: '小号六角括号“﹝﹞”（不是六角括号〔〕）' }],
  ['［', '］', { en: 'full-width square brackets', zh: '全角方括号“［］”' }],
  ['(', ')', { en: 'parentheses', zh: '半角圆括号“()”' }],
  ['（', '）', { en: 'full-width parentheses', zh: '圆括号“（）”' }],
  ['〈', '〉', { en: 'angle brackets', zh: '尖括号“〈〉”' }],
];

/**
 * The 发文字号 rules of GB/T 9704-2012 §7.2.4: `机关代字〔YYYY〕N号`, the year in 六角括号
 * 〔〕 (U+3014/U+3015), the sequence number without leading zeros and without 第.
 * `year` is the year of the 成文日期, which the number's year must equal.
 */
export function checkDocumentNumber(typed: string, year: number | undefined): NumberProblem[] {
  // a Chinese IME in full-width mode types ２０２１ and ７; the rules below read the digits half-width
  const value = halfWidthDigits(typed);
  const fullWidth: NumberProblem[] = value === typed ? [] : [{ index: typed.search(/[\uff10-\uff19]/), message: msg('document-number-shape/full-width-digits', { value: typed, fixed: value }) }];
  // `report init --from` bumps the year and leaves the sequence number for the office to assign
  const unfilled = /^(.+?〔\d{4}〕)号$/u.exec(value);
  if (unfilled) {
    return [...fullWidth, { index: value.length - 1, message: msg('field-unfilled/document-number', { value, prefix: unfilled[1]! }) }];
  }
  const problems: NumberProblem[] = [...fullWidth];
  for (const [open, close, brackets] of WRONG_BRACKETS) {
    const at = value.search(new RegExp(`${escape(open)}\\s*\\d{4}\\s*${escape(close)}`));
    if (at >= 0) {
      const fixed = value.replace(open, '〔').replace(close, '〕');
      problems.push({ index: at, message: msg('document-number-brackets', { value, brackets, fixed }) });
    }
  }
  const shape = /^(.+?)[〔\[【﹝［(（〈]\s*(\d{4})\s*[〕\]】﹞］)）〉](第?)(\d+)号$/u.exec(value);
  if (!shape) {
    if (problems.length === fullWidth.length) {
      problems.push({ index: 0, message: msg('document-number-shape', { value }) });
    }
    return problems;
  }
  const [, prefix = '', numberYear = '', ordinal = '', serial = ''] = shape;
  const serialAt = value.length - 1 - serial.length;
  const bare = serial.replace(/^0+(?=\d)/, '');
  if (ordinal) {
    problems.push({ index: serialAt - 1, message: msg('document-number-ordinal', { value, fixed: `${prefix}〔${numberYear}〕${bare}号` }) });
  }
  if (/^0\d/.test(serial)) {
    problems.push({ index: serialAt, message: msg('document-number-leading-zero', { value, serial, fixed: bare }) });
  }
  if (year !== undefined && Number(numberYear) !== year) {
    problems.push({ index: prefix.length + 1, message: msg('document-number-year', { numberYear, year }) });
  }
  return problems;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export { INDEX_NUMBER } from './index-number.js';
