import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Place, Sink } from '../diagnostics/diagnostic.js';
import { METRIC_KEY_NAMES } from '../validate/chinese-keys.js';
import { schemaKeysAt } from '../validate/schema-keys.js';
import type { YamlFile } from '../validate/yaml.js';
import { zodProblems } from '../validate/zod-messages.js';
import { checkSchema, metricAttributesSchema, METRIC_KEYS, PERCENT_TEXT } from './metric-schema.js';

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
  formula?: { source: string; place: Place };
  /** Where the value is `null` (or left empty): a figure still to be filled in. */
  unfilled?: Place;
  format?: string;
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
      sink.error(yaml.file.path, yaml.lines.place(root.range?.[0] ?? 0), 'a metric file must be a mapping of groups and metrics', 'metric-invalid');
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

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function placeOfNode(context: Context, node: unknown): Place {
  const range = (node as Node | null)?.range;
  return context.yaml.lines.place(range?.[0] ?? 0);
}

function visit(pair: Pair, parents: string[], context: Context): void {
  const key = keyOf(pair);
  const { yaml, sink } = context;
  const keyPlace = placeOfNode(context, pair.key);
  if (key.includes('.') || key.trim() === '') {
    sink.error(yaml.file.path, keyPlace, `metric name "${key}" must not be empty or contain "." (dots separate groups in ids)`, 'metric-invalid');
    return;
  }
  const path = [...parents, key];
  const id = path.join('.');
  const value = pair.value as Node | null;
  if (isMap(value) && !value.items.some((p) => isPair(p) && METRIC_KEYS.has(keyOf(p)))) {
    for (const child of value.items) visit(child, path, context);
    return;
  }
  const def: MetricDef = { id, group: parents.join('.'), file: yaml.file.path, place: keyPlace };
  if (value === null || (isScalar(value) && value.value === null)) {
    def.unfilled = unfilledPlace(context, value, keyPlace);
  } else if (isScalar(value) && (typeof value.value === 'number' || typeof value.value === 'string')) {
    if (!applyStated(def, value.value, sourceText(context, value))) {
      sink.error(yaml.file.path, placeOfNode(context, value), `metric "${id}" has value ${JSON.stringify(value.value)} (expected a number, a percentage like 15.3%, or a mapping with value/formula)`, 'metric-invalid');
      register({ id, group: def.group, file: def.file, place: def.place }, context);
      return;
    }
  } else if (isMap(value)) {
    const parsed = metricAttributesSchema.safeParse(value.toJSON());
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
    const valueNode = value.get('value', true) as Node | undefined;
    if (attrs.value === null) def.unfilled = unfilledPlace(context, valueNode ?? null, keyPlace);
    else if (attrs.value !== undefined) applyStated(def, attrs.value, valueNode ? sourceText(context, valueNode) : String(attrs.value));
    if (attrs.formula !== undefined) {
      const formulaNode = value.get('formula', true) as Node | undefined;
      def.formula = { source: attrs.formula, place: formulaPlace(context, formulaNode) };
    }
    def.format = attrs.format ?? def.format;
    def.unit = attrs.unit;
    def.label = attrs.label;
    def.note = attrs.note;
    def.source = attrs.source;
  } else {
    sink.error(yaml.file.path, placeOfNode(context, value ?? pair.key), `metric "${id}" has no value (expected a number, a percentage like 15.3%, or a mapping with value/formula)`, 'metric-invalid');
    register(def, context);
    return;
  }
  register(def, context);
}

/** Adds a metric, or reports it as a duplicate. Invalid metrics are added without a value. */
function register(def: MetricDef, context: Context): void {
  const previous = context.seen.get(def.id);
  if (previous) {
    context.sink.error(def.file, def.place, `duplicate metric "${def.id}" (first defined at ${previous.file}:${previous.place.line}:${previous.place.column})`, 'duplicate-metric');
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
    sink.error(yaml.file.path, placeOfNode(context, pair.key), '"checks" must be a list of expressions or { name, expr } mappings', 'metric-invalid');
    return;
  }
  for (const item of list.items) {
    const node = item as Node;
    const parsed = checkSchema.safeParse(isScalar(node) ? node.value : (node as { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      sink.error(yaml.file.path, placeOfNode(context, node), 'a check must be an expression string or a mapping { name, expr }', 'metric-invalid');
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
