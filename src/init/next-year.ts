import type { Sink } from '../diagnostics/diagnostic.js';
import { MANIFEST, type ProjectFiles } from '../load/read-project.js';
import { parseYaml } from '../validate/yaml.js';
import type { Artifact } from '../write/atomic.js';
import { nextManifest } from './next-manifest.js';
import { nextMetrics } from './next-metrics.js';
import { schemaFile } from '../scaffold/schema-file.js';

export interface NextYearSettings {
  /** Last year's directory as the new report.yaml's `previous:` names it (relative, `/`-separated). */
  previousPath: string;
}

export interface NextYear {
  /** The new report's files, paths relative to its directory. */
  files: Artifact[];
  /** The year last year's report covered, when its title says. */
  year?: number;
  /** Metric values emptied for the clerk. */
  emptied: number;
}

/**
 * `report init --from`: last year's report made into this year's, pure over the files
 * read. report.yaml and the metric files go through the yaml Document API (comments and
 * key order survive); the sections are copied as they are, for the clerk to rewrite.
 * YAML that does not parse is an error here: a file the tool cannot read it cannot empty.
 */
export function nextYear(project: ProjectFiles, settings: NextYearSettings, sink: Sink): NextYear {
  const files: Artifact[] = [];
  let year: number | undefined;
  if (project.manifest && parseYaml(project.manifest, sink)) {
    const manifest = nextManifest(project.manifest.text, settings.previousPath);
    year = manifest.year;
    files.push({ name: MANIFEST, content: manifest.text });
  }
  let emptied = 0;
  for (const file of project.metrics) {
    if (!parseYaml(file, sink)) continue;
    const metrics = nextMetrics(file.text, year === undefined ? 'previous' : String(year));
    emptied += metrics.emptied;
    files.push({ name: file.path, content: metrics.text });
  }
  for (const file of project.sections) files.push({ name: file.path, content: file.text });
  // this version's schema, which the report.yaml modeline points at (last year's copy may be older)
  files.push(schemaFile());
  return { files, year, emptied };
}
