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
  | { ok: false; message: string };

export const FORMAT_NAMES = ['percent:N', 'fixed:N', 'integer', 'cn', 'wan:N', 'yi:N', 'signed:N', 'grouped:N'] as const;

const SPEC = /^(percent|fixed|wan|yi|signed|grouped)(?::(\d))?$|^(integer|cn)$/;

/** 万 and 亿 as GB/T 15835-2011 allows them with Arabic numerals: 5230.8万, 5.23亿. */
const SCALES = { wan: { factor: 1e4, word: '万' }, yi: { factor: 1e8, word: '亿' } } as const;

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
  const scaled = Number(`${Math.abs(value).toPrecision(15)}e${decimals}`);
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
