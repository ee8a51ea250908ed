import { Sink, type Place } from '../diagnostics/diagnostic.js';
import { msg, text } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';
import type { CheckDef, MetricDef } from './collect.js';
import { COMPARISON, evaluate, parseExpression, printExpression, type Expr } from './expression.js';
import { formatValue, roundFixed } from './format.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import { idTyping, typingHint, unknownIdHint } from './id-hint.js';
import { natureOf, percentOnCount, shareAsPercent, type MetricNature } from './nature.js';
import { asciiOperators } from './typed-operators.js';

/** A metric with its final value. `value` is undefined when its formula could not be evaluated. */
export interface Metric {
  id: string;
  value: number | undefined;
  format?: string;
  unit?: string;
  label?: string;
  note?: string;
  source?: string;
  formula?: string;
  /** The formula's own result (full precision), when it has one; `value` prefers the stated figure. */
  computed?: number;
  /** A share or a count, when that can be told (see natureOf): formats are checked against it. */
  nature?: MetricNature;
  /** Left blank as published (`blank`, `"-"`): `value` is 0, the standard tables print nothing. */
  blank?: boolean;
  file: string;
  place: Place;
}

/** `prev.行政复议.收到` names `行政复议.收到` in last year's report (report.yaml `previous:`). */
export const PREVIOUS_PREFIX = 'prev.';

/** Every metric of a report by id, with formulas evaluated and checks run. */
export class MetricStore {
  constructor(
    private readonly byId: ReadonlyMap<string, Metric>,
    private readonly unavailableGroups: ReadonlySet<string> = new Set(),
    /** Last year's metrics, when report.yaml names a previous report. */
    readonly previous?: MetricStore,
    /** Stands for a report that could not be read (reported once, where it is named). */
    readonly unreadable = false,
  ) {}

  /** Last year's report when `previous:` names none that exists: references to it are not errors again. */
  static unreadable(): MetricStore {
    return new MetricStore(new Map(), new Set(), undefined, true);
  }

  get(id: string): Metric | undefined {
    return this.byId.get(id);
  }

  /**
   * True for ids in a group whose metric file did not parse: their absence is already
   * reported as that file's syntax error, so references to them are not errors again.
   */
  unavailable(id: string): boolean {
    return isUnavailable(id, this.unavailableGroups);
  }

  ids(): IterableIterator<string> {
    return this.byId.keys();
  }

  all(): Metric[] {
    return [...this.byId.values()];
  }
}

/**
 * Evaluates formulas in dependency order, compares stated values with their formulas at
 * the precision they are shown, and runs the checks. Every problem is a diagnostic;
 * a metric that cannot be computed stays undefined so one error does not cascade.
 */
export function buildStore(defs: readonly MetricDef[], checks: readonly CheckDef[], sink: Sink, unavailable: ReadonlySet<string> = new Set(), previous?: MetricStore): MetricStore {
  const defsById = new Map(defs.map((d) => [d.id, d]));
  const scope: Scope = { defs: defsById, unavailable, previous };
  const parsed = new Map<string, Expr>();
  for (const def of defs) {
    if (!def.formula) continue;
    const resolved = compile(def.formula.source, 'formula', def.group, scope, def.file, def.formula.place, sink);
    if (resolved) parsed.set(def.id, resolved);
  }

  const values = new Map<string, number | undefined>();
  const computed = new Map<string, number>();
  const state = new Map<string, 'visiting' | 'done'>();
  const valueOf = (id: string): number | undefined => {
    if (id.startsWith(PREVIOUS_PREFIX)) return previous?.get(id.slice(PREVIOUS_PREFIX.length))?.value;
    if (state.get(id) === 'done') return values.get(id);
    const def = defsById.get(id);
    if (!def) return undefined;
    if (state.get(id) === 'visiting') {
      sink.error(def.file, def.formula?.place ?? def.place, msg('formula-cycle', { id }));
      values.set(id, undefined);
      state.set(id, 'done');
      return undefined;
    }
    state.set(id, 'visiting');
    const value = computeOne(def, parsed.get(id), operands, sink, (result) => computed.set(id, result));
    if (state.get(id) !== 'done') values.set(id, value);
    state.set(id, 'done');
    return values.get(id);
  };

  // what a formula or check reads: a blank cell is no figure to compute with (why says so)
  const operands: Operands = {
    value: (id) => (why(id) === 'blank' ? undefined : valueOf(id)),
    asZero: valueOf,
    why,
  };
  function why(id: string): 'blank' | 'unfilled' | undefined {
    const previousOne = id.startsWith(PREVIOUS_PREFIX) ? previous?.get(id.slice(PREVIOUS_PREFIX.length)) : undefined;
    if (previousOne?.blank) return 'blank';
    const def = defsById.get(id);
    if (def?.blank) return 'blank';
    if (def?.unfilled && !def.formula) return 'unfilled';
    return undefined;
  }

  const metrics = new Map<string, Metric>();
  for (const def of defs) {
    const value = valueOf(def.id);
    const blank = def.blank !== undefined ? { blank: true } : {};
    metrics.set(def.id, {
      id: def.id,
      value,
      nature: natureOf({ id: def.id, label: def.label, value, statedIsPercent: def.statedIsPercent, formula: parsed.get(def.id) }),
      format: def.format,
      unit: def.unit,
      label: def.label,
      note: def.note,
      source: def.source,
      formula: def.formula?.source,
      computed: computed.get(def.id),
      ...blank,
      file: def.file,
      place: def.place,
    });
  }
  for (const def of defs) if (def.unfilled) reportUnfilled(def, metrics.get(def.id)!, previous, sink);
  for (const def of defs) checkNature(def, metrics.get(def.id)!, parsed.get(def.id), sink);
  for (const check of checks) runCheck(check, scope, operands, sink);
  return new MetricStore(metrics, unavailable, previous);
}

