import { msg, type Message } from '../i18n/message.js';
import { PERCENT_TEXT } from './metric-schema.js';

/** A problem with a typed value, at an index into the text as written. */
export interface ValueProblem {
  severity: 'error' | 'warning';
  message: Message;
  at: number;
}

/**
 * A stated value read from the text the clerk typed: `value` is a number or a percentage
 * text (`42.3%`) and `text` the value as it should be written; `problems` are warnings
 * (the value is still the one meant). Not ok: an error says what to write instead, or,
 * with no problems, nothing in the text could be read as a figure.
 */
export type ValueReading =
  | { ok: true; value: number | string; text: string; problems: ValueProblem[] }
  | { ok: false; problems: ValueProblem[] };

/** Where the value was typed, so the fix can be written as the clerk would type it. */
export interface ValueContext {
  id: string;
  /** The value is the `value:` of a mapping (else the metric's plain value). */
  inMapping: boolean;
  /** The mapping's `unit:`, when it has one. */
  unit?: string;
}

// Full-width forms a Chinese input method types in place of ASCII; each is one character
// for one, so an index into the normalized text is an index into the written one.
const FULL_WIDTH: Record<string, string> = { '％': '%', '﹪': '%', '．': '.', '－': '-', '＋': '+' };
for (let d = 0; d < 10; d++) FULL_WIDTH[String.fromCharCode(0xff10 + d)] = String(d);

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const GROUPED = /^[-+]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?%?$/;
/** A figure followed by what should not be in a value: `31个`, `1.5万`, `600余场`, `约48`. */
const WITH_WORDS = /^(约|近|大约|超过|逾)?\s*([-+]?\d+(?:\.\d+)?%?)\s*(.*)$/;
const APPROXIMATE = /余|多|以上|左右|上下/;
const SCALES: Record<string, number> = { 万: 4, 亿: 8 };
/** A unit: a few Han characters or letters (件, 人次, 万元, km). */
const UNIT = /^[\p{Script=Han}A-Za-z·/²³]{1,6}$/u;
const CHINESE_NUMERAL = /^([〇零一二两三四五六七八九十百千万亿]+)\s*(.*)$/;

/**
 * Reads a stated value typed as text. What a figure plainly means is accepted with a
 * warning that names the characters to retype (full-width `４８`, `42.3％`, a thousands
 * separator `1,234`); a unit, a 万/亿 or an approximation word in the value (`31个`,
 * `1.5万`, `600余`) or Chinese numerals (`三件`) are errors, because what the text
 * prints depends on them: the message gives the value to write.
 */
export function readStatedValue(written: string, context: ValueContext): ValueReading {
  const trimmed = written.trim();
  const lead = written.indexOf(trimmed);
  if (PERCENT_TEXT.test(trimmed)) return { ok: true, value: trimmed, text: trimmed, problems: [] };

  const typed: Array<{ char: string; at: number }> = [];
  let text = '';
  [...trimmed].forEach((char, i) => {
    const ascii = FULL_WIDTH[char] ?? (char === '。' && /\d/.test(trimmed[i - 1] ?? '') && /[\d０-９]/.test(trimmed[i + 1] ?? '') ? '.' : undefined);
    if (ascii !== undefined) typed.push({ char, at: lead + i });
    text += ascii ?? char;
  });

  const problems: ValueProblem[] = [];
  if (GROUPED.test(text)) {
    const number = text.replace(/[,，]/g, '');
    problems.push({
      severity: 'warning',
      at: lead + text.search(/[,，]/),
      message: msg('metric-thousands-separator', { id: context.id, value: trimmed, number, grouped: text.replace(/，/g, ',') }),
    });
    text = number;
  }
  if (NUMBER.test(text) || PERCENT_TEXT.test(text)) {
    if (typed.length > 0) {
      const chars = [...new Set(typed.map((t) => t.char))];
      problems.unshift({ severity: 'warning', at: typed[0]!.at, message: msg('metric-full-width/value', { id: context.id, value: trimmed, chars, fix: text }) });
    }
    return { ok: true, value: NUMBER.test(text) ? Number(text) : text, text, problems };
  }
  const problem = wordsInValue(text, trimmed, context) ?? chineseNumeral(trimmed, context);
  return { ok: false, problems: problem ? [{ ...problem, at: lead + problem.at }] : [] };
}

