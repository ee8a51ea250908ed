import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../i18n/message.js';
import { chineseCount, formatMarker, headingMark, parseChinese, typedMarker, type TypedMarker } from './heading-markers.js';
import { reportMessage } from './report-message.js';
import { excerpt } from './typing/excerpt.js';
import { placeAt } from './vfile-place.js';

export { chineseCount };

/**
 * GB/T 9704 §7.3.3 numbers headings 一、 → （一） → 1. → （1）. `##` to `#####` are
 * those four levels. A heading that already starts with its level's marker keeps it (and
 * the counter follows it); one without gets the next number, so literal numbering in the
 * source is accepted and never doubled. Counters run across all sections of a report:
 * they travel on `file.data.headingCounters`, shared by the caller.
 *
 * What cannot be numbered is reported: a number typed for another level (`## （一）…`
 * would print 一、（一）…) or in another form (`#### 1、…`), a `#` heading (the title
 * comes from report.yaml) and a heading deeper than the four levels.
 */
export function remarkHeadingNumbers() {
  return (tree: Root, file: VFile) => {
    const counters = (file.data.headingCounters as number[] | undefined) ?? [0, 0, 0, 0];
    const source = String(file.value);
    visit(tree, 'heading', (node: Heading) => {
      const level = node.depth - 2;
      if (level < 0 || level > 3) {
        reportDepth(file, node, source);
        return;
      }
      const first = node.children[0];
      const text = first?.type === 'text' ? first.value : '';
      const literal = LEVELS[level]!.parse(text);
      counters[level] = literal ?? counters[level]! + 1;
      for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
      if (literal !== undefined) return;
      const marker = LEVELS[level]!.format(counters[level]!);
      const typed = typedMarker(text);
      if (typed) reportTypedMarker(file, node, source, level, marker + text, typed);
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

const LEVELS: Level[] = [
  { parse: (t) => matchNumber(/^([一二三四五六七八九十]+)、/, t, parseChinese), format: (n) => formatMarker(0, n) },
  { parse: (t) => matchNumber(/^（([一二三四五六七八九十]+)）/, t, parseChinese), format: (n) => formatMarker(1, n) },
  { parse: (t) => matchNumber(/^(\d+)[.．]/, t, Number), format: (n) => formatMarker(2, n) },
  { parse: (t) => matchNumber(/^（(\d+)）/, t, Number), format: (n) => formatMarker(3, n) },
];

function matchNumber(pattern: RegExp, text: string, parse: (s: string) => number | undefined): number | undefined {
  const match = pattern.exec(text);
  return match ? parse(match[1]!) : undefined;
}

/** The heading as typed (one line of source) and its text after the `#` marks. */
function written(node: Heading, source: string): { line: string; content: string } {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const line = source.slice(start, end).split('\n')[0]!.trim();
  return { line, content: line.replace(/^#+[ \t]*/, '').replace(/[ \t]+#+$/, '') };
}

/** A number typed at the start of a heading that the layout would print after its own. */
function reportTypedMarker(file: VFile, node: Heading, source: string, level: number, printed: string, typed: TypedMarker): void {
  const { line, content } = written(node, source);
  const at = content.indexOf(typed.written);
  const rest = (at >= 0 ? content.slice(at + typed.written.length) : content).trim();
  const start = node.position?.start.offset ?? 0;
  const place = placeAt(file, start + Math.max(0, source.slice(start).indexOf(typed.written)));
  const target = typed.level;
  const numbered = `${headingMark(target)} ${rest}`;
  const standard = `${headingMark(target)} ${formatMarker(target, typed.number)}${rest}`;
  const common = { written: excerpt(line), level: level + 1, marker: typed.written, printed: excerpt(printed), numbered: excerpt(numbered), typed: excerpt(standard) };
  if (typed.level === level) reportMessage(file, place, msg('heading-number-form', common));
  else reportMessage(file, place, msg('heading-number-level', { ...common, markerLevel: typed.level + 1 }));
}

/** `#` (the title's level) and `######` (below the four numbered levels). */
function reportDepth(file: VFile, node: Heading, source: string): void {
  const { line, content } = written(node, source);
  const place = node.position?.start;
  if (node.depth === 1) reportMessage(file, place, msg('title-heading', { written: excerpt(line), level1: excerpt(`## ${content}`) }));
  else reportMessage(file, place, msg('heading-too-deep', { written: excerpt(line) }));
}
