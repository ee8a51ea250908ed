import { isMap, isNode, isPair, isScalar, parseDocument, type Document, type Node } from 'yaml';
import type { Place, Sink } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../diagnostics/position.js';
import type { SourceFile } from '../load/read-project.js';

/** A parsed YAML file that can still point back at its source. */
export interface YamlFile {
  file: SourceFile;
  doc: Document.Parsed;
  lines: LineIndex;
  /** Plain JS value of the document (undefined when it had syntax errors). */
  value: unknown;
}

/**
 * Parses YAML keeping the document tree, so later stages can map a schema error at
 * `classification.topic` back to its line and column. Syntax errors are reported at
 * their position; duplicate keys get their own rule.
 */
export function parseYaml(file: SourceFile, sink: Sink): YamlFile | undefined {
  const lines = new LineIndex(file.text);
  const doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  // One syntax error tends to cause several more after it; the first is the one to fix.
  for (const error of doc.errors.slice(0, 1)) {
    const rule = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
    const message = error.code === 'DUPLICATE_KEY' ? 'duplicate key (each key may appear once in a mapping)' : `invalid YAML (${firstLine(error.message)})`;
    sink.error(file.path, lines.place(error.pos[0]), message, rule);
  }
  for (const warning of doc.warnings) {
    sink.warn(file.path, lines.place(warning.pos[0]), `YAML warning (${firstLine(warning.message)})`, 'yaml-syntax');
  }
  if (doc.errors.length > 0) return undefined;
  return { file, doc, lines, value: doc.toJS({ maxAliasCount: 100 }) };
}

/**
 * The top-level keys of a YAML file that did not parse, read line by line. A metric file
 * with a syntax error still tells which groups it would define, so references into them
 * are not reported a second time as unknown metrics.
 */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(/^([^\s#:\-][^:#]*?)\s*:(?:\s|$)/gm)) keys.push(match[1]!.replace(/^["']|["']$/g, ''));
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
