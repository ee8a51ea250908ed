import { VFile } from 'vfile';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { collectMetrics } from '../../src/metrics/collect.js';
import { buildStore, type MetricStore } from '../../src/metrics/store.js';
import { createMarkdownProcessor } from '../../src/transform/markdown.js';
import { parseYaml, type YamlFile } from '../../src/validate/yaml.js';

/** A metric store from one metric file written inline; throws if the YAML has problems. */
export function storeFromYaml(text: string, path = 'metrics/m.yaml'): MetricStore {
  const sink = new Sink();
  const parsed = [parseYaml({ path, text }, sink)].filter((y): y is YamlFile => y !== undefined);
  const collected = collectMetrics(parsed, sink);
  const store = buildStore(collected.metrics, collected.checks, sink);
  if (sink.diagnostics.length > 0) throw new Error(`test metrics have problems: ${JSON.stringify(sink.diagnostics)}`);
  return store;
}

const processor = createMarkdownProcessor();

/** Runs Markdown through the real, frozen processor: the HTML and the file with its messages. */
export async function renderMarkdown(markdown: string, store: MetricStore = storeFromYaml('')): Promise<{ html: string; file: VFile }> {
  const file = new VFile({ path: 'sections/01.md', value: markdown, data: { metrics: store } });
  const html = String(await processor.process(file));
  return { html, file };
}
