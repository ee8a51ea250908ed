import { Sink } from './diagnostics/diagnostic.js';
import { checkDisclosure } from './kinds/disclosure-annual/check-disclosure.js';
import { templateOfReport } from './kinds/disclosure-annual/layout.js';
import { DISCLOSURE_ANNUAL } from './kinds/disclosure-annual/remark-disclosure-tables.js';
import type { ProjectFiles } from './load/read-project.js';
import { storeFromFiles } from './metrics/store-from-files.js';
import { MetricStore } from './metrics/store.js';
import { createMarkdownProcessor } from './transform/markdown.js';
import { transformSections, type RenderedSection } from './transform/sections.js';
import type { Manifest } from './validate/manifest-schema.js';
import { validateManifestYaml } from './validate/manifest.js';
import { parseDocument } from 'yaml';
import { parseYaml, type YamlFile } from './validate/yaml.js';
import type { PreviousStatus } from './validate/previous.js';
import { checkStaleYears } from './validate/stale-years.js';

/** A report understood: its manifest, its metrics, its sections as sanitized HTML. */
export interface Analyzed {
  manifest?: Manifest;
  /** report.yaml as parsed, so later stages can still point into it. */
  manifestYaml?: YamlFile;
  store: MetricStore;
  sections: RenderedSection[];
}

export interface AnalyzeOptions {
  /** Draw the charts (default); report check only checks them, and its sections' HTML is not used. */
  drawCharts?: boolean;
}

/**
 * validate → transform: everything `report check` does, with every problem in the sink.
 * Pure over the files it is given; never touches the disk or a browser.
 */
export async function analyze(project: ProjectFiles, sink: Sink, options: AnalyzeOptions = {}): Promise<Analyzed> {
  const { previous, status } = analyzePrevious(project);
  const manifestYaml = project.manifest ? parseYaml(project.manifest, sink) : undefined;
  const manifest = manifestYaml ? validateManifestYaml(manifestYaml, sink, status) : undefined;
  checkStaleYears(project, manifestYaml, sink);
  const store = storeFromFiles(project.metrics, sink, previous);
  const kind = manifest?.kind ?? rawKind(project, manifestYaml);
  const template = templateOfReport(manifest, (id) => store.get(id) !== undefined);
  if (kind === DISCLOSURE_ANNUAL) checkDisclosure(store, project.sections, sink, template);
  const sections = await transformSections(project.sections, store, createMarkdownProcessor(), sink, kind, template, options.drawCharts ?? true);
  return { manifest, manifestYaml, store, sections };
}

/**
 * The kind report.yaml names when it failed validation: its raw `kind:` as written, so the
 * kind's checks and standard tables still run and a table error shows in the same run as
 * the metadata error (issue 8). Read from the file as parsed, else, when it has a syntax
 * error, from what the parser still made of it; a value that is no known kind is left to
 * validation (reported there) and counts as none here.
 */
function rawKind(project: ProjectFiles, manifestYaml: YamlFile | undefined): string | undefined {
  if (!project.manifest) return undefined;
  const doc = manifestYaml?.doc ?? parseDocument(project.manifest.text, { prettyErrors: false, uniqueKeys: false });
  const kind = doc.get('kind');
  return kind === DISCLOSURE_ANNUAL ? kind : undefined;
}

/** Last year's metrics, with its own problems kept apart: they are reported at `previous:`. */
function analyzePrevious(project: ProjectFiles): { previous?: MetricStore; status?: PreviousStatus } {
  if (!project.previous) return {};
  const { path, dir, manifest, metrics } = project.previous;
  if (!manifest) return { previous: MetricStore.unreadable(), status: { path, dir, found: false, errors: [] } };
  const sink = new Sink();
  const previous = storeFromFiles(metrics, sink);
  return { previous, status: { path, dir, found: true, errors: sink.sorted().filter((d) => d.severity === 'error') } };
}
