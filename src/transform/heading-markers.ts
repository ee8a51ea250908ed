/**
 * Heading numbers as a clerk types them. GB/T 9704 §7.3.3 writes the four levels 一、
 * （一） 1. （1）; Word users also type （一）with half-width parentheses, 1、 or 一. —
 * recognised here so that a number typed at the wrong level, or in the wrong form, can be
 * reported instead of being printed after the number the layout adds.
 */
export interface TypedMarker {
  /** 0 for 一、 … 3 for （1）. */
  level: number;
  number: number;
  /** The marker as typed, e.g. `（一）` or `(1)`. */
  written: string;
  /** Whether it is written as the layout writes that level's number. */
  standard: boolean;
}

const CN = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: enough for heading numbers. */
export function chineseCount(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens]}十${ones === 0 ? '' : CN[ones]}`;
}

/** 一 → 1, 十二 → 12, 二十 → 20; undefined for anything else. */
export function parseChinese(text: string): number | undefined {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return undefined;
  const [, a = '', ten = '', b = ''] = match;
  if (!ten) return a && !b ? CN.indexOf(a) : undefined;
  return (a ? CN.indexOf(a) : 1) * 10 + (b ? CN.indexOf(b) : 0);
}

/** A level's number as the layout writes it: 一、 （一） 1. （1）. */
export function formatMarker(level: number, n: number): string {
  if (level === 0) return `${chineseCount(n)}、`;
  if (level === 1) return `（${chineseCount(n)}）`;
  if (level === 2) return `${n}.`;
  return `（${n}）`;
}

/** The Markdown heading mark of a level: ## for 一、 to ##### for （1）. */
export function headingMark(level: number): string {
  return '#'.repeat(level + 2);
}

const PATTERNS: Array<{ level: number; pattern: RegExp; standard: RegExp; parse: (s: string) => number | undefined }> = [
  { level: 1, pattern: /^[（(]([一二三四五六七八九十]+)[）)]/, standard: /^（/, parse: parseChinese },
  { level: 3, pattern: /^[（(](\d{1,2})[）)]/, standard: /^（\d+）/, parse: Number },
  { level: 0, pattern: /^([一二三四五六七八九十]+)[、.．]/, standard: /、$/, parse: parseChinese },
  // not 1.5 (a figure), and not 2020. (a year ending a sentence)
  { level: 2, pattern: /^(\d{1,2})[.．、](?!\d)/, standard: /[.．]$/, parse: Number },
];

/** The heading number a text starts with, at whichever level its form belongs to. */
export function typedMarker(text: string): TypedMarker | undefined {
  for (const { level, pattern, standard, parse } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const number = parse(match[1]!);
    if (number === undefined) continue;
    const written = match[0];
    const isStandard = standard.test(written) && (level !== 1 || written.endsWith('）'));
    return { level, number, written, standard: isStandard };
  }
  return undefined;
}
