import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Place, Sink } from '../diagnostics/diagnostic.js';
import { msg, text } from '../i18n/message.js';
import { verbatim } from '../i18n/text.js';
import { METRIC_KEY_NAMES } from '../validate/chinese-keys.js';
import { schemaKeysAt } from '../validate/schema-keys.js';
import type { YamlFile } from '../validate/yaml.js';
import { zodProblems } from '../validate/zod-messages.js';
import { meantAttribute } from './attribute-key.js';
import { unknownFormat } from './format.js';
import { checkSchema, metricAttributesSchema, METRIC_ATTRIBUTES, METRIC_KEYS, PERCENT_TEXT } from './metric-schema.js';
import { readStatedValue, type ValueContext } from './read-value.js';

/** A metric as written in a metric file, before formulas are evaluated. */
export interface MetricDef {
  id: string;
  /** The group path formulas resolve relative names in, e.g. `行政复议`. */
  group: string;
  file: string;
  place: Place;
  stated?: number;
  /** Decimals the stated value is written with (for `15.3%`: 1, in percent). */
  statedDecimals?: number;
  statedIsPercent?: boolean;
  /** Where the stated value is written. */
  valuePlace?: Place;
  formula?: { source: string; place: Place };
  /** Where the value is `null` (or left empty): a figure still to be filled in. */
  unfilled?: Place;
  /** Where the value is `blank` (or a dash): a cell the published table leaves blank, read as 0. */
  blank?: Place;
  format?: string;
  /** Where an explicit `format:` is written (a percentage's implied format has none). */
  formatPlace?: Place;
  unit?: string;
  label?: string;
  note?: string;
  source?: string;
}

/** An assertion from a `checks:` list. */
export interface CheckDef {
  name?: string;
  expr: string;
  file: string;
  place: Place;
}

export interface Collected {
  metrics: MetricDef[];
  checks: CheckDef[];
}

/**
 * Reads metric definitions out of parsed metric files. A number (or `15.3%`) is a metric;
 * a mapping with `value` or `formula` is a metric with attributes; any other mapping is
 * a group. Ids are dotted paths; the same id in two places is an error.
 */
export function collectMetrics(files: readonly YamlFile[], sink: Sink): Collected {
  const metrics: MetricDef[] = [];
  const checks: CheckDef[] = [];
  const seen = new Map<string, MetricDef>();
  for (const yaml of files) {
    const root = yaml.doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) continue;
    if (!isMap(root)) {
      sink.error(yaml.file.path, yaml.lines.place(root.range?.[0] ?? 0), msg('metric-invalid/not-mapping'));
      continue;
    }
    const context: Context = { yaml, sink, metrics, checks, seen };
    for (const pair of root.items) {
      if (keyOf(pair) === 'checks') collectChecks(pair, context);
      else visit(pair, [], context);
    }
  }
  return { metrics, checks };
}

interface Context {
  yaml: YamlFile;
  sink: Sink;
  metrics: MetricDef[];
  checks: CheckDef[];
  seen: Map<string, MetricDef>;
}

/**
 * Names JavaScript gives every object: a metric so named works in the store (a Map) today,
 * but any later code that indexes a plain object by id would let a pull request rewrite
 * how every object behaves (prototype pollution). No figure is called that: refuse them.
 */
const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function placeOfNode(context: Context, node: unknown): Place {
  const range = (node as Node | null)?.range;
  return context.yaml.lines.place(range?.[0] ?? 0);
}

