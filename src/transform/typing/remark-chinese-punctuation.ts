import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { msg } from '../../i18n/message.js';
import { typedMarker } from '../heading-markers.js';
import { reportMessage } from '../report-message.js';
import { placeAt } from '../vfile-place.js';
import { isChinese, isClosingMark, isDigit, isHan } from './chinese.js';
import { inlineRuns, OBJECT, type InlineRun } from './inline-runs.js';

/** Stands for a metric reference: it prints a figure. */
const FIGURE = '\ue000';
/** Stands for a URL or an e-mail address: never checked. */
const ADDRESS = '\ue001';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

/** Characters of context each side of a mark in a message. */
const CONTEXT = 4;

interface Finding {
  at: number;
  length: number;
  replacement: string;
  rule: 'halfwidth-punctuation' | 'straight-quotes' | 'space-in-chinese';
}

/**
 * Marks a Western keyboard or a Word paste leaves in Chinese text: half-width `,.;:?!()`
 * next to Han characters, straight quotes `"…"` around Chinese, and spaces between
 * Chinese characters or before a closing mark (`。`, `，`…). Each is a warning at its
 * column with the mark to type; the text is printed as written. Metric references, URLs,
 * code, numbers (`1.5`, `3,000`), times (`12:30`), English and directive lines are left
 * alone: a mark is only reported when the text on its side is Chinese.
 */
export function remarkChinesePunctuation() {
  return (tree: Root, file: VFile) => {
    for (const run of inlineRuns(tree, String(file.value))) {
      const masked = maskHeadingNumber(run, mask(run.text));
      const paired = [...quotes(masked), ...parentheses(masked)];
      const findings = [...paired, ...halfWidth(corrected(masked, paired)), ...spaces(masked)].sort((a, b) => a.at - b.at);
      for (const f of findings) {
        const { before, after } = context(run, masked, f);
        const place = placeAt(file, run.offsets[f.at] ?? 0);
        if (f.rule === 'space-in-chinese') reportMessage(file, place, msg('space-in-chinese', { before, after }));
        else if (f.rule === 'straight-quotes') reportMessage(file, place, msg('straight-quotes', { fixed: f.replacement, before, after }));
        else reportMessage(file, place, msg('halfwidth-punctuation', { char: masked[f.at]!, fixed: f.replacement, before, after }));
      }
    }
  };
}

/** The text with what must not be checked replaced, character for character, by stand-ins. */
function mask(text: string): string {
  return text
    // a reference is short: bounded, a line of 100 000 `{{` took this regex 19 s (issue 9)
    .replace(/[{｛]{2}[^\n]{0,200}?[}｝]{2}/g, (m) => FIGURE.repeat(m.length))
    // an unclosed one (metric-syntax), up to the next space or Chinese mark
    .replace(/[{｛]{2}[^\s，。；：、！？“”（）{}｛｝]*/g, (m) => FIGURE.repeat(m.length))
    // bounded runs (a scheme is short, an address's local part at most 64 characters): unbounded,
    // a line of 200 000 letters without an @ took the regex 40 s, trying each start (issue 9)
    .replace(/(?:\b[a-z][a-z0-9+.-]{0,31}:\/\/|\bwww\.|\bmailto:|[\w.+-]{1,64}@)[\x21-\x7e]*/gi, (m) => {
      const kept = m.replace(/[.,;:!?)"']+$/, '');
      return ADDRESS.repeat(kept.length) + m.slice(kept.length);
    })
    .replace(/^[ \t]*::.*$/gm, (m) => OBJECT.repeat(m.length));
}

/** A heading's typed number is reported by the heading checks (heading-number-form), not here. */
function maskHeadingNumber(run: InlineRun, masked: string): string {
  const marker = run.heading ? typedMarker(run.text) : undefined;
  return marker ? marker.written.replace(/[.()]/g, OBJECT) + masked.slice(marker.written.length) : masked;
}

/** The character before i, looking through a line break (Markdown joins Chinese lines). */
function left(t: string, i: number): string {
  let j = i - 1;
  if (t[j] === '\n') while (j >= 0 && /[\n \t]/.test(t[j]!)) j--;
  return j >= 0 ? t[j]! : '';
}

function right(t: string, i: number): string {
  let j = i + 1;
  if (t[j] === '\n') while (j < t.length && /[\n \t]/.test(t[j]!)) j++;
  return j < t.length ? t[j]! : '';
}

/** What a `.` after a number at a line's start stands for: `一.` is 一、, `1.` is right as it is. */
function afterLineNumber(t: string, i: number): 'chinese' | 'arabic' | undefined {
  const typed = t.slice(t.lastIndexOf('\n', i - 1) + 1, i);
  if (/^[ \t\u3000]*[一二三四五六七八九十]+$/.test(typed)) return 'chinese';
  return /^[ \t\u3000]*[（(]?[一二三四五六七八九十\d]+[）)]?$/.test(typed) ? 'arabic' : undefined;
}

/** The text with the quotes and parentheses already found put right, so that 件),其中 sees Chinese before its comma. */
function corrected(t: string, findings: readonly Finding[]): string {
  const chars = t.split('');
  for (const f of findings) chars[f.at] = f.replacement;
  return chars.join('');
}

/** Half-width , ; : ? ! . next to Chinese text. */
function halfWidth(t: string): Finding[] {
  const found: Finding[] = [];
  const at = (i: number) => found.push({ at: i, length: 1, replacement: FULL_WIDTH[t[i]!]!, rule: 'halfwidth-punctuation' });
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    const l = left(t, i);
    const r = right(t, i);
    if (',;:?!'.includes(ch)) {
      // 全区,共 / 件,12件 / 如下: / {{…}},同比 / 15.3%,同比 — never 3,000 or 12:30 (digits on both sides), nor English
      const afterFigure = l === FIGURE || isChinese(l) || (ch !== ':' && (isDigit(l) || l === '%'));
      if ((isChinese(l) && (isChinese(r) || isDigit(r) || r === FIGURE || r === '')) || (isChinese(r) && afterFigure)) at(i);
    } else if (ch === '.') {
      // 成效. at a sentence's end (。) or 一. numbering a line (、); not 1.5, 1. or an ellipsis ...
      if (t[i - 1] === '.' || t[i + 1] === '.') continue;
      const numbered = afterLineNumber(t, i);
      if (numbered === 'chinese' && r !== '') found.push({ at: i, length: 1, replacement: '、', rule: 'halfwidth-punctuation' });
      else if (!numbered && (isChinese(l) || l === FIGURE) && (isChinese(r) || r === '')) at(i);
    }
  }
  return found;
}

/** Half-width ( ) around Chinese text, or around a number that starts a Chinese sentence ((1)加强…); a lone one between Chinese characters. */
function parentheses(t: string): Finding[] {
  const found: Finding[] = [];
  const at = (i: number) => found.push({ at: i, length: 1, replacement: FULL_WIDTH[t[i]!]!, rule: 'halfwidth-punctuation' });
  const { pairs, unmatched } = matchParentheses(t);
  for (const [open, close] of pairs) {
    const inside = t.slice(open + 1, close);
    const numbering = /^[\d一二三四五六七八九十]+$/.test(inside) && isChinese(right(t, close));
    if ([...inside].some(isHan) || numbering) {
      at(open);
      at(close);
    }
  }
  for (const i of unmatched) if (isChinese(left(t, i)) && isChinese(right(t, i))) at(i);
  return found;
}

function matchParentheses(t: string): { pairs: Array<[number, number]>; unmatched: number[] } {
  const pairs: Array<[number, number]> = [];
  const open: number[] = [];
  const unmatched: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') open.push(i);
    else if (t[i] === ')') {
      const o = open.pop();
      if (o === undefined) unmatched.push(i);
      else pairs.push([o, i]);
    }
  }
  return { pairs, unmatched: [...unmatched, ...open] };
}

