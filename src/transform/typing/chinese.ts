/**
 * Character classes for checks on Chinese text. Han is the script; Chinese punctuation is
 * the CJK symbols block (without the ideographic space), the full-width forms and the
 * marks shared with Western text that Chinese uses in their full-width reading (“”‘’…—).
 */
const HAN = /\p{Script=Han}/u;
const PUNCTUATION = /[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2026\u2014\u00b7]/;
/** Marks that close a phrase: a space before one of them is never wanted. */
const CLOSING = /[。，、；：？！）》」』〕】”’…]/;

export function isHan(ch: string): boolean {
  return ch !== '' && HAN.test(ch);
}

/** A Han character or a Chinese punctuation mark. */
export function isChinese(ch: string): boolean {
  return ch !== '' && (HAN.test(ch) || PUNCTUATION.test(ch));
}

export function isClosingMark(ch: string): boolean {
  return ch !== '' && CLOSING.test(ch);
}

export function isLatin(ch: string): boolean {
  return /^[A-Za-z]$/.test(ch);
}

export function isDigit(ch: string): boolean {
  return /^[0-9]$/.test(ch);
}
