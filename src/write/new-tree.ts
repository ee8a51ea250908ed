import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeNewFile, type Artifact } from './atomic.js';
import type { Hold } from './dir-lock.js';

/** How the CLI keeps a signal from leaving a half-made tree behind. */
export interface NewTreeOptions {
  /** Registers a synchronous cleanup to run on a signal (the temp directory goes); returns its removal. */
  onInterrupt?: (cleanup: () => void) => () => void;
  /** Runs the final rename or moves with signals deferred, so they are never cut in half. */
  hold?: Hold;
}

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
export async function writeNewTree(dir: string, files: readonly Artifact[], options: NewTreeOptions = {}): Promise<string[]> {
  const existing = await entriesOf(dir);
  if (existing !== undefined && existing.length > 0) throw new DirectoryNotEmptyError(dir);
  const temp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  // a signal before the commit removes the temp directory: nothing is left, as on an error
  const forget = options.onInterrupt?.(() => rmSync(temp, { recursive: true, force: true, maxRetries: 3 }));
  const hold: Hold = options.hold ?? ((run) => run());
  try {
    await mkdir(dirname(dir), { recursive: true });
    for (const file of files) {
      const path = join(temp, file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeNewFile(path, file.content);
    }
    await hold(async () => {
      if (existing === undefined) await rename(temp, dir);
      else await moveEntries(temp, dir);
      return true;
    });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new Error(`failed to create "${dir}" (${(error as Error).message})`, { cause: error });
  } finally {
    forget?.();
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
