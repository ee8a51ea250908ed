import type { Place, Sink } from '../diagnostics/diagnostic.js';
import { didYouMeanSuffix } from '../diagnostics/did-you-mean.js';
import type { CheckDef, MetricDef } from './collect.js';
import { COMPARISON, evaluate, parseExpression, printExpression, type Expr } from './expression.js';
import { formatValue, roundFixed } from './format.js';

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
    const expr = parseAt(def.formula.source, def.file, def.formula.place, sink);
    if (!expr) continue;
    const resolved = resolveRefs(expr, def.group, scope, def.file, def.formula.place, def.formula.source, sink);
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
      sink.error(def.file, def.formula?.place ?? def.place, `formula of "${id}" depends on itself`, 'formula-cycle');
      values.set(id, undefined);
      state.set(id, 'done');
      return undefined;
    }
    state.set(id, 'visiting');
    const value = computeOne(def, parsed.get(id), valueOf, sink, (result) => computed.set(id, result));
    if (state.get(id) !== 'done') values.set(id, value);
    state.set(id, 'done');
    return values.get(id);
  };

  const metrics = new Map<string, Metric>();
  for (const def of defs) {
    metrics.set(def.id, {
      id: def.id,
      value: valueOf(def.id),
      format: def.format,
      unit: def.unit,
      label: def.label,
      note: def.note,
      source: def.source,
      formula: def.formula?.source,
      computed: computed.get(def.id),
      file: def.file,
      place: def.place,
    });
  }
  for (const def of defs) if (def.unfilled) reportUnfilled(def, metrics.get(def.id)!, previous, sink);
  for (const check of checks) runCheck(check, scope, valueOf, sink);
  return new MetricStore(metrics, unavailable, previous);
}

function computeOne(def: MetricDef, expr: Expr | undefined, valueOf: (id: string) => number | undefined, sink: Sink, onComputed: (result: number) => void): number | undefined {
  if (!def.formula) return def.stated;
  if (!expr) return def.stated;
  const result = evaluate(expr, valueOf);
  if (!result.ok) {
    if (result.reason === 'division-by-zero') {
      sink.error(def.file, def.formula.place, `division by zero in formula of "${def.id}" (${result.detail})`, 'division-by-zero');
    }
    return def.stated;
  }
  if (typeof result.value !== 'number') {
    sink.error(def.file, def.formula.place, `formula of "${def.id}" is a comparison, not a number (move it to checks)`, 'expression-unsupported');
    return def.stated;
  }
  onComputed(result.value);
  if (def.stated !== undefined) compareStated(def, result.value, sink);
  return def.stated ?? result.value;
}

/**
 * A figure left `null` for the clerk (`report init --from`): an error until it is filled
 * in, so nothing is published with a gap. Says what last year's report and the metric's
 * formula give, which is what the clerk needs beside the blank.
 */
function reportUnfilled(def: MetricDef, metric: Metric, previous: MetricStore | undefined, sink: Sink): void {
  const hints: string[] = [];
  const shown = (value: number, format: string | undefined) => {
    const result = formatValue(value, format);
    return result.ok ? result.text : String(value);
  };
  const before = previous?.get(def.id);
  // a share's format comes from its written value (15.3% → percent:1), so take last year's
  if (def.formula && metric.value !== undefined) hints.push(`its formula gives ${shown(metric.value, def.format ?? before?.format)}`);
  if (before?.value !== undefined) hints.push(`last year ${shown(before.value, before.format)}${before.unit ?? ''}`);
  const hint = hints.length > 0 ? ` (${hints.join('; ')})` : '';
  sink.error(def.file, def.unfilled!, `metric "${def.id}" is not filled in${hint}`, 'metric-unfilled');
}

/** A stated figure must equal its formula rounded to the decimals it is written with. */
function compareStated(def: MetricDef, computed: number, sink: Sink): void {
  const decimals = def.statedDecimals ?? 0;
  const asShown = (n: number) => (def.statedIsPercent ? `${roundFixed(n * 100, decimals)}%` : roundFixed(n, decimals));
  const stated = asShown(def.stated!);
  const fromFormula = asShown(computed);
  if (stated !== fromFormula) {
    const exact = formatValue(computed, def.statedIsPercent ? `percent:${decimals + 2}` : undefined);
    sink.error(
      def.file,
      def.place,
      `stated value ${stated} of "${def.id}" disagrees with its formula (${def.formula!.source} = ${exact.ok ? exact.text : computed}, shown as ${fromFormula})`,
      'stated-mismatch',
    );
  }
}