/** The values formulas and checks read, and why one has none: blank as published, or not filled in yet. */
interface Operands {
  value: (id: string) => number | undefined;
  /** As value, but a blank cell is 0. */
  asZero: (id: string) => number | undefined;
  why: (id: string) => 'blank' | 'unfilled' | undefined;
}

function computeOne(def: MetricDef, expr: Expr | undefined, operands: Operands, sink: Sink, onComputed: (result: number) => void): number | undefined {
  if (!def.formula || def.blank) return def.stated;
  if (!expr) return def.stated;
  // a stated figure is a published claim: a blank operand may hide a figure, so it is not
  // verified; a formula alone reads a blank as the table shows it, 0
  const result = evaluate(expr, def.stated !== undefined ? operands.value : operands.asZero);
  if (!result.ok) {
    if (result.reason === 'division-by-zero') {
      sink.error(def.file, def.formula.place, msg('division-by-zero/formula', { id: def.id, detail: result.detail }));
    } else {
      reportUnchecked(def, result.detail, operands.why(result.detail), sink);
    }
    return def.stated;
  }
  if (typeof result.value !== 'number') {
    sink.error(def.file, def.formula.place, msg('expression-unsupported/comparison-formula', { id: def.id }));
    return def.stated;
  }
  if (!Number.isFinite(result.value)) {
    // 1e308 * 10 and the like: no figure to print or compare
    sink.error(def.file, def.formula.place, msg('metric-invalid/not-finite-formula', { id: def.id, formula: def.formula.source }));
    return def.stated;
  }
  onComputed(result.value);
  if (def.stated !== undefined) compareStated(def, result.value, sink);
  return def.stated ?? result.value;
}

/**
 * A stated figure whose formula could not be evaluated because an operand has no figure
 * (blank as published, or not filled in yet): it would be published unverified, so a
 * warning at it names the operand. An operand without a value for another reason has its
 * own error already; a metric with a formula alone and an unfilled operand has no value,
 * which the operand's metric-unfilled error covers.
 */
function reportUnchecked(def: MetricDef, operand: string, why: 'blank' | 'unfilled' | undefined, sink: Sink): void {
  if (!why || def.stated === undefined) return;
  sink.warn(def.file, def.valuePlace ?? def.place, msg(`formula-unchecked/${why}`, { id: def.id, operand, formula: def.formula!.source }));
}

/**
 * A figure left `null` for the clerk (`report init --from`): an error until it is filled
 * in, so nothing is published with a gap. Says what last year's report and the metric's
 * formula give, which is what the clerk needs beside the blank.
 */
function reportUnfilled(def: MetricDef, metric: Metric, previous: MetricStore | undefined, sink: Sink): void {
  const shown = (value: number, format: string | undefined) => {
    const result = formatValue(value, format);
    return result.ok ? result.text : String(value);
  };
  const before = previous?.get(def.id);
  // a share's format comes from its written value (15.3% → percent:1), so take last year's
  const computed = def.formula && metric.value !== undefined ? shown(metric.value, def.format ?? before?.format) : undefined;
  const last = before?.value !== undefined ? `${shown(before.value, before.format)}${before.unit ?? ''}` : undefined;
  sink.error(def.file, def.unfilled!, msg('metric-unfilled', { id: def.id, computed, last }));
}

/**
 * Formats against what the metric is: its own `format: percent` on a whole number would
 * print 1800.0% (an error at the format), and a share stated as a decimal prints 0.423
 * where the report means 42.3% (a warning at the value, with the percentage to write).
 */
