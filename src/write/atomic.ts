import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A file to write: its name in the output directory and its content. */
export interface Artifact {
  name: string;
  content: string | Uint8Array;
}

/**
 * Writes all artifacts or none: each goes to a temporary file in the target directory
 * (same file system, so rename is atomic), is flushed to disk, and only when every one
 * is written are they renamed into place. A failure or a kill before the renames leaves
 * the previous outputs untouched. write-file-atomic does this for one file at a time; the
 * all-or-nothing pair needs the two phases split, so the few lines live here.
 */
export async function writeArtifacts(dir: string, artifacts: readonly Artifact[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: Array<{ temp: string; final: string }> = [];
  try {
    for (const artifact of artifacts) {
      const final = join(dir, artifact.name);
      const temp = `${final}${suffix}`;
      staged.push({ temp, final });
      await writeNewFile(temp, artifact.content);
    }
    // A rename cannot replace a directory: find that before the first rename, not after.
    for (const { final } of staged) {
      const stat = await lstat(final).catch(() => undefined);
      if (stat?.isDirectory()) throw new Error(`"${final}" is a directory`);
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw new Error(`failed to write to "${dir}" (${(error as Error).message})`, { cause: error });
  }
  for (const { temp, final } of staged) await rename(temp, final);
  return staged.map(({ final }) => final);
}

/** Creates a file (never overwrites one) and flushes it to disk before returning. */
export async function writeNewFile(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
