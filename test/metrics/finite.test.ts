import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { collectMetrics } from '../../src/metrics/collect.js';
import { buildStore } from '../../src/metrics/store.js';
import { parseYaml, type YamlFile } from '../../src/validate/yaml.js';

/** Problems of one metric file, as `rule line:column`, and the ids that got a value. */
function analyse(text: string): { problems: string[]; valued: string[] } {
  const sink = new Sink();
  const parsed = [parseYaml({ path: 'metrics/m.yaml', text }, sink)].filter((y): y is YamlFile => y !== undefined);
  const collected = collectMetrics(parsed, sink);
  const store = buildStore(collected.metrics, collected.checks, sink);
  const problems = sink.sorted().map((d) => `${d.rule} ${d.place?.line}:${d.place?.column}`);
  return { problems, valued: [...store.ids()].filter((id) => store.get(id)?.value !== undefined) };
}

// issue 9: .nan, .inf and 1e400 were printed as NaN and Infinity with "no problems"
describe('numbers are finite', () => {
  it.each([
    ['.nan', '收到: .nan'],
    ['.inf', '收到: .inf'],
    ['-.inf', '收到: -.inf'],
    ['1e400', '收到: 1e400'],
  ])('refuses %s as a value, at the value', (_name, line) => {
    const { problems, valued } = analyse(`a:\n  ${line}\n  受理: 3\n`);
    expect(problems).toEqual(['metric-invalid 2:7']);
    expect(valued).toEqual(['a.受理']);
  });

  it.each([['{ value: .nan }'], ['{ value: .inf, unit: 件 }'], ['{ value: 1e400 }']])('refuses %s inside a mapping', (mapping) => {
    const { problems, valued } = analyse(`a:\n  收到: ${mapping}\n`);
    expect(problems).toEqual(['metric-invalid 2:16']);
    expect(valued).toEqual([]);
  });

  it('refuses a formula whose result overflows, at the formula', () => {
    const { problems } = analyse('a:\n  大: 1e308\n  更大: { formula: 大 * 10 }\n');
    expect(problems).toEqual(['metric-invalid 3:18']);
  });

  it('keeps large finite figures', () => {
    expect(analyse('a:\n  大: 1e300\n  积: { formula: 大 * 10 }\n').problems).toEqual([]);
  });
});