function checkNature(def: MetricDef, metric: Metric, formula: Expr | undefined, sink: Sink): void {
  if (def.formatPlace) {
    const problem = percentOnCount(metric, def.format);
    if (problem) sink.error(def.file, def.formatPlace, problem);
  }
  if (def.stated === undefined || def.formatPlace) return;
  const facts = { id: def.id, label: def.label, value: metric.value, statedIsPercent: def.statedIsPercent, formula, stated: def.stated, statedDecimals: def.statedDecimals ?? 0 };
  const percent = shareAsPercent(facts);
  if (percent) sink.warn(def.file, def.valuePlace ?? def.place, msg('share-as-decimal', { id: def.id, value: String(def.stated), percent }));
}

/** A stated figure must equal its formula rounded to the decimals it is written with. */
function compareStated(def: MetricDef, computed: number, sink: Sink): void {
  const decimals = def.statedDecimals ?? 0;
  const asShown = (n: number) => (def.statedIsPercent ? `${roundFixed(n * 100, decimals)}%` : roundFixed(n, decimals));
  const stated = asShown(def.stated!);
  const fromFormula = asShown(computed);
  if (stated !== fromFormula) {
    const exact = formatValue(computed, def.statedIsPercent ? `percent:${decimals + 2}` : undefined);
    const formula = def.formula!.source;
    sink.error(def.file, def.place, msg('stated-mismatch', { id: def.id, stated, formula, exact: exact.ok ? exact.text : String(computed), shown: fromFormula }));
  }
}

function runCheck(check: CheckDef, scope: Scope, operands: Operands, sink: Sink): void {
  const resolved = compile(check.expr, 'check', '', scope, check.file, check.place, sink);
  if (!resolved) return;
  const named = { name: check.name, expr: check.expr };
  const valueOf = operands.value;
  const result = evaluate(resolved, valueOf);
  if (!result.ok) {
    if (result.reason === 'division-by-zero') sink.error(check.file, check.place, msg('division-by-zero/check', { ...named, detail: result.detail }));
    // a blank cell stops the check for good: say so; an operand not filled in yet has its
    // own error (metric-unfilled) and the check runs once it is filled
    if (result.reason === 'unresolved' && operands.why(result.detail) === 'blank') {
      sink.warn(check.file, check.place, msg('formula-unchecked/check-blank', { name: check.name, expr: check.expr, operand: result.detail }));
    }
    return;
  }
  if (typeof result.value === 'number') {
    sink.error(check.file, check.place, msg('expression-unsupported/not-comparison', named));
    return;
  }
  if (result.value) return;
  sink.error(check.file, check.place, msg('check-failed', { ...named, ...sides(resolved, valueOf) }));
}

/** Both sides of a failing comparison (`行政复议.收到 = 48`, `40`), so the clerk sees the numbers. */
function sides(expr: Expr, valueOf: (id: string) => number | undefined): { left?: string; right?: string } {
  if (expr.kind !== 'binary' || !COMPARISON.has(expr.op)) return {};
  const left = evaluate(expr.left, valueOf);
  const right = evaluate(expr.right, valueOf);
  if (!left.ok || !right.ok) return {};
  const show = (e: Expr, v: number | boolean) => {
    const shown = String(Number(Number(v).toPrecision(12)));
    return e.kind === 'number' ? shown : `${printExpression(e)} = ${shown}`;
  };
  return { left: show(expr.left, left.value), right: show(expr.right, right.value) };
}

/**
 * A formula or check, parsed and with its names resolved. Operators typed the Chinese
 * way (`÷`, `×`, `（ ）`, `＝`) are read as the ASCII meant, with a warning that names each
 * at its column; but an id may itself hold full-width parentheses (`镇（街道）`), so the
 * expression as written wins whenever it reads without a problem.
 */
function compile(source: string, what: 'formula' | 'check', group: string, scope: Scope, file: string, place: Place, sink: Sink): Expr | undefined {
  const ascii = asciiOperators(source);
  if (!ascii) return parseAndResolve({ source, text: source, group, scope, file, place, sink, origin: (offset) => offset });
  const trial = new Sink();
  const asWritten = parseAndResolve({ source, text: source, group, scope, file, place, sink: trial, origin: (offset) => offset });
  if (asWritten && trial.diagnostics.length === 0) return asWritten;
  sink.warn(file, shift(place, ascii.first), msg(what === 'formula' ? 'metric-full-width/formula' : 'metric-full-width/check', { source, swaps: ascii.swaps, fixed: ascii.text }));
  return parseAndResolve({ source, text: ascii.text, group, scope, file, place, sink, origin: (offset) => ascii.origin[offset] ?? source.length });
}

/** An expression to read: `text` is parsed, `source` quoted in messages, `origin` maps offsets in text back to source. */
interface Reading {
  source: string;
  text: string;
  group: string;
  scope: Scope;
  file: string;
  place: Place;
  sink: Sink;
  origin: (offset: number) => number;
}

