import { describe, expect, it } from 'vitest';
import { Sink, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { collectMetrics } from '../../src/metrics/collect.js';
import { buildStore, type MetricStore } from '../../src/metrics/store.js';
import { parseYaml, type YamlFile } from '../../src/validate/yaml.js';

function build(text: string): { store: MetricStore; diagnostics: Diagnostic[] } {
  const sink = new Sink();
  const parsed = [parseYaml({ path: 'metrics/m.yaml', text }, sink)].filter((y): y is YamlFile => y !== undefined);
  const collected = collectMetrics(parsed, sink);
  return { store: buildStore(collected.metrics, collected.checks, sink), diagnostics: sink.sorted() };
}

function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.place?.line}:${d.place?.column} ${d.severity} ${d.rule} ${d.message}`);
}

describe('a cell left blank as published', () => {
  it('is written blank or a dash, is 0 marked blank, and is distinct from null and from 0', () => {
    const { store, diagnostics } = build('a: blank\nb: "-"\nc: —\nd: { value: blank, unit: 件 }\ne: 0\nf: －\n');
    expect(diagnostics).toEqual([]);
    for (const id of ['a', 'b', 'c', 'd', 'f']) expect(store.get(id), id).toMatchObject({ value: 0, blank: true });
    expect(store.get('e')!.blank).toBeUndefined();
    expect(lines(build('a: null\n').diagnostics)).toEqual(['1:4 error metric-unfilled metric "a" is not filled in']);
  });

  it('is read as 0 by a formula alone (a sum over the table)', () => {
    const { store, diagnostics } = build('a: 3\nb: blank\nsum: { formula: a + b }\n');
    expect(diagnostics).toEqual([]);
    expect(store.get('sum')!.value).toBe(3);
  });

  it('leaves a stated figure over it unverified, with a warning at the figure naming the operand', () => {
    const { store, diagnostics } = build('a: blank\nb: 8\nshare: { value: 25.0%, formula: a / b }\n');
    expect(lines(diagnostics)).toEqual([
      '3:17 warning formula-unchecked the figure of "share" could not be checked against its formula a / b ("a" is blank as published): it is printed unverified',
    ]);
    expect(store.get('share')!.value).toBe(0.25);
  });

  it('stops a check, with a warning at the check', () => {
    const { diagnostics } = build('a: blank\nb: 8\nchecks:\n  - { name: a不超过b, expr: "a <= b" }\n');
    expect(lines(diagnostics)).toEqual(['4:27 warning formula-unchecked check "a不超过b" (a <= b) could not run ("a" is blank as published)']);
  });
});

describe('an operand not filled in yet', () => {
  it('says at the stated figure that it could not be checked, besides the operand\'s own error; a check waits silently', () => {
    const { diagnostics } = build('a: null\nb: 8\nshare: { value: 25.0%, formula: a / b }\nchecks:\n  - "a <= b"\n');
    expect(lines(diagnostics)).toEqual([
      '1:4 error metric-unfilled metric "a" is not filled in',
      '3:17 warning formula-unchecked the figure of "share" could not be checked against its formula a / b ("a" is not filled in yet)',
    ]);
  });
});
