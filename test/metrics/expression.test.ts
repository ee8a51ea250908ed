import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/load/limits.js';
import { evaluate, nearlyEqual, parseExpression, printExpression, referencesOf, type Expr } from '../../src/metrics/expression.js';

/** Parses or fails the test with the parser's message. */
function parse(source: string): Expr {
  const result = parseExpression(source);
  if (!result.ok) throw new Error(`expected "${source}" to parse (${result.message.en})`);
  return result.expr;
}

/** The parser's English reason, its rule and offset, for an expression it must refuse. */
function rejected(source: string): { message: string; rule: string; offset: number } {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`expected "${source}" to be rejected, got ${JSON.stringify(result.expr)}`);
  return { message: result.message.en, rule: result.rule, offset: result.offset };
}

// A Map, as the store uses: a plain object would answer `constructor` from its prototype.
const values = new Map<string, number>([
  ['行政复议.收到', 48],
  ['行政复议.受理', 45],
  ['行政复议.不予受理', 3],
  ['a', 2],
  ['b', 3],
  ['c', 4],
  ['zero', 0],
]);
const lookup = (id: string) => values.get(id);

describe('parseExpression', () => {
  it('reads Chinese dotted ids as metric references with their offsets', () => {
    const source = '行政复议.收到 == 行政复议.受理 + 行政复议.不予受理';
    const expr = parse(source);
    expect(expr).toEqual({
      kind: 'binary',
      op: '==',
      left: { kind: 'ref', id: '行政复议.收到', offset: 0 },
      right: {
        kind: 'binary',
        op: '+',
        left: { kind: 'ref', id: '行政复议.受理', offset: source.indexOf('行政复议.受理') },
        right: { kind: 'ref', id: '行政复议.不予受理', offset: source.indexOf('行政复议.不予受理') },
      },
    });
    expect(referencesOf(expr).map((r) => r.id)).toEqual(['行政复议.收到', '行政复议.受理', '行政复议.不予受理']);
  });

  it('gives the same id twice its own offset each time', () => {
    const source = 'a.x + a.x';
    expect(referencesOf(parse(source))).toEqual([
      { id: 'a.x', offset: 0 },
      { id: 'a.x', offset: 6 },
    ]);
  });

  it('reads deeper paths', () => {
    expect(parse('a.b.c')).toEqual({ kind: 'ref', id: 'a.b.c', offset: 0 });
  });

  it('binds * and / tighter than + and -, and arithmetic tighter than comparison', () => {
    expect(evaluate(parse('a + b * c'), lookup)).toEqual({ ok: true, value: 14 });
    expect(evaluate(parse('(a + b) * c'), lookup)).toEqual({ ok: true, value: 20 });
    expect(evaluate(parse('c - b - a'), lookup)).toEqual({ ok: true, value: -1 });
    expect(evaluate(parse('c / a / a'), lookup)).toEqual({ ok: true, value: 1 });
    expect(evaluate(parse('-a * b'), lookup)).toEqual({ ok: true, value: -6 });
    expect(evaluate(parse('a + b == 5'), lookup)).toEqual({ ok: true, value: true });
    expect(evaluate(parse('a < b && b < c'), lookup)).toEqual({ ok: true, value: true });
    expect(evaluate(parse('a > b || b > c'), lookup)).toEqual({ ok: true, value: false });
    expect(evaluate(parse('!(a > b)'), lookup)).toEqual({ ok: true, value: true });
  });

  it('accepts every allowed comparison', () => {
    for (const [source, value] of [
      ['a == 2', true],
      ['a != 2', false],
      ['a < 3', true],
      ['a <= 2', true],
      ['a > 2', false],
      ['a >= 2', true],
    ] as const) {
      expect(evaluate(parse(source), lookup), source).toEqual({ ok: true, value });
    }
  });

  it('rejects a single "=" with its offset and a hint', () => {
    const result = rejected('行政复议.收到 = 48');
    expect(result.message).toBe('single "=" is not a comparison (write "==")');
    expect(result.offset).toBe('行政复议.收到 '.length);
  });

  it.each([
    ['a function call', 'max(a, b)', 'a function call is not allowed in a formula'],
    ['a string', '"abc"', 'only numbers are allowed, not "abc"'],
    ['a string in a comparison', 'a == "2"', 'only numbers are allowed, not "2"'],
    ['this', 'this', '"this" is not allowed in a formula'],
    ['an array', '[1, 2]', 'an array is not allowed in a formula'],
    ['a conditional', 'a > b ? a : b', 'a conditional is not allowed in a formula'],
    ['computed member access', 'a["b"]', 'only metric ids like group.metric are allowed'],
    ['two expressions', 'a; b', 'more than one expression is not allowed in a formula'],
    ['===', 'a === b', 'operator "===" is not allowed (use + - * / == != < <= > >= && ||)'],
    ['%', 'a % b', 'operator "%" is not allowed (use + - * / == != < <= > >= && ||)'],
    ['bitwise not', '~a', 'operator "~" is not allowed'],
  ])('rejects %s', (_name, source, message) => {
    expect(rejected(source).message).toBe(message);
  });

  it('never evaluates JavaScript: constructor chains and calls are rejected', () => {
    const attack = 'constructor.constructor("return process")()';
    expect(rejected(attack).message).toBe('a function call is not allowed in a formula');
    expect(rejected('a.constructor("return process")').message).toMatch(/not allowed/);
    expect(rejected('process.exit(1)').message).toMatch(/not allowed/);
    expect(parseExpression('(() => 1)()').ok).toBe(false);
    // A member chain without a call is only a metric id, looked up by name, never a property.
    const expr = parse('a.constructor');
    expect(expr).toEqual({ kind: 'ref', id: 'a.constructor', offset: 0 });
    expect(evaluate(expr, lookup)).toEqual({ ok: false, reason: 'unresolved', detail: 'a.constructor' });
    expect(evaluate(parse('constructor'), lookup)).toEqual({ ok: false, reason: 'unresolved', detail: 'constructor' });
  });

  it('reports a syntax error with its offset', () => {
    const result = rejected('a +');
    expect(result.message).toBe('Expected expression after +');
    expect(result.offset).toBe(3);
  });
});