function parseAndResolve(reading: Reading): Expr | undefined {
  const { source, file, place, sink, origin } = reading;
  const parsed = parseExpression(reading.text);
  if (!parsed.ok) {
    const key = parsed.rule;
    // a formula past the limits may be thousands of characters: quote its start
    const quoted = key === 'expression-limit' && source.length > 60 ? `${source.slice(0, 60)}…` : source;
    sink.error(file, shift(place, origin(parsed.offset)), msg(key, { source: quoted, reason: parsed.message }));
    return undefined;
  }
  return resolveRefs(parsed.expr, reading);
}

/** What names in formulas and checks can refer to. */
interface Scope {
  defs: ReadonlyMap<string, MetricDef>;
  unavailable: ReadonlySet<string>;
  previous?: MetricStore;
}

/**
 * Resolves names relative to the formula's group first (`审结` inside 行政复议 means
 * 行政复议.审结), then as absolute ids; `prev.审结` likewise in last year's report.
 * Unknown names are errors with a did-you-mean.
 */
function resolveRefs(expr: Expr, reading: Reading): Expr | undefined {
  const { group, scope, file, place, source, sink, origin } = reading;
  let ok = true;
  const rewrite = (e: Expr): Expr => {
    switch (e.kind) {
      case 'number':
        return e;
      case 'ref': {
        if (e.id.startsWith(PREVIOUS_PREFIX)) {
          const resolved = resolvePrevious(e, reading);
          if (!resolved) ok = false;
          return resolved ?? e;
        }
        const candidates = group ? [`${group}.${e.id}`, e.id] : [e.id];
        const found = candidates.find((c) => scope.defs.has(c));
        if (found) return { ...e, id: found };
        ok = false;
        if (candidates.some((c) => isUnavailable(c, scope.unavailable))) return e;
        sink.error(file, shift(place, origin(e.offset)), msg('unknown-metric/formula', { id: e.id, source, hint: hintAny(e.id, group, scope.defs) }));
        return e;
      }
      case 'unary':
        return { ...e, arg: rewrite(e.arg) };
      case 'binary':
        return { ...e, left: rewrite(e.left), right: rewrite(e.right) };
    }
  };
  const out = rewrite(expr);
  return ok ? out : undefined;
}

function resolvePrevious(e: Extract<Expr, { kind: 'ref' }>, reading: Reading): Expr | undefined {
  const { group, file, place, source, sink, origin } = reading;
  const { previous } = reading.scope;
  const name = e.id.slice(PREVIOUS_PREFIX.length);
  if (!previous) {
    sink.error(file, shift(place, origin(e.offset)), msg('no-previous/formula', { id: e.id, source }));
    return undefined;
  }
  if (previous.unreadable) return undefined;
  const candidates = group ? [`${group}.${name}`, name] : [name];
  const found = candidates.find((c) => previous.get(c));
  if (found) return { ...e, id: `${PREVIOUS_PREFIX}${found}` };
  sink.error(file, shift(place, origin(e.offset)), msg('unknown-metric/formula', { id: e.id, source, hint: previousHint(e.id, previous, (id) => id) }));
  return undefined;
}

/**
 * The hint for a `prev.` id last year's report lacks: a did-you-mean (or the dot or space
 * to retype), else a note that last year's report has no such metric.
 */
export function previousHint(id: string, previous: MetricStore, write: (id: string) => string): Text {
  const known = [...previous.ids()].map((k) => `${PREVIOUS_PREFIX}${k}`);
  return unknownIdHint(id, known, write) ?? text('ui.metrics.hint-no-such-last-year');
}

function isUnavailable(id: string, groups: ReadonlySet<string>): boolean {
  const dot = id.indexOf('.');
  return groups.has(dot < 0 ? id : id.slice(0, dot));
}

/**
 * The hint for a name no metric has, read in its group first and then as a full id: the
 * dot or space to retype (with the name as the clerk would write it), else the first
 * did-you-mean either reading gets.
 */
function hintAny(name: string, group: string, defs: ReadonlyMap<string, MetricDef>): Text | undefined {
  const readings = (n: string) => (group ? [`${group}.${n}`, n] : [n]);
  const typing = idTyping(name);
  if (typing) {
    const known = readings(typing.retyped).some((c) => defs.has(c));
    return typingHint(typing, known ? typing.retyped : (didYouMean(typing.retyped, defs.keys()) ?? typing.retyped));
  }
  for (const candidate of readings(name)) {
    const hint = unknownIdHint(candidate, defs.keys(), (id) => id);
    if (hint) return hint;
  }
  return undefined;
}

function shift(place: Place, offset: number): Place {
  return { line: place.line, column: place.column + offset };
}
