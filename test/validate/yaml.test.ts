import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { parseYaml, placeOf, topLevelKeys } from '../../src/validate/yaml.js';

function parse(text: string) {
  const sink = new Sink();
  const yaml = parseYaml({ path: 'metrics/m.yaml', text }, sink);
  return { yaml, diagnostics: sink.sorted() };
}

describe('parseYaml', () => {
  it('parses a document and keeps its value', () => {
    const { yaml, diagnostics } = parse('行政复议:\n  收到: 48\n');
    expect(diagnostics).toEqual([]);
    expect(yaml?.value).toEqual({ 行政复议: { 收到: 48 } });
  });

  it('reports a syntax error at its line and column, with a one-line cause', () => {
    const { yaml, diagnostics } = parse('a: 1\nb: [1, 2\nc: 3\n');
    expect(yaml).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ severity: 'error', file: 'metrics/m.yaml', rule: 'yaml-syntax' });
    expect(d?.message).toMatch(/^invalid YAML \(.+\)$/);
    expect(d?.message).not.toMatch(/\n|at line \d+/);
    // the parser notices the unclosed [ where the next key starts
    expect(d?.place).toEqual({ line: 3, column: 1 });
  });

  it('reports a tab indentation error at the tab', () => {
    const { diagnostics } = parse('a:\n\tb: 1\n');
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['yaml-syntax', { line: 2, column: 1 }]]);
  });

  it('reports an unclosed quote', () => {
    const { diagnostics } = parse('a: 1\nb: "abc\n');
    // found at the end of the input, where the closing quote should have been
    expect(diagnostics).toEqual([
      { severity: 'error', file: 'metrics/m.yaml', place: { line: 3, column: 1 }, message: 'invalid YAML (Missing closing "quote)', zh: expect.any(String), rule: 'yaml-syntax' },
    ]);
  });

  it('reports a duplicate key with its own rule, at the second key', () => {
    const { yaml, diagnostics } = parse('行政复议:\n  收到: 48\n  受理: 45\n  收到: 50\n');
    expect(yaml).toBeUndefined();
    expect(diagnostics).toEqual([
      { severity: 'error', file: 'metrics/m.yaml', place: { line: 4, column: 3 }, message: 'duplicate key (each key may appear once in a mapping)', zh: expect.any(String), rule: 'duplicate-key' },
    ]);
  });

  it('reports a duplicate top-level key', () => {
    const { diagnostics } = parse('title: a\nissuer: b\ntitle: c\n');
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['duplicate-key', { line: 3, column: 1 }]]);
  });

  it('accepts an empty file', () => {
    const { yaml, diagnostics } = parse('');
    expect(diagnostics).toEqual([]);
    expect(yaml?.value).toBeNull();
  });
});

describe('placeOf', () => {
  const text = 'title: 报告\nclassification:\n  topic: 综合政务\n  genre: 报告\nkeywords: [法治, 报告]\n';
  const { yaml } = parse(text);
  if (!yaml) throw new Error('fixture must parse');

  it('points at a value, or with key: true at its key', () => {
    expect(placeOf(yaml, ['title'])).toEqual({ line: 1, column: 8 });
    expect(placeOf(yaml, ['classification', 'genre'])).toEqual({ line: 4, column: 10 });
    expect(placeOf(yaml, ['classification', 'genre'], { key: true })).toEqual({ line: 4, column: 3 });
  });

  it('points into sequences by index', () => {
    expect(placeOf(yaml, ['keywords', 1])).toEqual({ line: 5, column: 16 });
  });

  it('falls back to the nearest existing ancestor for a missing path', () => {
    expect(placeOf(yaml, ['classification', 'series'])).toEqual({ line: 3, column: 3 });
    expect(placeOf(yaml, ['missing'])).toEqual({ line: 1, column: 1 });
  });
});

describe('topLevelKeys', () => {
  it('reads the top-level keys of a file that does not parse', () => {
    const text = '# 行政复议\n行政复议:\n  收到: [48\n"行政应诉":\n  案件数: 12\nchecks:\n  - a == b\n';
    expect(parse(text).yaml).toBeUndefined();
    expect(topLevelKeys(text)).toEqual(['行政复议', '行政应诉', 'checks']);
  });

  it('ignores indented keys, comments and list items', () => {
    expect(topLevelKeys('  a: 1\n# b: 2\n- c: 3\nd:\n')).toEqual(['d']);
  });
});
