import type { Sink } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/read-project.js';
import { parseYaml, topLevelKeys, type YamlFile } from '../validate/yaml.js';
import { collectMetrics } from './collect.js';
import { buildStore, type MetricStore } from './store.js';

/**
 * Metric files → metric store: parse each file, collect its metrics and checks, evaluate.
 * A file that does not parse still says which groups it would define, so references into
 * them are not reported a second time as unknown metrics.
 */
export function storeFromFiles(files: readonly SourceFile[], sink: Sink, previous?: MetricStore): MetricStore {
  const metricFiles: YamlFile[] = [];
  const unavailable = new Set<string>();
  for (const file of files) {
    const yaml = parseYaml(file, sink);
    if (yaml) metricFiles.push(yaml);
    else for (const group of topLevelKeys(file.text)) unavailable.add(group);
  }
  const collected = collectMetrics(metricFiles, sink);
  return buildStore(collected.metrics, collected.checks, sink, unavailable, previous);
}