/** Straight double quotes, paired in order: a pair around Chinese becomes “…”; a lone one next to Chinese, the curly quote it answers. */
function quotes(t: string): Finding[] {
  const found: Finding[] = [];
  const marks = [...t.matchAll(/"/g)].map((m) => m.index);
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const [open, close] = [marks[k]!, marks[k + 1]!];
    if (![...t.slice(open + 1, close)].some(isHan)) continue;
    found.push({ at: open, length: 1, replacement: '“', rule: 'straight-quotes' }, { at: close, length: 1, replacement: '”', rule: 'straight-quotes' });
  }
  if (marks.length % 2 === 1) {
    const i = marks.at(-1)!;
    if (isChinese(left(t, i)) || isChinese(right(t, i))) {
      const lastCurly = Math.max(t.lastIndexOf('“', i), t.lastIndexOf('”', i));
      const closes = lastCurly >= 0 && t[lastCurly] === '“';
      found.push({ at: i, length: 1, replacement: closes ? '”' : '“', rule: 'straight-quotes' });
    }
  }
  return found;
}

/**
 * Spaces between two Chinese characters or marks (全区 共, 。 全区), or before a closing
 * mark (成效 。). Not inside “…” or 《…》: a slogan or a title separates its halves with a
 * space as it was published (“疫情防控 法治同行”, in the Wujin report).
 */
function spaces(t: string): Finding[] {
  const found: Finding[] = [];
  const quoted = insideQuotesOrTitle(t);
  for (const m of t.matchAll(/[ \u00a0]+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const l = t[start - 1] ?? '';
    const r = t[end] ?? '';
    if (l === '' || r === '' || l === '\n' || r === '\n' || quoted[start]) continue;
    if ((isChinese(l) && isChinese(r)) || isClosingMark(r)) found.push({ at: start, length: m[0].length, replacement: '', rule: 'space-in-chinese' });
  }
  return found;
}

/** For each index, whether it lies between “ and ” or between 《 and 》. */
function insideQuotesOrTitle(t: string): boolean[] {
  let quotes = 0;
  let titles = 0;
  const inside: boolean[] = [];
  for (const ch of t.split('')) {
    if (ch === '“') quotes++;
    else if (ch === '”') quotes = Math.max(0, quotes - 1);
    else if (ch === '《') titles++;
    else if (ch === '》') titles = Math.max(0, titles - 1);
    inside.push(quotes > 0 || titles > 0);
  }
  return inside;
}

/** A few characters each side of a finding, as typed and as they should be; never into a reference, an address or another line. */
function context(run: InlineRun, masked: string, f: Finding): { before: string; after: string } {
  const stop = (ch: string | undefined) => ch === undefined || ch === '\n' || ch === FIGURE || ch === ADDRESS || ch === OBJECT;
  let s = f.at;
  while (s > 0 && f.at - s < CONTEXT && !stop(masked[s - 1])) s--;
  let e = f.at + f.length;
  while (e < masked.length && e - (f.at + f.length) < CONTEXT && !stop(masked[e])) e++;
  const text = run.text;
  return { before: text.slice(s, e), after: text.slice(s, f.at) + f.replacement + text.slice(f.at + f.length, e) };
}