describe('evaluate', () => {
  it('looks up metric values', () => {
    expect(evaluate(parse('行政复议.收到 == 行政复议.受理 + 行政复议.不予受理'), lookup)).toEqual({ ok: true, value: true });
    expect(evaluate(parse('行政复议.受理 / 行政复议.收到'), lookup)).toEqual({ ok: true, value: 45 / 48 });
  });

  it('returns division by zero as a result naming the division', () => {
    expect(evaluate(parse('a / zero'), lookup)).toEqual({ ok: false, reason: 'division-by-zero', detail: 'a / zero' });
    expect(evaluate(parse('1 + a / (b - b)'), lookup)).toEqual({ ok: false, reason: 'division-by-zero', detail: 'a / (b - b)' });
  });

  it('returns an unknown id as unresolved', () => {
    expect(evaluate(parse('a + missing'), lookup)).toEqual({ ok: false, reason: 'unresolved', detail: 'missing' });
  });

  it('compares decimals with a tolerance, so 0.1 + 0.2 == 0.3 holds', () => {
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(evaluate(parse('0.1 + 0.2 == 0.3'), lookup)).toEqual({ ok: true, value: true });
    expect(evaluate(parse('0.1 + 0.2 != 0.3'), lookup)).toEqual({ ok: true, value: false });
    expect(evaluate(parse('0.1 + 0.2 <= 0.3'), lookup)).toEqual({ ok: true, value: true });
    expect(evaluate(parse('0.1 + 0.2 > 0.3'), lookup)).toEqual({ ok: true, value: false });
    expect(evaluate(parse('0.3 < 0.1 + 0.2'), lookup)).toEqual({ ok: true, value: false });
    expect(evaluate(parse('0.3 >= 0.1 + 0.2'), lookup)).toEqual({ ok: true, value: true });
  });
});

describe('nearlyEqual', () => {
  it('ignores binary rounding noise but not real differences', () => {
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(1e12 + 0.0001, 1e12)).toBe(true);
    expect(nearlyEqual(0.3, 0.31)).toBe(false);
    expect(nearlyEqual(48, 47)).toBe(false);
    expect(nearlyEqual(0, 1e-6)).toBe(false);
    expect(nearlyEqual(0, 0)).toBe(true);
  });
});

describe('printExpression', () => {
  it.each([
    ['a+b*c', 'a + b * c'],
    ['(a + b) * c', '(a + b) * c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['a / (b * c)', 'a / (b * c)'],
    ['-(a + b)', '-(a + b)'],
    ['(确认违法 + 撤销或责令) / 审结', '(确认违法 + 撤销或责令) / 审结'],
    ['行政复议.收到==行政复议.受理+行政复议.不予受理', '行政复议.收到 == 行政复议.受理 + 行政复议.不予受理'],
    ['a < b && (b < c || c < a)', 'a < b && (b < c || c < a)'],
    ['1.5 * a', '1.5 * a'],
  ])('prints %s as %s', (source, printed) => {
    expect(printExpression(parse(source))).toBe(printed);
    // printing round-trips: the printed text parses to the same tree shape
    expect(printExpression(parse(printed))).toBe(printed);
  });
});

describe('parseExpression limits (issue 9)', () => {
  it('refuses a formula longer than the limit before parsing it: 1+1+1… overflowed the stack', () => {
    const long = `1${'+1'.repeat(20000)}`;
    expect(rejected(long)).toEqual({ message: `${long.length} characters, more than ${LIMITS.formulaLength}: split it into metrics of their own`, rule: 'expression-limit', offset: LIMITS.formulaLength });
    expect(parseExpression(`1${'+1'.repeat((LIMITS.formulaLength - 1) / 2)}`).ok).toBe(true);
  });

  it('refuses brackets nested deeper than the limit, at the bracket past it', () => {
    const deep = `${'('.repeat(LIMITS.formulaDepth + 1)}a${')'.repeat(LIMITS.formulaDepth + 1)}`;
    expect(rejected(deep)).toEqual({ message: `brackets nested deeper than ${LIMITS.formulaDepth}`, rule: 'expression-limit', offset: LIMITS.formulaDepth });
    expect(parseExpression(`${'('.repeat(LIMITS.formulaDepth)}a${')'.repeat(LIMITS.formulaDepth)}`).ok).toBe(true);
  });
});

