import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeNewFile, type Artifact } from './atomic.js';

/**
 * Creates a directory holding exactly these files, or nothing: they are written into a
 * temporary sibling directory, flushed, and the directory is renamed into place at the
 * end. An existing non-empty directory is never touched (nobody's work is overwritten).
 */
export async function writeNewTree(dir: string, files: readonly Artifact[]): Promise<string[]> {
  if (await hasEntries(dir)) throw new Error(`failed to create "${dir}" (it exists and is not empty; choose a new directory)`);
  const temp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(dirname(dir), { recursive: true });
    for (const file of files) {
      const path = join(temp, file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeNewFile(path, file.content);
    }
    await rmdir(dir).catch(() => undefined); // an empty directory may be replaced
    await rename(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new Error(`failed to create "${dir}" (${(error as Error).message})`, { cause: error });
  }
  return files.map((file) => join(dir, file.name));
}

async function hasEntries(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
