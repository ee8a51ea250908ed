import type { Place } from '../diagnostics/diagnostic.js';
import { LIMITS } from '../load/limits.js';

/** Where a section nests past LIMITS, found before it is parsed, and how. */
export interface NestingProblem {
  kind: 'block' | 'inline' | 'marks' | 'section-marks';
  place: Place;
}

// a container marker at a line's start: `>`, or a list item's `-`, `+`, `*`, `1.`, `1)` and its space
const MARKER = /(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;
const FENCE = /(:{3,})[ \t]*([A-Za-z][\w-]*)?/y;
const DELIMITER = new Set(['*', '_', '~']);
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * A cheap scan of a section's text for nesting that the Markdown parser would pay for in
 * stack (thousands of `>` or list levels overflow it) or in quadratic time (emphasis or
 * `[` runs thousands deep), so it is refused before it is parsed. The counts are upper
 * estimates of what the parser would build: a real report, nesting at most four blocks
 * and two marks, is far below every limit.
 */
export function nestingProblem(text: string): NestingProblem | undefined {
  const lines = text.split('\n');
  return blockNesting(lines) ?? inlineNesting(lines);
}

/**
 * Block depth of each line: the container markers it opens or continues (each takes at
 * least one column), the indentation before them (a list item's content is indented two
 * columns or more a level), and the `:::` containers still open.
 */
function blockNesting(lines: readonly string[]): NestingProblem | undefined {
  const directives: number[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    let at = 0;
    let markers = 0;
    let indent = 0;
    for (;;) {
      let spaces = 0;
      while (line[at] === ' ' || line[at] === '\t') spaces += line[at++] === '\t' ? 4 : 1;
      // the one space after a marker is part of it
      indent += markers > 0 && spaces > 0 ? spaces - 1 : spaces;
      MARKER.lastIndex = at;
      if (MARKER.test(line)) {
        markers++;
        if (markers + Math.floor(indent / 2) + directives.length > LIMITS.blockDepth) return { kind: 'block', place: { line: n + 1, column: at + 1 } };
        at = MARKER.lastIndex;
        continue;
      }
      FENCE.lastIndex = at;
      const fence = FENCE.exec(line);
      if (fence) {
        const colons = fence[1]!.length;
        if (fence[2] !== undefined) {
          directives.push(colons);
          if (markers + Math.floor(indent / 2) + directives.length > LIMITS.blockDepth) return { kind: 'block', place: { line: n + 1, column: at + 1 } };
        } else if (directives.length > 0 && directives.at(-1)! <= colons && line.slice(FENCE.lastIndex).trim() === '') {
          directives.pop();
        }
      }
      break;
    }
  }
  return undefined;
}

/**
 * Emphasis and link marks of each paragraph (lines up to a blank one) and of the section:
 * how many there are, and how deep the ones that open (a run before a word, `[`) go before the ones that
 * close (a run after a word, `]`) come.
 */
function inlineNesting(lines: readonly string[]): NestingProblem | undefined {
  let marks = 0;
  let open = 0;
  let all = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      marks = 0;
      open = 0;
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const column = i + 1;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '[') {
        open++;
        marks++;
      } else if (c === ']') {
        open = Math.max(0, open - 1);
      } else if (DELIMITER.has(c)) {
        const start = i;
        while (line[i + 1] === c) i++;
        marks++;
        const before = line[start - 1];
        const after = line[i + 1];
        const opens = after !== undefined && !/\s/.test(after) && (before === undefined || /\s/.test(before) || PUNCTUATION.test(before));
        const closes = before !== undefined && !/\s/.test(before) && (after === undefined || /\s/.test(after) || PUNCTUATION.test(after));
        // a run of n marks opens up to n/2 levels (strong in strong…, an emphasis for an odd one)
        const levels = Math.ceil((i - start + 1) / 2);
        if (opens && !closes) open += levels;
        else if (closes && !opens) open = Math.max(0, open - levels);
      } else {
        continue;
      }
      all++;
      if (marks > LIMITS.inlineMarks) return { kind: 'marks', place: { line: n + 1, column } };
      if (all > LIMITS.sectionMarks) return { kind: 'section-marks', place: { line: n + 1, column } };
      if (open > LIMITS.inlineDepth) return { kind: 'inline', place: { line: n + 1, column } };
    }
  }
  return undefined;
}
