/** A character typed for an ASCII operator, and the ASCII meant. */
export interface Swap {
  typed: string;
  ascii: string;
}

/** An expression with its typed operators made ASCII, and where each character came from. */
export interface AsciiExpression {
  text: string;
  /** For each index into `text`, the index into the source it was read from. */
  origin: number[];
  /** Each kind of character replaced, once, in order of appearance. */
  swaps: Swap[];
  /** Index into the source of the first replaced character. */
  first: number;
}

/**
 * What a Chinese input method, Word or a calculator habit types for the operators of a
 * formula: the math signs ÷ and ×, the full-width forms of ( ) + - * / < > = ! & |, the
 * ideographic space, and ≤ ≥ ≠.
 */
const OPERATORS: Record<string, string> = {
  '÷': '/',
  '×': '*',
  '＊': '*',
  '／': '/',
  '＋': '+',
  '－': '-',
  '（': '(',
  '）': ')',
  '＜': '<',
  '＞': '>',
  '！': '!',
  '＆': '&',
  '｜': '|',
  '\u3000': ' ',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
};

/**
 * The expression with every typed operator replaced by its ASCII, or undefined when it
 * has none. A full-width `＝` becomes `==` on its own and `=` next to another comparison
 * sign, so `a ＝ b` and `a ＝＝ b` both read as the comparison the clerk meant.
 */
export function asciiOperators(source: string): AsciiExpression | undefined {
  let text = '';
  const origin: number[] = [];
  const swaps: Swap[] = [];
  let first = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    let ascii = OPERATORS[char];
    if (char === '＝') ascii = /[=<>!]$/.test(text) || /^[＝=]/.test(source.slice(i + 1)) ? '=' : '==';
    if (ascii === undefined) {
      text += char;
      origin.push(i);
      continue;
    }
    if (first < 0) first = i;
    if (!swaps.some((s) => s.typed === char && s.ascii === ascii)) swaps.push({ typed: char, ascii: ascii });
    text += ascii;
    for (let k = 0; k < ascii.length; k++) origin.push(i);
  }
  return first < 0 ? undefined : { text, origin, swaps, first };
}
