import { join, resolve } from 'node:path';
import { isScalar, parseDocument } from 'yaml';
import { Sink } from '../diagnostics/diagnostic.js';
import { msg } from '../i18n/message.js';
import { decode } from './decode.js';
import { LIMITS } from './limits.js';
import { diskReader, type FileReader } from './file-reader.js';
import { sharedNumbers, sortFileNames } from './file-order.js';
import { isPreviousPath } from './previous-path.js';

/** One input file: its path relative to the report directory, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything a report is made of, read from disk once. */
export interface ProjectFiles {
  dir: string;
  manifest?: SourceFile;
  metrics: SourceFile[];
  sections: SourceFile[];
  /** Last year's report, when report.yaml names one with `previous:`. */
  previous?: PreviousFiles;
}

/** The part of last year's report that this year's reads: its metrics, and its sections (for the years left in their copy). */
export interface PreviousFiles {
  /** `previous:` as written in report.yaml, e.g. `../wujin-2020`. */
  path: string;
  dir: string;
  /** Absent when the directory holds no report.yaml (reported at the `previous:` key). */
  manifest?: SourceFile;
  metrics: SourceFile[];
  sections: SourceFile[];
}

export const MANIFEST = 'report.yaml';

export interface ReadOptions {
  /** Where the files come from: the disk (default) or a git revision. */
  reader?: FileReader;
  /** Also read the report `previous:` names (default true). */
  previous?: boolean;
}

/**
 * The only code that reads a report from disk. Missing parts become diagnostics, not
 * exceptions, so `report check` on an empty folder still says everything that is wrong.
 */
export async function readProject(dir: string, sink: Sink, options: ReadOptions = {}): Promise<ProjectFiles> {
  const reader = options.reader ?? diskReader(dir);
  const [manifest, metrics, sections] = await Promise.all([
    readOne(reader, MANIFEST, sink),
    readFolder(reader, 'metrics', /\.ya?ml$/, sink, LIMITS.metricFiles),
    readFolder(reader, 'sections', /\.md$/, sink, LIMITS.sectionFiles),
  ]);
  if (metrics.tooMany || sections.tooMany || tooLarge([manifest.file, ...metrics.files, ...sections.files], sink)) {
    // half a report would only add errors that follow from the missing half: read neither
    metrics.files = [];
    sections.files = [];
  }
  // a report.yaml that is there but not text has its own error
  if (!manifest.found) {
    sink.error(MANIFEST, undefined, msg('missing-manifest', { path: join(dir, MANIFEST) }));
  }
  if (sections.names.length === 0) {
    sink.error('sections/', undefined, msg('no-sections'));
  }
  warnEmpty(sections.files, sink);
  for (const { name, first, number } of sharedNumbers(sections.names)) {
    sink.warn(`sections/${name}`, undefined, msg('section-order', { file: name, other: first, number }));
  }
  const previousPath = options.previous === false || !manifest.file ? undefined : previousOf(manifest.file.text);
  const previous = previousPath === undefined ? undefined : await readPrevious(dir, previousPath);
  return { dir, manifest: manifest.file, metrics: metrics.files, sections: sections.files, previous };
}

/**
 * Reads last year's report.yaml, metrics and sections. Its encoding warnings are its own business,
 * not this report's; what is wrong with its metrics is reported once, at the `previous:`
 * key, when they are analysed.
 */
async function readPrevious(dir: string, path: string): Promise<PreviousFiles> {
  const previousDir = resolve(dir, path);
  const reader = diskReader(previousDir);
  const quiet = new Sink();
  const [manifest, metrics, sections] = await Promise.all([
    readOne(reader, MANIFEST, quiet),
    readFolder(reader, 'metrics', /\.ya?ml$/, quiet, LIMITS.metricFiles),
    readFolder(reader, 'sections', /\.md$/, quiet, LIMITS.sectionFiles),
  ]);
  return { path, dir: previousDir, manifest: manifest.file, metrics: metrics.files, sections: sections.files };
}