/** `31个`, `1.5万`, `600余场`, `约48`: a figure with words the format or the text should carry. */
function wordsInValue(text: string, written: string, context: ValueContext): ValueProblem | undefined {
  const match = WITH_WORDS.exec(text);
  if (!match) return undefined;
  const [, prefix, figure = '', tail = ''] = match;
  let rest = tail.trim();
  const approximate = prefix ?? APPROXIMATE.exec(rest)?.[0];
  if (!prefix && approximate) rest = rest.replace(approximate, '');
  const scale = rest.length > 0 && SCALES[rest[0]!] !== undefined && !figure.endsWith('%') ? rest[0]! : undefined;
  if (scale) rest = rest.slice(1);
  const unit = rest.trim();
  if (unit !== '' && (!UNIT.test(unit) || figure.endsWith('%'))) return undefined;
  const at = (word: string) => Math.max(0, written.indexOf(word, prefix ? 0 : figure.length));
  const { id } = context;
  if (scale) {
    const decimals = /\.(\d+)/.exec(figure)?.[1]?.length ?? 0;
    const whole = String(Number(`${figure}e${SCALES[scale]}`));
    const format = decimals === 0 ? (scale === '万' ? 'wan' : 'yi') : `${scale === '万' ? 'wan' : 'yi'}:${decimals}`;
    const fix = fixOf(whole, context, unit, format);
    return { severity: 'error', at: at(scale), message: msg('metric-invalid/scale', { id, value: written, word: scale, fix, shown: `${figure}${scale}` }) };
  }
  if (approximate) {
    return { severity: 'error', at: at(approximate), message: msg('metric-invalid/approximate', { id, value: written, word: approximate, fix: fixOf(figure, context, unit) }) };
  }
  if (unit === '') return undefined;
  return { severity: 'error', at: at(unit), message: msg('metric-invalid/unit', { id, value: written, unit, fix: fixOf(figure, context, unit) }) };
}

/** `三件`, `十二`: a count in Chinese numerals, to be written in digits. */
function chineseNumeral(written: string, context: ValueContext): ValueProblem | undefined {
  const match = CHINESE_NUMERAL.exec(written);
  if (!match) return undefined;
  const value = chineseNumber(match[1]!);
  const unit = match[2]!.trim();
  if (value === undefined || (unit !== '' && !UNIT.test(unit))) return undefined;
  return { severity: 'error', at: 0, message: msg('metric-invalid/chinese-numeral', { id: context.id, value: written, fix: fixOf(String(value), context, unit) }) };
}

/** The value to write, as YAML: `31`, `{ value: 31, unit: 个 }` or, inside a mapping, `value: 31, unit: 个`. */
function fixOf(value: string, context: ValueContext, unit: string, format?: string): string {
  const parts = [`value: ${value}`];
  if (format) parts.push(`format: ${format}`);
  if (unit !== '' && context.unit === undefined) parts.push(`unit: ${unit}`);
  if (context.inMapping) return parts.join(', ');
  return parts.length === 1 ? value : `{ ${parts.join(', ')} }`;
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MYRIADS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 三 → 3, 十二 → 12, 一百零五 → 105, 四万五千 → 45000, 一〇五 → 105; undefined when it is not a numeral. */
export function chineseNumber(text: string): number | undefined {
  if (![...text].some((c) => DIGITS[c] !== undefined) && !text.startsWith('十')) return undefined;
  if (![...text].some((c) => UNITS[c] !== undefined || MYRIADS[c] !== undefined)) {
    // digit by digit, as years are written: 二〇二〇
    const digits = [...text].map((c) => DIGITS[c]);
    return digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (DIGITS[c] !== undefined) digit = DIGITS[c];
    else if (UNITS[c] !== undefined) {
      section += (digit ?? 1) * UNITS[c]!;
      digit = undefined;
    } else if (c === '万') {
      total += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = undefined;
    } else if (c === '亿') {
      total = (total + section + (digit ?? 0)) * 1e8;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}
