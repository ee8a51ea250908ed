import { msg, type Message } from '../i18n/message.js';
import { referencesOf, type Expr } from './expression.js';
import { formatValue, roundFixed } from './format.js';

/**
 * What a metric is, as far as formats care: a share (a part of a whole, printed as a
 * percentage) or a count (a whole number of things). Neither when it cannot be told, and
 * then no format is questioned: the heuristics below are for the common cases, kept
 * narrow so that a right report gets no warning.
 */
export type MetricNature = 'share' | 'count';

/** Words a share's name ends in: 合格率, 同比, 比例, 占比, 比重. */
const SHARE_NAME = /(率|比|比例|占比|比重)$/;
/** 人均, 平均: averages can be below 1 without being shares. */
const AVERAGE = /均/;

/** What the store knows of a metric when it decides. */
export interface NatureFacts {
  id: string;
  label?: string;
  value: number | undefined;
  /** Written with `%` (`15.3%`). */
  statedIsPercent?: boolean;
  formula?: Expr;
}

/**
 * A share: written with `%`; or a ratio formula (a division by a metric) whose result is
 * between 0 and 1; or named like one (its key or label ends in 率/比/比例/占比/比重) with a
 * value between 0 and 1. A count: a whole number that is none of those and no ratio.
 */
export function natureOf(facts: NatureFacts): MetricNature | undefined {
  const { value } = facts;
  if (facts.statedIsPercent) return 'share';
  if (value === undefined) return undefined;
  const inUnit = value >= 0 && value <= 1 && !isAverage(facts);
  const ratio = facts.formula !== undefined && isRatio(facts.formula);
  if (ratio && inUnit) return 'share';
  if (namedLikeShare(facts) && inUnit) return 'share';
  if (Number.isInteger(value) && !ratio) return 'count';
  return undefined;
}

/**
 * The percentage to write for a share stated as a decimal (`0.423` → `42.3%`, with the
 * precision it was written with), or undefined when the stated value is not one. Only a
 * value the metric's own formula confirms as a share (a ratio), or a fraction strictly
 * between 0 and 1 on a metric named like a share, counts: `满意率: 1` may mean 1%.
 */
export function shareAsPercent(facts: NatureFacts & { stated: number; statedDecimals: number }): string | undefined {
  const { stated } = facts;
  if (facts.statedIsPercent || isAverage(facts) || stated <= 0 || stated > 1) return undefined;
  const ratio = facts.formula !== undefined && isRatio(facts.formula);
  if (!ratio && !(namedLikeShare(facts) && stated < 1)) return undefined;
  return `${roundFixed(stated * 100, Math.max(0, facts.statedDecimals - 2))}%`;
}

/**
 * A `percent` format on a count prints 18 as 1800.0%: an error whenever the format is
 * used, naming what would be printed. Zero is left alone (0% is what a share of 0 prints).
 */
export function percentOnCount(metric: { id: string; value: number | undefined; nature?: MetricNature }, spec: string | undefined): Message | undefined {
  const format = spec?.trim() ?? '';
  if (!/^percent(:\d)?$/.test(format) || metric.nature !== 'count' || metric.value === undefined || metric.value === 0) return undefined;
  const shown = formatValue(metric.value, format);
  return msg('percent-on-count', { id: metric.id, spec: format, value: String(metric.value), shown: shown.ok ? shown.text : format });
}

/** `a / b`, `(a + b) / c`: a division by a metric at the top of the formula (not `a / 100`, a change of unit). */
export function isRatio(expr: Expr): boolean {
  return expr.kind === 'binary' && expr.op === '/' && referencesOf(expr.right).length > 0;
}

function namedLikeShare(facts: NatureFacts): boolean {
  return !isAverage(facts) && (SHARE_NAME.test(keyOf(facts)) || SHARE_NAME.test(facts.label ?? ''));
}

function isAverage(facts: NatureFacts): boolean {
  return AVERAGE.test(keyOf(facts)) || AVERAGE.test(facts.label ?? '');
}

function keyOf(facts: NatureFacts): string {
  return facts.id.slice(facts.id.lastIndexOf('.') + 1);
}
