import type { Sink } from '../diagnostics/diagnostic.js';
import { msg } from '../i18n/message.js';
import type { SourceFile } from '../load/read-project.js';
import { checkDocumentNumber, INDEX_NUMBER } from './document-number.js';
import { manifestSchema, type Manifest } from './manifest-schema.js';
import { checkPrevious, type PreviousStatus } from './previous.js';
import { schemaKeysAt } from './schema-keys.js';
import { halfWidth } from './half-width.js';
import { placeOf, parseYaml, type YamlFile } from './yaml.js';
import { reportZodIssues } from './zod-diagnostics.js';

/**
 * Parses and validates report.yaml: YAML syntax, the schema (unknown keys with
 * did-you-mean, types, required keys), then the 公文 rules across fields. Returns the
 * manifest when its shape is valid, even if a cross-field rule failed, so later stages
 * can still find their own problems in the same run. `previous` says what became of the
 * report its `previous:` key names.
 */
export function validateManifest(file: SourceFile, sink: Sink, previous?: PreviousStatus): Manifest | undefined {
  const yaml = parseYaml(file, sink);
  return yaml ? validateManifestYaml(yaml, sink, previous) : undefined;
}

/** validateManifest over an already parsed report.yaml, whose positions the caller keeps. */
export function validateManifestYaml(yaml: YamlFile, sink: Sink, previous?: PreviousStatus): Manifest | undefined {
  const parsed = manifestSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, yaml, sink, (path) => schemaKeysAt(manifestSchema, path));
    if (isRecord(yaml.value)) checkIdentifiers(yaml.value, yaml, sink);
    return undefined;
  }
  checkManifestRules(parsed.data, yaml, sink);
  if (previous) checkPrevious(yaml, previous, sink);
  return parsed.data;
}

function checkManifestRules(manifest: Manifest, yaml: YamlFile, sink: Sink): void {
  const path = yaml.file.path;
  checkIdentifiers(manifest, yaml, sink);
  if (manifest.published && manifest.published < manifest.date) {
    sink.error(path, placeOf(yaml, ['published']), msg('date-order/published', { published: manifest.published, date: manifest.date }));
  }
  const start = manifest.published ?? manifest.date;
  if (manifest.expires && manifest.expires < start) {
    sink.error(path, placeOf(yaml, ['expires']), msg('date-order/expires', { expires: manifest.expires, start, published: manifest.published !== undefined }));
  }
}

/** The fields the 文件编号 and 索引号 rules read, as far as they are strings. */
interface Identifiers {
  date?: unknown;
  published?: unknown;
  'document-number'?: unknown;
  'index-number'?: unknown;
}

/**
 * The 文件编号 and 索引号 rules. They run on the raw values too when the schema failed, so
 * a report fresh from `report init --from` lists every blank (dates, sequence number,
 * serial) in one run.
 */
function checkIdentifiers(values: Identifiers, yaml: YamlFile, sink: Sink): void {
  const path = yaml.file.path;
  // trimmed as the schema trims them (a pasted value may end in a full-width space)
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
  const date = text(values.date);
  const year = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.slice(0, 4)) : undefined;
  const published = text(values.published);
  const number = text(values['document-number']);
  if (number !== undefined) {
    // Offsets are into the value; find it in the source so a quoted value counts right.
    const node = yaml.doc.get('document-number', true) as { range?: [number, number, number] } | undefined;
    const nodeStart = node?.range?.[0] ?? 0;
    const found = yaml.file.text.indexOf(number, nodeStart);
    const valueStart = found >= 0 ? found : nodeStart;
    for (const problem of checkDocumentNumber(number, year)) {
      sink.error(path, yaml.lines.place(valueStart + problem.index), problem.message);
    }
  }
  const typedIndex = text(values['index-number']);
  if (typedIndex === undefined) return;
  // typed in full-width mode (０１４１３３０５８／２０２１－０００１２): say so, then check it half-width
  const index = halfWidth(typedIndex);
  if (index !== typedIndex) sink.error(path, placeOf(yaml, ['index-number']), msg('index-number-shape/full-width', { value: typedIndex, fixed: index }));
  const indexMatch = INDEX_NUMBER.exec(index);
  if (INDEX_NUMBER_UNFILLED.test(index)) {
    sink.error(path, placeOf(yaml, ['index-number']), msg('field-unfilled/index-number', { value: index }));
  } else if (!indexMatch) {
    sink.error(path, placeOf(yaml, ['index-number']), msg('index-number-shape', { value: index }));
  } else if (published && indexMatch[1] !== published.slice(0, 4)) {
    sink.warn(path, placeOf(yaml, ['index-number']), msg('index-number-year', { indexYear: indexMatch[1]!, year: published.slice(0, 4) }));
  }
}

/** An 索引号 whose serial `report init --from` cleared for the portal to assign. */
const INDEX_NUMBER_UNFILLED = /^[0-9A-Z]{8}[0-9X]\/\d{4}-$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
