import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * GB/T 9704 §7.3.3 numbers headings 一、 → （一） → 1. → （1）. `##` to `#####` are
 * those four levels. A heading that already starts with its level's marker keeps it (and
 * the counter follows it); one without gets the next number, so literal numbering in the
 * source is accepted and never doubled. Counters run across all sections of a report:
 * they travel on `file.data.headingCounters`, shared by the caller.
 */
export function remarkHeadingNumbers() {
  return (tree: Root, file: VFile) => {
    const counters = (file.data.headingCounters as number[] | undefined) ?? [0, 0, 0, 0];
    visit(tree, 'heading', (node: Heading) => {
      const level = node.depth - 2;
      if (level < 0 || level > 3) return;
      const first = node.children[0];
      const text = first?.type === 'text' ? first.value : '';
      const literal = LEVELS[level]!.parse(text);
      counters[level] = literal ?? counters[level]! + 1;
      for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
      if (literal !== undefined) return;
      const marker = LEVELS[level]!.format(counters[level]!);
      if (first?.type === 'text') first.value = marker + first.value;
      else node.children.unshift({ type: 'text', value: marker } satisfies Text);
    });
    file.data.headingCounters = counters;
  };
}

interface Level {
  parse(text: string): number | undefined;
  format(n: number): string;
}

const CN = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: enough for heading numbers. */
export function chineseCount(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN[tens]}十${ones === 0 ? '' : CN[ones]}`;
}

function parseChinese(text: string): number | undefined {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return undefined;
  const [, a = '', ten = '', b = ''] = match;
  if (!ten) return a && !b ? CN.indexOf(a) : undefined;
  return (a ? CN.indexOf(a) : 1) * 10 + (b ? CN.indexOf(b) : 0);
}

const LEVELS: Level[] = [
  { parse: (t) => matchNumber(/^([一二三四五六七八九十]+)、/, t, parseChinese), format: (n) => `${chineseCount(n)}、` },
  { parse: (t) => matchNumber(/^（([一二三四五六七八九十]+)）/, t, parseChinese), format: (n) => `（${chineseCount(n)}）` },
  { parse: (t) => matchNumber(/^(\d+)[.．]/, t, Number), format: (n) => `${n}.` },
  { parse: (t) => matchNumber(/^（(\d+)）/, t, Number), format: (n) => `（${n}）` },
];

function matchNumber(pattern: RegExp, text: string, parse: (s: string) => number | undefined): number | undefined {
  const match = pattern.exec(text);
  return match ? parse(match[1]!) : undefined;
}
