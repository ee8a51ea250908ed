import jsep from 'jsep';
import { text } from '../i18n/message.js';
import { LIMITS } from '../load/limits.js';
import type { Text } from '../i18n/text.js';

/** A parsed formula or check: a small tree over numbers and metric ids, nothing else. */
export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; id: string; offset: number }
  | { kind: 'unary'; op: '-' | '+' | '!'; arg: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr };

export type BinaryOp = '+' | '-' | '*' | '/' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

const BINARY: ReadonlySet<string> = new Set(['+', '-', '*', '/', '==', '!=', '<', '<=', '>', '>=', '&&', '||']);
export const COMPARISON: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** Why an expression was refused: a syntax error, or a construct formulas do not allow. */
export type ParseFailure = { ok: false; message: Text; rule: 'expression-syntax' | 'expression-unsupported' | 'expression-limit'; offset: number };

export type ParseResult = { ok: true; expr: Expr } | ParseFailure;

// jsep knows `===` and friends; a check written `a = b` is a typo for `==`, so say so.
const SINGLE_EQUALS = /(^|[^=!<>])=($|[^=])/;

/**
 * Parses an expression with jsep (a kept, dependency-free parser) and keeps only the
 * node kinds a metric formula needs: no calls, no property access on host objects, no
 * strings. Member chains like `行政复议.收到` become metric ids, resolved by the store.
 * Nothing is ever evaluated by the JavaScript engine.
 */
export function parseExpression(source: string): ParseResult {
  const bounded = pastLimits(source);
  if (bounded) return bounded;
  const single = SINGLE_EQUALS.exec(source);
  if (single) {
    return { ok: false, message: text('ui.expression.single-equals'), rule: 'expression-syntax', offset: single.index + single[1]!.length };
  }
  let tree: jsep.Expression;
  try {
    tree = jsep(source);
  } catch (error) {
    const e = error as { description?: string; index?: number; message: string };
    return { ok: false, message: text('ui.expression.parser', { description: e.description ?? e.message }), rule: 'expression-syntax', offset: e.index ?? 0 };
  }
  const refs = { cursor: 0 };
  try {
    return { ok: true, expr: convert(tree, source, refs) };
  } catch (error) {
    if (error instanceof Unsupported) return { ok: false, message: error.reason, rule: 'expression-unsupported', offset: error.offset };
    throw error;
  }
}

/**
 * A formula longer or deeper than LIMITS allow, refused before jsep sees it: jsep and the
 * tree walks here are recursive, and `1+1+1…` a few thousand terms long overflows the stack.
 */
function pastLimits(source: string): ParseFailure | undefined {
  if (source.length > LIMITS.formulaLength) {
    return { ok: false, message: text('ui.expression.too-long', { length: source.length, limit: LIMITS.formulaLength }), rule: 'expression-limit', offset: LIMITS.formulaLength };
  }
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (depth > LIMITS.formulaDepth) return { ok: false, message: text('ui.expression.too-deep', { limit: LIMITS.formulaDepth }), rule: 'expression-limit', offset: i };
  }
  return undefined;
}

class Unsupported extends Error {
  constructor(readonly reason: Text, readonly offset: number) {
    super(reason.en);
  }
}

function convert(node: jsep.Expression, source: string, refs: { cursor: number }): Expr {
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (typeof value !== 'number') throw new Unsupported(text('ui.expression.only-numbers', { value: JSON.stringify(value) }), 0);
      return { kind: 'number', value };
    }
    case 'Identifier':
    case 'MemberExpression': {
      const id = memberId(node);
      if (id === undefined) throw new Unsupported(text('ui.expression.only-ids'), 0);
      // jsep keeps no positions: find the id in the source, left to right.
      const at = source.indexOf(id, refs.cursor);
      const offset = at >= 0 ? at : 0;
      if (at >= 0) refs.cursor = at + id.length;
      return { kind: 'ref', id, offset };
    }
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      if (unary.operator !== '-' && unary.operator !== '+' && unary.operator !== '!') {
        throw new Unsupported(text('ui.expression.unary-operator', { op: unary.operator }), 0);
      }
      return { kind: 'unary', op: unary.operator, arg: convert(unary.argument, source, refs) };
    }
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      if (!BINARY.has(binary.operator)) {
        throw new Unsupported(text('ui.expression.binary-operator', { op: binary.operator }), Math.max(0, source.indexOf(binary.operator)));
      }
      const left = convert(binary.left, source, refs);
      const right = convert(binary.right, source, refs);
      return { kind: 'binary', op: binary.operator as BinaryOp, left, right };
    }
    default:
      throw new Unsupported(text('ui.expression.node', { type: node.type }), 0);
  }
}

