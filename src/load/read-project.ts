import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sink } from '../diagnostics/diagnostic.js';
import { decode } from './decode.js';

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
}

export const MANIFEST = 'report.yaml';

/**
 * The only code that reads a report from disk. Missing parts become diagnostics, not
 * exceptions, so `report check` on an empty folder still says everything that is wrong.
 */
export async function readProject(dir: string, sink: Sink): Promise<ProjectFiles> {
  const [manifest, metrics, sections] = await Promise.all([
    readOne(dir, MANIFEST, sink),
    readFolder(dir, 'metrics', /\.ya?ml$/, sink),
    readFolder(dir, 'sections', /\.md$/, sink),
  ]);
  if (!manifest) {
    sink.error(MANIFEST, undefined, `cannot read "${join(dir, MANIFEST)}" (is this a report directory?)`, 'missing-manifest');
  }
  if (sections.length === 0) {
    sink.error('sections/', undefined, 'no sections found (add Markdown files under sections/)', 'no-sections');
  }
  return { dir, manifest, metrics, sections };
}

async function readOne(dir: string, path: string, sink: Sink): Promise<SourceFile | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, path));
  } catch {
    return undefined;
  }
  const { text, encoding } = decode(bytes);
  if (encoding !== 'utf-8') {
    sink.warn(path, undefined, `file is not UTF-8 and was read as ${encoding} (save it as UTF-8)`, 'encoding');
  }
  return { path, text };
}

async function readFolder(dir: string, folder: string, pattern: RegExp, sink: Sink): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = await readdir(join(dir, folder));
  } catch {
    return [];
  }
  // File-name order is document order; sort by code point so every machine agrees.
  const wanted = names.filter((n) => pattern.test(n) && !n.startsWith('.')).sort();
  const files = await Promise.all(wanted.map((n) => readOne(dir, `${folder}/${n}`, sink)));
  return files.filter((f): f is SourceFile => f !== undefined);
}
