/** One problem with a 文件编号, with the offset (in the value) it concerns. */
export interface NumberProblem {
  rule: string;
  message: string;
  index: number;
}

const WRONG_BRACKETS: ReadonlyArray<[string, string, string]> = [
  ['[', ']', 'square brackets'],
  ['【', '】', 'black lenticular brackets'],
  ['﹝', '﹞', 'small tortoise-shell brackets'],
  ['［', '］', 'full-width square brackets'],
  ['(', ')', 'parentheses'],
  ['（', '）', 'full-width parentheses'],
  ['〈', '〉', 'angle brackets'],
];

/**
 * The 发文字号 rules of GB/T 9704-2012 §7.2.4: `机关代字〔YYYY〕N号`, the year in 六角括号
 * 〔〕 (U+3014/U+3015), the sequence number without leading zeros and without 第.
 * `year` is the year of the 成文日期, which the number's year must equal.
 */
export function checkDocumentNumber(value: string, year: number | undefined): NumberProblem[] {
  // `report init --from` bumps the year and leaves the sequence number for the office to assign
  const unfilled = /^(.+?〔\d{4}〕)号$/u.exec(value);
  if (unfilled) {
    return [{ rule: 'field-unfilled', index: value.length - 1, message: `document number "${value}" has no sequence number yet (fill in the one assigned: ${unfilled[1]}N号)` }];
  }
  const problems: NumberProblem[] = [];
  for (const [open, close, name] of WRONG_BRACKETS) {
    const at = value.search(new RegExp(`${escape(open)}\\s*\\d{4}\\s*${escape(close)}`));
    if (at >= 0) {
      const fixed = value.replace(open, '〔').replace(close, '〕');
      problems.push({ rule: 'document-number-brackets', index: at, message: `document number "${value}" puts the year in ${name} (use 六角括号 〔〕: "${fixed}")` });
    }
  }
  const shape = /^(.+?)[〔\[【﹝［(（〈]\s*(\d{4})\s*[〕\]】﹞］)）〉](第?)(\d+)号$/u.exec(value);
  if (!shape) {
    if (problems.length === 0) {
      problems.push({ rule: 'document-number-shape', index: 0, message: `document number "${value}" is not of the form 机关代字〔YYYY〕N号 (e.g. 武政发〔2021〕7号)` });
    }
    return problems;
  }
  const [, prefix = '', numberYear = '', ordinal = '', serial = ''] = shape;
  const serialAt = value.length - 1 - serial.length;
  if (ordinal) {
    problems.push({ rule: 'document-number-ordinal', index: serialAt - 1, message: `document number "${value}" has 第 before the sequence number (write "${prefix}〔${numberYear}〕${serial.replace(/^0+(?=\d)/, '')}号")` });
  }
  if (/^0\d/.test(serial)) {
    problems.push({ rule: 'document-number-leading-zero', index: serialAt, message: `document number "${value}" has a leading zero in the sequence number "${serial}" (write "${serial.replace(/^0+(?=\d)/, '')}")` });
  }
  if (year !== undefined && Number(numberYear) !== year) {
    problems.push({ rule: 'document-number-year', index: prefix.length + 1, message: `document number year ${numberYear} does not match the year of date (${year})` });
  }
  return problems;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The national default 索引号 shape (《政府信息公开目录系统实施指引》): a 9-character
 * organisation code, `/`, a 4-digit year, `-`, a 5-digit serial: 20 characters.
 */
export const INDEX_NUMBER = /^[0-9A-Z]{8}[0-9X]\/(\d{4})-\d{5}$/;
