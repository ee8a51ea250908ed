import { didYouMean } from '../diagnostics/did-you-mean.js';
import { msg, text, type Message } from '../i18n/message.js';

/**
 * Display formats for metric values: the one place that defines them (README lists them).
 *   (none)      the number as written: 12000, 1.5 (formula results to 12 significant digits)
 *   percent:N   value × 100 with N decimals and "%": 0.1525 → 15.3%
 *   fixed:N     N decimals: 3.14159 → 3.14
 *   integer     rounded to a whole number
 *   cn          Chinese numerals for small counts: 3 → 三, 12 → 十二
 *   wan:N       in 万 (10⁴) with N decimals: 52308000 → 5230.8万 (the unit, e.g. 元, follows in prose)
 *   yi:N        in 亿 (10⁸) with N decimals: 523080000 → 5.23亿 with N = 2
 *   signed:N    N decimals with an explicit sign: +3, -2, 0 (ASCII signs, like every other number)
 *   grouped:N   N decimals, thousands separated by commas: 22487 → 22,487
 * A missing N means 0. Rounding is half away from zero on the decimal value.
 */
export type FormatResult =
  | {
      ok: true;
      text: string;
      /** The 万 or 亿 that wan/yi appended to `text` and its factor, so a table can move it into the unit column and a chart can plot the scaled figure. */
      scale?: { word: string; factor: number };
    }
  | { ok: false; message: Message };

export const FORMAT_NAMES = ['percent:N', 'fixed:N', 'integer', 'cn', 'wan:N', 'yi:N', 'signed:N', 'grouped:N'] as const;

const SPEC = /^(percent|fixed|wan|yi|signed|grouped)(?::(\d))?$|^(integer|cn)$/;

/** 万 and 亿 as GB/T 15835-2011 allows them with Arabic numerals: 5230.8万, 5.23亿. */
const SCALES = { wan: { factor: 1e4, word: '万' }, yi: { factor: 1e8, word: '亿' } } as const;

/** Why a format spec is not known (with a did-you-mean), or undefined when it is. */
export function unknownFormat(spec: string): Message | undefined {
  if (SPEC.test(spec.trim())) return undefined;
  return msg('unknown-format', { spec, known: [...FORMAT_NAMES, ...CHANGE_FORMAT_NAMES], hint: formatHint(spec) });
}

/** The English of `unknownFormat`, for zod refinements whose messages are strings. */
export function checkFormat(spec: string): string | undefined {
  return unknownFormat(spec)?.en;
}

/** What a clerk types for a format in Chinese, and what it means. */
const CHINESE_FORMATS: Record<string, string> = {
  百分比: 'percent',
  百分数: 'percent',
  小数: 'fixed',
  整数: 'integer',
  汉字: 'cn',
  中文: 'cn',
  汉字数字: 'cn',
  万: 'wan',
  亿: 'yi',
  千分位: 'grouped',
  同比: 'change',
};
const FORMAT_WORDS = ['percent', 'fixed', 'integer', 'cn', 'wan', 'yi', 'signed', 'grouped', 'change'];

/** ` (did you mean "percent:1"?)` for `percnt:1`, `百分比:1` or `Percent:1`; nothing when no format is close. */
function formatHint(spec: string) {
  const [word = '', ...rest] = spec.trim().split(/[:：]/);
  const meant = CHINESE_FORMATS[word] ?? didYouMean(word.toLowerCase(), FORMAT_WORDS);
  if (meant === undefined) return undefined;
  const digits = rest.join(':');
  const suggestion = meant === 'integer' || meant === 'cn' || digits === '' ? meant : `${meant}:${digits}`;
  return SPEC.test(suggestion) || CHANGE_SPEC.test(suggestion) ? text('ui.did-you-mean', { name: suggestion }) : undefined;
}

export function formatValue(value: number, spec: string | undefined): FormatResult {
  if (spec === undefined || spec.trim() === '') return { ok: true, text: plain(value) };
  const match = SPEC.exec(spec.trim());
  if (!match) return { ok: false, message: unknownFormat(spec)! };
  const [, kind, digits, word] = match;
  const decimals = digits === undefined ? 0 : Number(digits);
  switch (kind) {
    case 'percent':
      return { ok: true, text: `${roundFixed(value * 100, decimals)}%` };
    case 'fixed':
      return { ok: true, text: roundFixed(value, decimals) };
    case 'wan':
    case 'yi': {
      const scale = SCALES[kind];
      return { ok: true, text: `${roundFixed(value / scale.factor, decimals)}${scale.word}`, scale };
    }
    case 'signed':
      return { ok: true, text: signed(roundFixed(value, decimals)) };
    case 'grouped':
      return { ok: true, text: grouped(roundFixed(value, decimals)) };
  }
  if (word === 'integer') return { ok: true, text: roundFixed(value, 0) };
  return chineseNumeral(value);
}

