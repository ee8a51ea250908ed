import { dirname } from 'node:path';
import { codeOf, type WriterFs } from './writer-fs.js';

/**
 * Creates a directory and its missing parents; returns those it created, outermost first
 * (so a failed write can remove them again). Node's `mkdir({ recursive: true })` loops
 * forever where a parent exists but refuses new names with ENOENT (`/proc/x`): this walk
 * tries each level once and passes the system's error on.
 */
export function makeDirectory(dir: string, fs: WriterFs): string[] {
  try {
    fs.mkdirSync(dir);
    return [dir];
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return existingDirectory(dir, fs, error);
    const parent = dirname(dir);
    if (codeOf(error) !== 'ENOENT' || parent === dir) throw error;
    const created = makeDirectory(parent, fs);
    try {
      fs.mkdirSync(dir);
    } catch (again) {
      if (codeOf(again) !== 'EEXIST') throw again;
      existingDirectory(dir, fs, again); // another build made it meanwhile
      return created;
    }
    return [...created, dir];
  }
}

/** The directory is already there (nothing created), or a file stands in its place. */
function existingDirectory(dir: string, fs: WriterFs, error: unknown): [] {
  if (fs.statSync(dir).isDirectory()) return [];
  throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`, { cause: error }), { code: 'ENOTDIR' });
}