function visit(pair: Pair, parents: string[], context: Context, pieces: readonly Pair[] = []): void {
  const key = keyOf(pair);
  const { yaml, sink } = context;
  const keyPlace = placeOfNode(context, pair.key);
  if (key.includes('.') || key.trim() === '') {
    sink.error(yaml.file.path, keyPlace, msg('metric-invalid/name', { name: key }));
    return;
  }
  if (RESERVED_NAMES.has(key)) {
    sink.error(yaml.file.path, keyPlace, msg('metric-invalid/reserved', { name: key }));
    return;
  }
  const path = [...parents, key];
  const id = path.join('.');
  const value = pair.value as Node | null;
  if (isMap(value) && !isMetricMapping(value)) {
    const split = splitNumbers(value);
    const skipped = new Set([...split.values()].flat());
    for (const child of value.items) if (!skipped.has(child)) visit(child, path, context, split.get(child));
    return;
  }
  const def: MetricDef = { id, group: parents.join('.'), file: yaml.file.path, place: keyPlace };
  if (pieces.length > 0) {
    reportSplitNumber(context, id, pair.value as Node, pieces);
    register(def, context);
    return;
  }
  if (value === null || (isScalar(value) && value.value === null)) {
    def.unfilled = unfilledPlace(context, value, keyPlace);
  } else if (isBlank(value)) {
    def.blank = placeOfNode(context, value);
    def.stated = 0;
    def.valuePlace = def.blank;
  } else if (isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'string')) {
    const stated = statedOf(context, value, { id, inMapping: false });
    if (stated === undefined) {
      register({ id, group: def.group, file: def.file, place: def.place }, context);
      return;
    }
    if (typeof stated.value === 'number' && !Number.isFinite(stated.value)) {
      // YAML's .nan and .inf, or a number too large for a double (1e400): never a figure
      sink.error(yaml.file.path, placeOfNode(context, value), msg('metric-invalid/not-finite', { id, value: sourceText(context, value) }));
      register({ id, group: def.group, file: def.file, place: def.place }, context);
      return;
    }
    applyStated(def, stated.value, stated.text);
    def.valuePlace = placeOfNode(context, value);
  } else if (isMap(value)) {
    const attributes = readAttributes(value, id, context);
    if (!attributes) {
      register({ id, group: def.group, file: def.file, place: def.place }, context);
      return;
    }
    const parsed = metricAttributesSchema.safeParse(attributes.input);
    if (!parsed.success) {
      const problems = zodProblems(parsed.error.issues, { subject: { kind: 'metric', id }, input: value.toJSON(), allowedKeys: () => schemaKeysAt(metricAttributesSchema, []), names: METRIC_KEY_NAMES });
      for (const problem of problems) {
        const at = problem.path.length > 0 ? value.items.find((p) => isPair(p) && keyOf(p) === String(problem.path[0])) : undefined;
        const where = at ? placeOfNode(context, problem.at === 'key' ? at.key : (at.value ?? at.key)) : keyPlace;
        sink.error(yaml.file.path, where, problem.message);
      }
      register({ id, group: def.group, file: def.file, place: def.place }, context);
      return;
    }
    const attrs = parsed.data;
    const valueNode = attributes.nodes.value;
    if (attributes.blank) {
      def.blank = placeOfNode(context, valueNode);
      def.stated = 0;
      def.valuePlace = def.blank;
    } else if (attrs.value === null) def.unfilled = unfilledPlace(context, valueNode ?? null, keyPlace);
    else if (attrs.value !== undefined) {
      applyStated(def, attrs.value, attributes.valueText ?? String(attrs.value));
      def.valuePlace = placeOfNode(context, valueNode);
    }
    if (attrs.formula !== undefined) {
      def.formula = { source: attrs.formula, place: formulaPlace(context, attributes.nodes.formula) };
    }
    if (attrs.format !== undefined) def.formatPlace = placeOfNode(context, attributes.nodes.format);
    def.format = attrs.format ?? def.format;
    def.unit = attrs.unit;
    def.label = attrs.label;
    def.note = attrs.note;
    def.source = attrs.source;
  } else {
    sink.error(yaml.file.path, placeOfNode(context, value ?? pair.key), msg('metric-invalid/no-value', { id }));
    register(def, context);
    return;
  }
  register(def, context);
}

/**
 * A mapping is a metric when it has `value` or `formula`, or when every key is an
 * attribute under another name (`{ 值: 48, 单位: 件 }`, `{ valeu: 48 }`) and one of them
 * stands for value or formula: read as a group, its attributes would become metrics.
 */
function isMetricMapping(map: YAMLMap): boolean {
  const keys = map.items.map(keyOf);
  if (keys.some((k) => METRIC_KEYS.has(k))) return true;
  const meant = keys.map(meantAttribute);
  return meant.every((m) => m !== undefined) && meant.some((m) => METRIC_KEYS.has(m!));
}

/** The attributes of a metric mapping, ready for the schema, and the nodes they came from. */
interface Attributes {
  input: Record<string, unknown>;
  nodes: Partial<Record<(typeof METRIC_ATTRIBUTES)[number], Node>>;
  /** The stated value as it should be written (`42.3%` for `42.3％`), for its decimals. */
  valueText?: string;
  /** The value is `blank` (or a dash). */
  blank?: boolean;
}

/**
 * `blank`, or the dash a published table prints in an empty cell (`"-"`, `—`, `－`, `–`,
 * `/`): a cell left blank as published, distinct from `null` (not filled in yet) and from 0
 * (which the table would print). A bare `-` is YAML's list mark, so the dash is quoted.
 */
