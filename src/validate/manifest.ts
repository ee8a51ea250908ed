import type { Sink } from '../diagnostics/diagnostic.js';
import { msg } from '../i18n/message.js';
import type { SourceFile } from '../load/read-project.js';
import { checkDocumentNumber } from './document-number.js';
import { indexNumberPattern, matchIndexNumber, templateOf } from './index-number.js';
import { manifestSchema, NONE_WORDS, type Manifest } from './manifest-schema.js';
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
  portal?: unknown;
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
  // `none`: the published record has no such field; nothing to check
  const given = (value: unknown) => {
    const s = text(value);
    return s !== undefined && !NONE_WORDS.includes(s) ? s : undefined;
  };
  const number = given(values['document-number']);
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
  const typedIndex = given(values['index-number']);
  if (typedIndex === undefined) return;
  // typed in full-width mode (０１４１３３０５８／２０２１－０００１２): say so, then check it half-width
  const index = halfWidth(typedIndex);
  const place = placeOf(yaml, ['index-number']);
  if (index !== typedIndex) sink.error(path, place, msg('index-number-shape/full-width', { value: typedIndex, fixed: index }));
  const written = isRecord(values.portal) ? text(values.portal['index-number-pattern']) : undefined;
  // an expression that does not compile is the schema's error, at the pattern
  const pattern = written ? indexNumberPattern(written) : undefined;
  const match = matchIndexNumber(index, pattern);
  if (match.kind === 'unfilled') {
    sink.error(path, place, msg('field-unfilled/index-number', { value: index }));
  } else if (match.kind === 'unknown' && pattern) {
    // the portal's own pattern, declared by the office: checked strictly
    sink.error(path, place, msg('index-number-pattern', { value: index, pattern: written! }));
  } else if (match.kind === 'unknown') {
    // the portal assigns the 索引号 and the clerk cannot change it: never block the build
    sink.warn(path, place, msg('index-number-shape', { value: index, template: templateOf(index) }));
  } else if (published && match.year && match.year !== published.slice(0, 4)) {
    sink.warn(path, place, msg('index-number-year', { indexYear: match.year, year: published.slice(0, 4) }));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
