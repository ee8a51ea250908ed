import { manifestJsonSchema } from '../validate/json-schema.js';
import type { Artifact } from '../write/atomic.js';

/**
 * Where a report keeps its copy of the report.yaml JSON Schema, relative to report.yaml.
 * A copy inside the report (not a path into this repository or into node_modules) is what
 * an editor resolves wherever the report is copied, mailed or unzipped, offline, and with
 * `report` installed globally or not at all; a path without `..` also avoids editors that
 * mishandle parent segments in modelines.
 */
export const SCHEMA_FILE = '.report/report.schema.json';

/** The schema file a new report carries: generated from the zod schema of this version. */
export function schemaFile(): Artifact {
  return { name: SCHEMA_FILE, content: manifestJsonSchema() };
}