export const BLANK_SPELLINGS = /^(?:blank|-|－|—{1,2}|–|\/|／)$/i;

function isBlank(node: unknown): boolean {
  return isScalar(node) && typeof node.value === 'string' && BLANK_SPELLINGS.test(node.value.trim());
}

/**
 * Reads a metric mapping's attributes. An unknown key is an error with the attribute it
 * most likely means (`单位` → unit, `formular` → formula), and is read as that attribute
 * so one slip does not cascade; a value typed with full-width characters, a unit or a
 * thousands separator is reported as readStatedValue says. Undefined when the value
 * cannot be used (already reported).
 */
function readAttributes(map: YAMLMap, id: string, context: Context): Attributes | undefined {
  const { yaml, sink } = context;
  const attributes: Attributes = { input: {}, nodes: {} };
  const written = new Set(map.items.map(keyOf));
  const split = splitNumbers(map);
  const skipped = new Set([...split.values()].flat());
  for (const pair of map.items) {
    if (skipped.has(pair)) continue;
    const key = keyOf(pair);
    const attribute = METRIC_ATTRIBUTES.find((a) => a === key);
    if (attribute) {
      attributes.input[attribute] = toJson(pair.value);
      attributes.nodes[attribute] = pair.value as Node;
      continue;
    }
    const meant = meantAttribute(key);
    const hint = meant === undefined ? undefined : text('ui.did-you-mean', { name: meant });
    sink.error(yaml.file.path, placeOfNode(context, pair.key), msg('unknown-key/metric', { key, id, hint: hint ?? verbatim(''), allowed: METRIC_ATTRIBUTES }));
    if (meant !== undefined && !written.has(meant) && attributes.nodes[meant] === undefined) {
      attributes.input[meant] = toJson(pair.value);
      attributes.nodes[meant] = pair.value as Node;
    }
  }
  const formatNode = attributes.nodes.format;
  const unknown = isScalar(formatNode) && typeof formatNode.value === 'string' ? unknownFormat(formatNode.value) : undefined;
  if (unknown) {
    // reported here, with its did-you-mean; the metric is still read, in its plain form
    sink.error(yaml.file.path, placeOfNode(context, formatNode), unknown);
    delete attributes.input.format;
    delete attributes.nodes.format;
  }
  const valueNode = attributes.nodes.value;
  const valuePair = map.items.find((p) => p.value === valueNode);
  const pieces = valuePair ? split.get(valuePair) : undefined;
  if (pieces) {
    reportSplitNumber(context, id, valueNode!, pieces);
    return undefined;
  }
  if (isBlank(valueNode)) {
    attributes.input.value = 0;
    attributes.blank = true;
  } else if (isScalar(valueNode) && typeof valueNode.value === 'string') {
    const unit = typeof attributes.input.unit === 'string' ? attributes.input.unit : undefined;
    const stated = statedOf(context, valueNode, { id, inMapping: true, unit });
    if (stated === undefined) return undefined;
    attributes.input.value = stated.value;
    attributes.valueText = stated.text;
  } else if (isScalar(valueNode) && typeof valueNode.value === 'number') {
    attributes.valueText = sourceText(context, valueNode);
  }
  return attributes;
}

function toJson(node: unknown): unknown {
  return node !== null && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
}

/**
 * A typed value read as readStatedValue reads it, its problems reported at the character
 * they name; undefined when it cannot be used (an error was reported).
 */
function statedOf(context: Context, node: Node & { value: unknown }, where: ValueContext): { value: number | string; text: string } | undefined {
  if (typeof node.value === 'number') return { value: node.value, text: sourceText(context, node) };
  const written = String(node.value);
  const reading = readStatedValue(written, where);
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  const start = (node.range?.[0] ?? 0) + (quoted ? 1 : 0);
  for (const problem of reading.problems) {
    const place = context.yaml.lines.place(start + problem.at);
    if (problem.severity === 'error') context.sink.error(context.yaml.file.path, place, problem.message);
    else context.sink.warn(context.yaml.file.path, place, problem.message);
  }
  if (reading.ok) return { value: reading.value, text: reading.text };
  if (reading.problems.length === 0) {
    context.sink.error(context.yaml.file.path, placeOfNode(context, node), msg('metric-invalid/value', { id: where.id, value: written }));
  }
  return undefined;
}

/**
 * In a `{ … }` mapping the comma ends an entry, so `1,234` is read as 1 followed by a key
 * 234 with no value: for each number, the digit groups that followed it.
 */
