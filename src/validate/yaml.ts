import { isMap, isNode, isPair, isScalar, parseDocument, visit, type Document, type Node, type Scalar } from 'yaml';
import type { Place, Sink } from '../diagnostics/diagnostic.js';
import { LIMITS } from '../load/limits.js';
import { LineIndex } from '../diagnostics/position.js';
import { msg, type Message } from '../i18n/message.js';
import type { SourceFile } from '../load/read-project.js';

/** Offsets of the parsed text → 1-based places in the file as the clerk wrote it. */
export interface Places {
  place(offset: number): Place;
}

/** A parsed YAML file that can still point back at its source. */
export interface YamlFile {
  /** The file as parsed: as written, or with the keyboard mistakes mended (see parseYaml). */
  file: SourceFile;
  doc: Document.Parsed;
  lines: Places;
  /** Plain JS value of the document (undefined when it had syntax errors). */
  value: unknown;
}

/**
 * Parses YAML keeping the document tree, so later stages can map a schema error at
 * `classification.topic` back to its line and column. The mistakes a Chinese keyboard
 * makes (`title：…`, `收到:48`, `　` in the indentation) are reported at the character,
 * every one of them; otherwise the first syntax error is reported at its position (the
 * ones after it tend to follow from it). Duplicate keys get their own rule.
 *
 * When keyboard mistakes are all that is wrong, the file is parsed again with them mended
 * (`：` read as `: `), so the rest of the checks still run and every other problem of the
 * file is reported in the same run; places still point into the file as written. Nothing
 * is built: the mistakes are errors.
 */
export function parseYaml(file: SourceFile, sink: Sink): YamlFile | undefined {
  const lines = new LineIndex(file.text);
  const doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const typed = keyboardMistakes(doc, file.text, lines);
  for (const mistake of typed) sink.error(file.path, lines.place(mistake.offset), mistake.message);
  const first = doc.errors[0];
  // an error after a mistake is most likely the parser's view of the same mistake
  if (first && (typed.length === 0 || first.pos[1] <= lineStart(file.text, typed[0]!.offset))) {
    const message = first.code === 'DUPLICATE_KEY' ? msg('duplicate-key', { key: keyAt(doc, file.text, first.pos[0]) }) : msg('yaml-syntax', { reason: firstLine(first.message), code: first.code });
    sink.error(file.path, lines.place(first.pos[0]), message);
  }
  for (const warning of doc.warnings) {
    sink.warn(file.path, lines.place(warning.pos[0]), msg('yaml-syntax/warning', { reason: firstLine(warning.message) }));
  }
  if (typed.length > 0) return mended(file, typed, lines, sink);
  if (doc.errors.length > 0) return undefined;
  const value = valueOf(doc, file, lines, sink);
  return value.ok ? { file, doc, lines, value: value.value } : undefined;
}

/**
 * The plain value of a document, or an error at an alias when its aliases would multiply
 * (a "billion laughs" file): at the one past LIMITS.yamlAliases, or at the first when
 * fewer, nested in one another, still copy more than the yaml library allows. A report
 * has no need for aliases at all; a few are let through for a clerk who likes them.
 */
function valueOf(doc: Document.Parsed, file: SourceFile, lines: Places, sink: Sink): { ok: true; value: unknown } | { ok: false } {
  const aliases: Node[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push(node);
    },
  });
  const past = aliases[LIMITS.yamlAliases];
  if (past) {
    sink.error(file.path, lines.place(past.range?.[0] ?? 0), msg('yaml-aliases', { limit: LIMITS.yamlAliases }));
    return { ok: false };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // yaml's own guard: fewer aliases, nested in one another, that still copy too much
    if (!(error instanceof ReferenceError) || aliases.length === 0) throw error;
    sink.error(file.path, lines.place(aliases[0]!.range?.[0] ?? 0), msg('yaml-aliases', { limit: LIMITS.yamlAliases }));
    return { ok: false };
  }
}