/**
 * A plus for gains; a zero after rounding gets no sign. The minus stays ASCII "-" as in
 * every other number the tool prints: the body faces (仿宋_GB2312, AR PL SungtiL GB) have
 * no U+2212, and readers search and copy the text.
 */
function signed(rounded: string): string {
  if (/^-?[0.]+$/.test(rounded)) return rounded.replace(/^-/, '');
  return rounded.startsWith('-') ? rounded : `+${rounded}`;
}

/** Commas every three digits of the integer part, as GB/T 15835-2011 allows outside scientific texts. */
function grouped(rounded: string): string {
  const [, sign = '', whole = '', fraction = ''] = /^(-?)(\d+)(\.\d+)?$/.exec(rounded) ?? [];
  if (whole === '') return rounded;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
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
    return { ok: false, message: msg('unknown-format/cn-range', { value: String(value) }) };
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

// ── Year-over-year change ──────────────────────────────────────────────────────────────
// Kept as its own block: a change needs last year's value beside this year's, so it is not
// a display format of one value like those above.

/**
 *   change             same as change:percent:1
 *   change:percent:N   relative change with N decimals (as percent:N): 48 → 51 is 增长6.3% with N = 1
 *   change:amount      the difference shown as the metric is shown, with its unit: 增长3件;
 *                      for a percentage, in percentage points: 15.3% → 13.1% is 下降2.2个百分点
 * A change that shows as zero at its precision is 持平.
 */
export const CHANGE_FORMAT_NAMES = ['change', 'change:percent:N', 'change:amount'] as const;

const CHANGE_SPEC = /^change(?::percent(?::(\d))?|:(amount))?$/;

/** True for `change…` specs, which compare with last year instead of formatting one value. */
export function isChangeFormat(spec: string | undefined): boolean {
  return spec !== undefined && /^change(?![^:])/.test(spec.trim());
}

/** Why a change spec is not known, or undefined when it is. */
export function checkChangeFormat(spec: string): Message | undefined {
  return CHANGE_SPEC.test(spec.trim()) ? undefined : msg('unknown-format', { spec, known: [...CHANGE_FORMAT_NAMES] });
}

/** How this year's metric is shown, which its change follows. */
export interface ShownAs {
  format?: string;
  unit?: string;
}

export function formatChange(current: number, previous: number, spec: string, shown: ShownAs = {}): FormatResult {
  const match = CHANGE_SPEC.exec(spec.trim());
  if (!match) return { ok: false, message: checkChangeFormat(spec)! };
  const [, digits, amount] = match;
  if (amount) return changeAmount(current, previous, shown);
  if (previous === 0) return { ok: false, message: msg('change-from-zero/plain') };
  const ratio = (current - previous) / Math.abs(previous);
  // bare `change` reads as the usual 同比增长6.3%; `change:percent` follows `percent` (0 decimals)
  const decimals = match[0] === 'change' ? 1 : Number(digits ?? 0);
  const text = roundFixed(Math.abs(ratio) * 100, decimals);
  return { ok: true, text: Number(text) === 0 ? '持平' : `${ratio > 0 ? '增长' : '下降'}${text}%` };
}

/** The difference of the two figures as printed, so the prose agrees with the numbers shown. */
function changeAmount(current: number, previous: number, shown: ShownAs): FormatResult {
  const percent = /^percent(?::(\d))?$/.exec(shown.format?.trim() ?? '');
  if (percent) {
    const decimals = Number(percent[1] ?? 0);
    const points = Number(roundFixed(current * 100, decimals)) - Number(roundFixed(previous * 100, decimals));
    const text = roundFixed(Math.abs(points), decimals);
    return { ok: true, text: Number(text) === 0 ? '持平' : `${points > 0 ? '增长' : '下降'}${text}个百分点` };
  }
  const asShown = (n: number) => {
    const result = formatValue(n, shown.format === 'cn' ? 'integer' : shown.format);
    const value = result.ok ? Number(result.text) : NaN;
    return Number.isFinite(value) ? value : n;
  };
  const difference = asShown(current) - asShown(previous);
  const magnitude = formatValue(Math.abs(difference), shown.format);
  if (!magnitude.ok) return magnitude;
  if (Number(plain(Math.abs(difference))) === 0) return { ok: true, text: '持平' };
  return { ok: true, text: `${difference > 0 ? '增长' : '下降'}${magnitude.text}${shown.unit ?? ''}` };
}
