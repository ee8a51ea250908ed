import { Sink } from '../../src/diagnostics/diagnostic.js';
import { collectMetrics } from '../../src/metrics/collect.js';
import { buildStore, type MetricStore } from '../../src/metrics/store.js';
import { parseYaml } from '../../src/validate/yaml.js';

/** A metric store from one metric file's YAML text, for unit tests; throws on any diagnostic. */
export function storeOf(yaml: string): MetricStore {
  const sink = new Sink();
  const parsed = parseYaml({ path: 'metrics/test.yaml', text: yaml }, sink);
  const collected = collectMetrics(parsed ? [parsed] : [], sink);
  const store = buildStore(collected.metrics, collected.checks, sink);
  if (sink.diagnostics.length > 0) throw new Error(sink.diagnostics.map((d) => d.message).join('\n'));
  return store;
}
