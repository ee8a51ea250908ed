import type { Sink } from './diagnostics/diagnostic.js';
import type { ProjectFiles } from './load/read-project.js';
import { collectMetrics } from './metrics/collect.js';
import { buildStore, type MetricStore } from './metrics/store.js';
import { createMarkdownProcessor } from './transform/markdown.js';
import { transformSections, type RenderedSection } from './transform/sections.js';
import type { Manifest } from './validate/manifest-schema.js';
import { validateManifest } from './validate/manifest.js';
import { parseYaml, topLevelKeys, type YamlFile } from './validate/yaml.js';

/** A report understood: its manifest, its metrics, its sections as sanitized HTML. */
export interface Analyzed {
  manifest?: Manifest;
  store: MetricStore;
  sections: RenderedSection[];
}

/**
 * validate → transform: everything `report check` does, with every problem in the sink.
 * Pure over the files it is given; never touches the disk or a browser.
 */
export async function analyze(project: ProjectFiles, sink: Sink): Promise<Analyzed> {
  const manifest = project.manifest ? validateManifest(project.manifest, sink) : undefined;
  const metricFiles: YamlFile[] = [];
  const unavailable = new Set<string>();
  for (const file of project.metrics) {
    const yaml = parseYaml(file, sink);
    if (yaml) metricFiles.push(yaml);
    else for (const group of topLevelKeys(file.text)) unavailable.add(group);
  }
  const collected = collectMetrics(metricFiles, sink);
  const store = buildStore(collected.metrics, collected.checks, sink, unavailable);
  const sections = await transformSections(project.sections, store, createMarkdownProcessor(), sink);
  return { manifest, store, sections };
}