/** The file parsed with every keyboard mistake mended, or undefined when it still does not parse. */
function mended(file: SourceFile, mistakes: readonly KeyboardMistake[], lines: LineIndex, sink: Sink): YamlFile | undefined {
  let text = '';
  let from = 0;
  // where the mended text grew: [offset in the mended text, characters added before it]
  const shifts: Array<[number, number]> = [];
  for (const { fix } of [...mistakes].sort((a, b) => a.fix.at - b.fix.at)) {
    if (fix.at < from) continue;
    text += file.text.slice(from, fix.at) + fix.insert;
    from = fix.at + fix.remove;
    const grown = fix.insert.length - fix.remove;
    if (grown !== 0) shifts.push([text.length, (shifts.at(-1)?.[1] ?? 0) + grown]);
  }
  text += file.text.slice(from);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const places: Places = {
    place(offset) {
      let added = 0;
      for (const [at, total] of shifts) if (at <= offset) added = total;
      return lines.place(Math.max(0, offset - added));
    },
  };
  const value = valueOf(doc, file, places, sink);
  return value.ok ? { file: { path: file.path, text }, doc, lines: places, value: value.value } : undefined;
}

/** A mistake that a Chinese keyboard makes in YAML, at the offset of the character, and how it is mended. */
interface KeyboardMistake {
  offset: number;
  message: Message;
  /** Replace `remove` characters at `at` with `insert`. */
  fix: { at: number; remove: number; insert: string };
}

/**
 * `title：某区` (a full-width colon), `收到:48` (no space after the colon) and `　` in the
 * indentation. YAML reads each as part of a key or a plain value: a key that runs over
 * several lines, a key with `：` in it, a key starting with `　`, or a plain value on the
 * line below its key (`行政复议:` then `  收到：48`) or a whole document that reads as
 * `key：value` lines. Quoted and block values (`|`) are text and are left alone.
 */
function keyboardMistakes(doc: Document.Parsed, text: string, lines: LineIndex): KeyboardMistake[] {
  const found: KeyboardMistake[] = [];
  const plain = (node: unknown): node is Scalar & { range: [number, number, number] } => isScalar(node) && node.type === 'PLAIN' && node.range !== undefined && node.range !== null;
  visit(doc, {
    Pair(_, pair) {
      // no value at all (not even an empty one): YAML found no `: ` after the key
      if (plain(pair.key)) found.push(...inKey(text, pair.key.range[0], pair.key.range[1], pair.value === null || pair.value === undefined));
      if (plain(pair.value) && isNode(pair.key) && pair.key.range && lines.place(pair.value.range[0]).line > lines.place(pair.key.range[0]).line) {
        found.push(...inStrayValue(text, pair.value.range[0], pair.value.range[1]));
      }
    },
  });
  if (plain(doc.contents)) found.push(...inStrayValue(text, doc.contents.range[0], doc.contents.range[1]));
  return found.sort((a, b) => a.offset - b.offset);
}