function runCheck(check: CheckDef, scope: Scope, valueOf: (id: string) => number | undefined, sink: Sink): void {
  const expr = parseAt(check.expr, check.file, check.place, sink);
  if (!expr) return;
  const resolved = resolveRefs(expr, '', scope, check.file, check.place, check.expr, sink);
  if (!resolved) return;
  const label = check.name ? `"${check.name}" (${check.expr})` : `"${check.expr}"`;
  const result = evaluate(resolved, valueOf);
  if (!result.ok) {
    if (result.reason === 'division-by-zero') sink.error(check.file, check.place, `division by zero in check ${label} (${result.detail})`, 'division-by-zero');
    return;
  }
  if (typeof result.value === 'number') {
    sink.error(check.file, check.place, `check ${label} is not a comparison (write e.g. a == b + c)`, 'expression-unsupported');
    return;
  }
  if (result.value) return;
  sink.error(check.file, check.place, `check ${label} failed${sides(resolved, valueOf)}`, 'check-failed');
}

/** `: left 48, right 46` for a failing comparison, so the clerk sees both numbers. */
function sides(expr: Expr, valueOf: (id: string) => number | undefined): string {
  if (expr.kind !== 'binary' || !COMPARISON.has(expr.op)) return '';
  const left = evaluate(expr.left, valueOf);
  const right = evaluate(expr.right, valueOf);
  if (!left.ok || !right.ok) return '';
  const show = (e: Expr, v: number | boolean) => {
    const text = String(Number(Number(v).toPrecision(12)));
    return e.kind === 'number' ? text : `${printExpression(e)} = ${text}`;
  };
  return ` (left ${show(expr.left, left.value)}, right ${show(expr.right, right.value)})`;
}

function parseAt(source: string, file: string, place: Place, sink: Sink): Expr | undefined {
  const parsed = parseExpression(source);
  if (parsed.ok) return parsed.expr;
  const unsupported = /not allowed|only /.test(parsed.message);
  sink.error(file, shift(place, parsed.offset), `invalid expression "${source}" (${parsed.message})`, unsupported ? 'expression-unsupported' : 'expression-syntax');
  return undefined;
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
function resolveRefs(expr: Expr, group: string, scope: Scope, file: string, place: Place, source: string, sink: Sink): Expr | undefined {
  let ok = true;
  const rewrite = (e: Expr): Expr => {
    switch (e.kind) {
      case 'number':
        return e;
      case 'ref': {
        if (e.id.startsWith(PREVIOUS_PREFIX)) {
          const resolved = resolvePrevious(e, group, scope.previous, file, place, source, sink);
          if (!resolved) ok = false;
          return resolved ?? e;
        }
        const candidates = group ? [`${group}.${e.id}`, e.id] : [e.id];
        const found = candidates.find((c) => scope.defs.has(c));
        if (found) return { ...e, id: found };
        ok = false;
        if (candidates.some((c) => isUnavailable(c, scope.unavailable))) return e;
        const hint = /[（）＋－×÷＝]/.test(e.id) ? ' (use half-width ( ) + - * / in formulas)' : didYouMeanSuffixAny(candidates, scope.defs);
        sink.error(file, shift(place, e.offset), `unknown metric "${e.id}" in "${source}"${hint}`, 'unknown-metric');
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

function resolvePrevious(e: Extract<Expr, { kind: 'ref' }>, group: string, previous: MetricStore | undefined, file: string, place: Place, source: string, sink: Sink): Expr | undefined {
  const name = e.id.slice(PREVIOUS_PREFIX.length);
  if (!previous) {
    sink.error(file, shift(place, e.offset), `"${e.id}" in "${source}" needs last year's report (set previous: in report.yaml)`, 'no-previous');
    return undefined;
  }
  if (previous.unreadable) return undefined;
  const candidates = group ? [`${group}.${name}`, name] : [name];
  const found = candidates.find((c) => previous.get(c));
  if (found) return { ...e, id: `${PREVIOUS_PREFIX}${found}` };
  sink.error(file, shift(place, e.offset), `unknown metric "${e.id}" in "${source}"${previousHint(e.id, previous)}`, 'unknown-metric');
  return undefined;
}

/** ` (did you mean "prev.x"?)`, or a note that last year's report lacks the metric. */
export function previousHint(id: string, previous: MetricStore): string {
  const suffix = didYouMeanSuffix(id, [...previous.ids()].map((known) => `${PREVIOUS_PREFIX}${known}`));
  return suffix || " (last year's report has no such metric)";
}

function isUnavailable(id: string, groups: ReadonlySet<string>): boolean {
  const dot = id.indexOf('.');
  return groups.has(dot < 0 ? id : id.slice(0, dot));
}

function didYouMeanSuffixAny(candidates: readonly string[], defs: ReadonlyMap<string, MetricDef>): string {
  for (const candidate of candidates) {
    const suffix = didYouMeanSuffix(candidate, defs.keys());
    if (suffix) return suffix;
  }
  return '';
}

function shift(place: Place, offset: number): Place {
  return { line: place.line, column: place.column + offset };
}