function memberId(node: jsep.Expression): string | undefined {
  if (node.type === 'Identifier') return (node as jsep.Identifier).name;
  if (node.type === 'MemberExpression') {
    const member = node as jsep.MemberExpression;
    if (member.computed) {
      // `a.1` parses as computed access with a numeric literal; accept digits as id parts.
      const property = member.property as jsep.Literal;
      if (property.type !== 'Literal' || typeof property.value !== 'number') return undefined;
      const object = memberId(member.object);
      return object === undefined ? undefined : `${object}.${property.raw ?? property.value}`;
    }
    const object = memberId(member.object);
    const property = member.property.type === 'Identifier' ? (member.property as jsep.Identifier).name : undefined;
    return object === undefined || property === undefined ? undefined : `${object}.${property}`;
  }
  return undefined;
}

/** Every metric id an expression mentions, in source order. */
export function referencesOf(expr: Expr): Array<{ id: string; offset: number }> {
  switch (expr.kind) {
    case 'number':
      return [];
    case 'ref':
      return [{ id: expr.id, offset: expr.offset }];
    case 'unary':
      return referencesOf(expr.arg);
    case 'binary':
      return [...referencesOf(expr.left), ...referencesOf(expr.right)];
  }
}

export type EvalResult = { ok: true; value: number | boolean } | { ok: false; reason: 'division-by-zero' | 'unresolved'; detail: string };

/** Evaluates over resolved values; division by zero and missing values are results, not throws. */
export function evaluate(expr: Expr, lookup: (id: string) => number | undefined): EvalResult {
  switch (expr.kind) {
    case 'number':
      return { ok: true, value: expr.value };
    case 'ref': {
      const value = lookup(expr.id);
      return value === undefined ? { ok: false, reason: 'unresolved', detail: expr.id } : { ok: true, value };
    }
    case 'unary': {
      const arg = evaluate(expr.arg, lookup);
      if (!arg.ok) return arg;
      if (expr.op === '!') return { ok: true, value: !arg.value };
      const n = Number(arg.value);
      return { ok: true, value: expr.op === '-' ? -n : n };
    }
    case 'binary': {
      const left = evaluate(expr.left, lookup);
      if (!left.ok) return left;
      const right = evaluate(expr.right, lookup);
      if (!right.ok) return right;
      return applyBinary(expr.op, left.value, right.value, expr);
    }
  }
}

function applyBinary(op: BinaryOp, a: number | boolean, b: number | boolean, expr: Expr): EvalResult {
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+': return { ok: true, value: x + y };
    case '-': return { ok: true, value: x - y };
    case '*': return { ok: true, value: x * y };
    case '/':
      if (y === 0) return { ok: false, reason: 'division-by-zero', detail: printExpression(expr) };
      return { ok: true, value: x / y };
    case '==': return { ok: true, value: nearlyEqual(x, y) };
    case '!=': return { ok: true, value: !nearlyEqual(x, y) };
    case '<': return { ok: true, value: x < y && !nearlyEqual(x, y) };
    case '<=': return { ok: true, value: x < y || nearlyEqual(x, y) };
    case '>': return { ok: true, value: x > y && !nearlyEqual(x, y) };
    case '>=': return { ok: true, value: x > y || nearlyEqual(x, y) };
    case '&&': return { ok: true, value: Boolean(a) && Boolean(b) };
    case '||': return { ok: true, value: Boolean(a) || Boolean(b) };
  }
}

/** Sums of decimals are inexact in binary; 0.1 + 0.2 == 0.3 must hold in a check. */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const PRECEDENCE: Record<BinaryOp, number> = { '||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '<=': 4, '>': 4, '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6 };

/** Source-like text of an expression, for messages. */
export function printExpression(expr: Expr, parent = 0): string {
  switch (expr.kind) {
    case 'number': return String(expr.value);
    case 'ref': return expr.id;
    case 'unary': return `${expr.op}${printExpression(expr.arg, 7)}`;
    case 'binary': {
      const p = PRECEDENCE[expr.op];
      const text = `${printExpression(expr.left, p)} ${expr.op} ${printExpression(expr.right, p + 1)}`;
      return p < parent ? `(${text})` : text;
    }
  }
}
