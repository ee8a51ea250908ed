import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeNewFile, type Artifact } from './atomic.js';

/** The directory to create already holds files: nothing was written. */
export class DirectoryNotEmptyError extends Error {
  constructor(readonly dir: string) {
    super(`failed to create "${dir}" (it exists and is not empty; choose a new directory)`);
  }
}

/**
 * Creates a directory holding exactly these files, or nothing: they are written into a
 * temporary sibling directory, flushed, and the directory is renamed into place at the
 * end. An existing non-empty directory is never touched (nobody's work is overwritten).
 * An existing empty directory keeps its identity and receives the entries instead: it
 * may be the shell's working directory (`report new .`), which a rename would replace
 * by a directory the shell does not see (and Windows refuses to remove).
 */
export async function writeNewTree(dir: string, files: readonly Artifact[]): Promise<string[]> {
  const existing = await entriesOf(dir);
  if (existing !== undefined && existing.length > 0) throw new DirectoryNotEmptyError(dir);
  const temp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(dirname(dir), { recursive: true });
    for (const file of files) {
      const path = join(temp, file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeNewFile(path, file.content);
    }
    if (existing === undefined) await rename(temp, dir);
    else await moveEntries(temp, dir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new Error(`failed to create "${dir}" (${(error as Error).message})`, { cause: error });
  }
  return files.map((file) => join(dir, file.name));
}

/** Moves every entry of `from` into the empty `to`; on a failure, moves back what was moved. */
async function moveEntries(from: string, to: string): Promise<void> {
  const moved: string[] = [];
  try {
    for (const name of await readdir(from)) {
      await rename(join(from, name), join(to, name));
      moved.push(name);
    }
  } catch (error) {
    for (const name of moved) await rename(join(to, name), join(from, name)).catch(() => undefined);
    throw error;
  }
  await rmdir(from);
}

/** The entries of a directory, or undefined when there is no directory to read. */
async function entriesOf(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch {
    return undefined;
  }
}