/**
 * Whether the report's files are more than LIMITS.reportBytes together, said at the file
 * that goes past it: each file within its own limit, hundreds of them would still take
 * minutes.
 */
function tooLarge(files: ReadonlyArray<SourceFile | undefined>, sink: Sink): boolean {
  const sizes = files.flatMap((f) => (f ? [{ path: f.path, bytes: Buffer.byteLength(f.text) }] : []));
  const size = sizes.reduce((sum, f) => sum + f.bytes, 0);
  if (size <= LIMITS.reportBytes) return false;
  let total = 0;
  const past = sizes.find((f) => (total += f.bytes) > LIMITS.reportBytes)!;
  sink.error(past.path, undefined, msg('file-too-large/report', { size, limit: LIMITS.reportBytes }));
  return true;
}

/**
 * A section file with no text (empty, or only spaces and blank lines) is most likely one
 * that was never written or was saved over; when every one is, the page would have no
 * text at all, which is said once, at report.yaml.
 */
function warnEmpty(sections: readonly SourceFile[], sink: Sink): void {
  const empty = sections.filter((s) => s.text.trim() === '');
  if (empty.length === 0) return;
  if (empty.length === sections.length) {
    sink.warn(MANIFEST, undefined, msg('empty-report', { count: sections.length }));
    return;
  }
  for (const section of empty) sink.warn(section.path, undefined, msg('empty-section'));
}

/** `previous:` from report.yaml, read before validation (which reports a bad value). */
function previousOf(text: string): string | undefined {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return undefined;
  const node = doc.get('previous', true);
  // a value the schema refuses is reported there; nothing outside the report is read for it
  return isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' && isPreviousPath(node.value.trim()) ? node.value.trim() : undefined;
}

/** A file and its text; `found` without `file` when it is there but is not text (an error says so). */
interface Read {
  found: boolean;
  file?: SourceFile;
}

async function readOne(reader: FileReader, path: string, sink: Sink): Promise<Read> {
  const real = await reader.outside?.(path);
  if (real !== undefined) {
    sink.error(path, undefined, msg('outside-report', { path, real }));
    return { found: true };
  }
  const info = await reader.stat?.(path);
  if (info && !info.regular) {
    sink.error(path, undefined, msg('not-text/special'));
    return { found: true };
  }
  // stat first: a file past the limit is refused without being read into memory
  if (info && info.size > LIMITS.fileBytes) {
    sink.error(path, undefined, msg('file-too-large', { size: info.size, limit: LIMITS.fileBytes }));
    return { found: true };
  }
  const bytes = await reader.read(path);
  if (!bytes) return { found: false };
  if (bytes.length > LIMITS.fileBytes) {
    sink.error(path, undefined, msg('file-too-large', { size: bytes.length, limit: LIMITS.fileBytes }));
    return { found: true };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const { why } = decoded;
    sink.error(path, undefined, why === 'nul' ? msg('not-text/nul') : why === 'invalid' ? msg('not-text/invalid') : msg('not-text/format', { format: why }));
    return { found: true };
  }
  const { text, encoding, bom } = decoded;
  if (encoding === 'gb18030') sink.warn(path, undefined, msg('encoding', { encoding }));
  else if (encoding !== 'utf-8') sink.warn(path, undefined, msg('encoding/unicode', { encoding, bom }));
  return { found: true, file: { path, text } };
}

/** The files of a folder that match, in file-name order (document order for sections), and all their names. */
async function readFolder(reader: FileReader, folder: string, pattern: RegExp, sink: Sink, limit: number): Promise<{ names: string[]; files: SourceFile[]; tooMany?: boolean }> {
  const names = sortFileNames((await reader.list(folder)).filter((n) => pattern.test(n) && !n.startsWith('.')));
  if (names.length > limit) {
    sink.error(`${folder}/`, undefined, msg('too-many-files', { folder, count: names.length, limit }));
    return { names, files: [], tooMany: true };
  }
  const read = await Promise.all(names.map((n) => readOne(reader, `${folder}/${n}`, sink)));
  return { names, files: read.flatMap((r) => (r.file ? [r.file] : [])) };
}