/** A line that was meant as `key: value`: the key, the colon typed and what follows. */
const KEY_LINE = /^(\u3000*)([^\s:：#，。、；,“”"'{}[\]]{1,24}?)[ \u3000]*([：:])(.*)$/u;

function inKey(text: string, start: number, end: number, valueless: boolean): KeyboardMistake[] {
  const found: KeyboardMistake[] = [];
  const source = text.slice(start, end);
  const halfWidthToo = valueless || source.includes('\n');
  for (const [line, at] of linesOf(source, start)) {
    // a full-width space is as wide as two half-width ones
    const wide = /^\u3000+/u.exec(line)?.[0].length ?? 0;
    if (wide > 0) found.push({ offset: at, message: msg('yaml-syntax/full-width-indent'), fix: { at, remove: wide, insert: '  '.repeat(wide) } });
    const colon = colonMistake(text, line, at, halfWidthToo);
    if (colon) found.push(colon);
  }
  return found;
}

/** A plain value on the lines below its key is a mapping typed wrong when every line reads `key：value`. */
function inStrayValue(text: string, start: number, end: number): KeyboardMistake[] {
  const mistakes = linesOf(text.slice(start, end), start).map(([line, at]) => colonMistake(text, line, at, true));
  return mistakes.every((m) => m !== undefined) ? (mistakes as KeyboardMistake[]) : [];
}

/**
 * `key：value` anywhere it was read as a key; `key:value` (no space, which YAML reads as
 * one word) only where YAML's reading shows it was meant as a key, not in `12:30`.
 */
function colonMistake(text: string, line: string, at: number, halfWidthToo: boolean): KeyboardMistake | undefined {
  const match = KEY_LINE.exec(line);
  if (!match) return undefined;
  const [, indent = '', key = '', colon = '', rest = ''] = match;
  const offset = at + line.indexOf(colon, indent.length + key.length);
  // the node may end before the line does (`受理：{ value: 45 }` is read as the key `受理：{ value`)
  const fixed = { key, fixed: fixedLine(key, restOfLine(text, offset + 1)) };
  if (colon === '：') return { offset, message: msg('yaml-syntax/full-width-colon', fixed), fix: { at: offset, remove: 1, insert: /^[ \n]|^$/.test(text.slice(offset + 1, offset + 2)) ? ':' : ': ' } };
  if (!halfWidthToo || rest === '' || rest.startsWith(' ') || rest.startsWith('/')) return undefined;
  if (rest.startsWith('\u3000')) return { offset, message: msg('yaml-syntax/colon-full-width-space', fixed), fix: { at: offset + 1, remove: 1, insert: ' ' } };
  return { offset, message: msg('yaml-syntax/colon-space', fixed), fix: { at: offset + 1, remove: 0, insert: ' ' } };
}

/** The source line from an offset, without a trailing comment. */
function restOfLine(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  return text.slice(offset, end < 0 ? text.length : end).replace(/\s+#.*$/, '');
}

/** `title: 某区人民政府2020年法…`: the line as it should be typed, shortened. */
function fixedLine(key: string, rest: string): string {
  const value = rest.replace(/^[\s\u3000]+/u, '').trimEnd();
  const shown = [...value].length > 16 ? `${[...value].slice(0, 16).join('')}…` : value;
  return shown === '' ? `${key}:` : `${key}: ${shown}`;
}

/** The lines of a node's source, each without its leading ASCII spaces, with the offset where it then starts. */
function linesOf(source: string, start: number): Array<[string, number]> {
  const result: Array<[string, number]> = [];
  let offset = start;
  for (const raw of source.split('\n')) {
    const indent = raw.length - raw.replace(/^[ \t]+/, '').length;
    const line = raw.slice(indent).replace(/\r$/, '');
    if (line.trim() !== '') result.push([line, offset + indent]);
    offset += raw.length + 1;
  }
  return result;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The key a duplicate-key error points at, as written. */
function keyAt(doc: Document.Parsed, text: string, offset: number): string {
  let key: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        key = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return key ?? (/^[^:\n]*/.exec(text.slice(offset))?.[0] ?? '').trim();
}

/**
 * The top-level keys of a YAML file that did not parse, read line by line. A metric file
 * with a syntax error still tells which groups it would define, so references into them
 * are not reported a second time as unknown metrics.
 */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  // `：` too: a key typed with a full-width colon is reported as such, not once per reference to it
  for (const match of text.matchAll(/^([^\s#:：\-][^:：#]*?)\s*(?::(?:\s|$)|：)/gm)) keys.push(match[1]!.replace(/^["']|["']$/g, ''));
  return keys;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/**
 * Where a path points in the file: the value's start, or with `key: true` the key's start.
 * Walks up to the nearest existing ancestor when the path does not exist (a missing key
 * is reported at the mapping that lacks it).
 */
export function placeOf(yaml: YamlFile, path: readonly PropertyKey[], options: { key?: boolean } = {}): Place {
  let node: unknown = yaml.doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (!isNode(node)) break;
    const found = childOf(node, segment);
    if (!found) break;
    node = found.value;
    keyNode = found.key;
  }
  const target = options.key && keyNode ? keyNode : isNode(node) ? node : keyNode;
  const offset = target?.range?.[0] ?? 0;
  return yaml.lines.place(offset);
}

function childOf(node: Node, segment: PropertyKey): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(k) === String(segment)) return { key: isNode(pair.key) ? pair.key : undefined, value: pair.value };
    }
    return undefined;
  }
  if ('items' in node && Array.isArray((node as { items: unknown[] }).items) && typeof segment === 'number') {
    const item = (node as { items: unknown[] }).items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}