function splitNumbers(map: YAMLMap): Map<Pair, Pair[]> {
  const split = new Map<Pair, Pair[]>();
  if (!map.flow) return split;
  let number: Pair | undefined;
  for (const item of map.items) {
    const piece = isScalar(item.key) && /^\d{3}(\.\d+)?$/.test(String(item.key.source ?? item.key.value)) && (item.value === null || (isScalar(item.value) && item.value.value === null));
    if (piece && number) {
      split.set(number, [...(split.get(number) ?? []), item as Pair]);
      continue;
    }
    const value = item.value;
    number = isScalar(value) && typeof value.value === 'number' && Number.isInteger(value.value) ? (item as Pair) : undefined;
  }
  return split;
}

/** `{ value: 22,487 }`: an error at the comma, with the number to write. */
function reportSplitNumber(context: Context, id: string, node: Node, pieces: readonly Pair[]): void {
  const read = sourceText(context, node);
  const digits = pieces.map((p) => String((p.key as Node & { source?: string }).source ?? (p.key as { value: unknown }).value));
  const end = pieces.at(-1)!.key as Node;
  const comma = context.yaml.file.text.indexOf(',', node.range?.[1] ?? 0);
  const value = context.yaml.file.text.slice(node.range?.[0] ?? 0, end.range?.[1] ?? 0).replace(/\s+/g, '');
  context.sink.error(context.yaml.file.path, context.yaml.lines.place(comma), msg('metric-invalid/split-number', { id, value, read, number: `${read}${digits.join('')}` }));
}

/** Adds a metric, or reports it as a duplicate. Invalid metrics are added without a value. */
function register(def: MetricDef, context: Context): void {
  const previous = context.seen.get(def.id);
  if (previous) {
    context.sink.error(def.file, def.place, msg('duplicate-metric', { id: def.id, first: `${previous.file}:${previous.place.line}:${previous.place.column}` }));
    return;
  }
  context.seen.set(def.id, def);
  context.metrics.push(def);
}

/** Where to type the missing figure: at `null`, or at the key when the value is left empty. */
function unfilledPlace(context: Context, node: Node | null, keyPlace: Place): Place {
  return node && sourceText(context, node).trim() !== '' ? placeOfNode(context, node) : keyPlace;
}

/** Fills the stated value; false when the value is neither a number nor a percentage. */
function applyStated(def: MetricDef, raw: number | string, text: string): boolean {
  if (typeof raw === 'number') {
    def.stated = raw;
    def.statedDecimals = decimalsOf(text);
    return true;
  }
  const match = PERCENT_TEXT.exec(raw.trim());
  if (!match) return false;
  // shift the decimal point in the text: 90.21% is 0.9021, not 90.21 / 100 = 0.9020999…
  def.stated = Number(`${match[1]}e-2`);
  def.statedDecimals = match[2]?.length ?? 0;
  def.statedIsPercent = true;
  def.format = `percent:${def.statedDecimals}`;
  return true;
}

function decimalsOf(text: string): number {
  const match = /\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

function sourceText(context: Context, node: Node): string {
  const range = node.range;
  return range ? context.yaml.file.text.slice(range[0], range[1]) : '';
}

/** Where the formula text starts, past an opening quote, so expression offsets add up. */
function formulaPlace(context: Context, node: Node | undefined): Place {
  const start = node?.range?.[0] ?? 0;
  const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
  return context.yaml.lines.place(start + (quoted ? 1 : 0));
}

function collectChecks(pair: Pair, context: Context): void {
  const { yaml, sink } = context;
  const list = pair.value;
  if (!isSeq(list)) {
    sink.error(yaml.file.path, placeOfNode(context, pair.key), msg('metric-invalid/checks-not-list'));
    return;
  }
  for (const item of list.items) {
    const node = item as Node;
    const parsed = checkSchema.safeParse(isScalar(node) ? node.value : (node as { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      sink.error(yaml.file.path, placeOfNode(context, node), msg('metric-invalid/check-shape'));
      continue;
    }
    if (typeof parsed.data === 'string') {
      context.checks.push({ expr: parsed.data, file: yaml.file.path, place: formulaPlace(context, node) });
    } else {
      const exprNode = isMap(node) ? (node.get('expr', true) as Node | undefined) : undefined;
      context.checks.push({ name: parsed.data.name, expr: parsed.data.expr, file: yaml.file.path, place: formulaPlace(context, exprNode) });
    }
  }
}
