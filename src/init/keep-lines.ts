import { displayWidth } from '../text/display-width.js';

/**
 * The yaml package prints a trailing comment one space after its value and pads flow
 * collections (`[ a ]`), so a re-printed file would lose the look of the original: its
 * column-aligned comments (`date: 2021-01-25       # 成文日期`) and `[a]`. That is noise in
 * the `git diff` editors review year to year. So every printed line that differs from an
 * original line only in that spacing becomes the original line again, and a changed line
 * puts its comment back at the column the same key's comment had (in display width: a
 * Chinese character is two columns, as editors show it).
 */
export function keepOriginalLines(original: string, printed: string): string {
  const originals = original.split('\n');
  const byShape = new Map<string, string>();
  const byKey = new Map<string, string[]>();
  for (const line of originals) {
    const shape = shapeOf(line);
    if (!byShape.has(shape)) byShape.set(shape, line);
    const key = keyOf(line);
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), line]);
  }
  return rejoinKeyComments(printed.split('\n'), byShape)
    .map((line) => {
      const key = keyOf(line);
      const same = byShape.get(shapeOf(line));
      const before = key === undefined ? undefined : byKey.get(key)?.shift();
      if (same !== undefined) return same;
      return before === undefined ? line : alignComment(unpad(line, before), before);
    })
    .join('\n');
}

/**
 * The printer moves the comment of a line that opens a mapping (`colophon:   # 版记`) to a
 * line of its own below it (`  # 版记`); such a pair that was one line in the original is
 * one line again.
 */
function rejoinKeyComments(lines: string[], byShape: Map<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const comment = /^\s+#(.*)$/.exec(lines[i + 1] ?? '');
    const original = comment && /:$/.test(line) ? byShape.get(shapeOf(`${line} #${comment[1]}`)) : undefined;
    if (original !== undefined) {
      out.push(original);
      i++;
    } else {
      out.push(line);
    }
  }
  return out;
}

/** A line with the spacing the printer chooses (before `#`, inside brackets, at the end) normalised. */
function shapeOf(line: string): string {
  return line
    .replace(/[ \t]+#/g, ' #')
    .replace(/([[{])[ \t]+/g, '$1')
    .replace(/[ \t]+([\]}])/g, '$1')
    .replace(/[ \t]+$/, '');
}

/** Indentation and key of a `key: value` line, e.g. `  收到:`. */
function keyOf(line: string): string | undefined {
  return /^(\s*(?:- )?[^\s#:'"[{][^:#]*?):(?:\s|$)/.exec(line)?.[1];
}

/** `line` without the padding in its brackets when `model` had none (`[a]`, not `[ a ]`). */
function unpad(line: string, model: string): string {
  if (!/[[{][^\s\]}]/.test(model) || /[[{] /.test(model)) return line;
  const at = commentIndex(line);
  const code = at < 0 ? line : line.slice(0, at);
  return code.replace(/([[{]) +/g, '$1').replace(/ +([\]}])/g, '$1') + (at < 0 ? '' : line.slice(at));
}

/**
 * `line` with its comment moved to the display column of the comment in `model`; a
 * comment one space after its value stays one space after.
 */
function alignComment(line: string, model: string): string {
  const at = commentIndex(line);
  const modelAt = commentIndex(model);
  if (at < 0 || modelAt < 0 || /\S #$/.test(model.slice(0, modelAt + 1))) return line;
  const column = displayWidth(model.slice(0, modelAt));
  const code = line.slice(0, at).trimEnd();
  return `${code}${' '.repeat(Math.max(1, column - displayWidth(code)))}${line.slice(at)}`;
}

/** Index of the `#` that starts a trailing comment (outside quotes, after a space), or -1. */
function commentIndex(line: string): number {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#' && i > 0 && /\s/.test(line[i - 1]!)) {
      return i;
    }
  }
  return -1;
}
