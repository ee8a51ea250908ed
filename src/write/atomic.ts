import { createHash, randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutputLockedError, processGone, withDirLock, type Hold, type LockHolder } from './dir-lock.js';
import { makeDirectory } from './make-directory.js';
import { codeOf, nodeFs, type WriterFs } from './writer-fs.js';

/** A file to write: its name in the output directory and its content. */
export interface Artifact {
  name: string;
  content: string | Uint8Array;
}

/** What a write has created and not yet committed: what an interrupt must remove (discardStaged). */
export interface Staged {
  files: Set<string>;
  /** Directories it created, outermost first. */
  dirs: string[];
}

export interface WriteOptions {
  /** Node's file system, or a test's that fails on purpose. */
  fs?: WriterFs;
  /** The caller's record of the temp files, kept current, for its signal handler. */
  staged?: Staged;
  /** Runs the commit; the CLI defers signals through it so the renames are never cut in half. */
  hold?: Hold;
  /** Another build has been renaming into the directory for a second. */
  onWait?: (holder: LockHolder) => void;
  /** How long to wait for another build's commit (default 30 s). */
  lockTimeoutMs?: number;
  /** Test-only: waits at a phase so a test can interrupt or race there (cli/build.ts, REPORT_TEST_PAUSE). */
  pause?: (phase: 'staged' | 'commit') => Promise<void>;
}

/** An empty record of staged files. */
export function newStaged(): Staged {
  return { files: new Set(), dirs: [] };
}

/**
 * Writes all artifacts or none: each goes to a temporary file in the target directory
 * (same file system, so rename is atomic), is flushed to disk, and only when every one
 * is written are they renamed into place, under the directory's lock (two builds never
 * interleave their renames). A failure or a signal before the renames leaves the previous
 * outputs untouched and removes the temp files. write-file-atomic does this for one file
 * at a time; the all-or-nothing set needs the two phases split, so the few lines live here.
 */
export async function writeArtifacts(dir: string, artifacts: readonly Artifact[], options: WriteOptions = {}): Promise<string[]> {
  const fs = options.fs ?? nodeFs;
  const staged = options.staged ?? newStaged();
  const suffix = `.tmp-${process.pid}-${HOST_TAG}-${randomBytes(4).toString('hex')}`;
  const targets = artifacts.map((artifact) => ({ artifact, final: join(dir, artifact.name), temp: `${join(dir, artifact.name)}${suffix}` }));
  try {
    staged.dirs.push(...makeDirectory(dir, fs));
    for (const { artifact, temp } of targets) {
      staged.files.add(temp);
      writeNewFileNow(temp, artifact.content, fs);
      await turn();
    }
    // A rename cannot replace a directory: find that before the first rename, not after.
    for (const { final } of targets) {
      if (isDirectory(final, fs)) throw new Error(`"${final}" is a directory`);
    }
    await options.pause?.('staged');
    const commit = async () => {
      for (const [i, { temp, final }] of targets.entries()) {
        fs.renameSync(temp, final);
        staged.files.delete(temp);
        if (i === 0 && targets.length > 1) await options.pause?.('commit');
      }
      sweepDeadTemps(dir, artifacts.map((artifact) => artifact.name), fs);
    };
    await withDirLock(dir, commit, { fs, hold: options.hold, onWait: options.onWait, timeoutMs: options.lockTimeoutMs });
  } catch (error) {
    discardStaged(staged, fs);
    if (error instanceof OutputLockedError) throw error;
    throw new Error(`failed to write to "${dir}" (${(error as Error).message})`, { cause: error });
  }
  staged.dirs.length = 0;
  return targets.map(({ final }) => final);
}

/** This machine, in temp file names: a build only sweeps the temps of its own machine's processes. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/**
 * Removes the temp files a build of these outputs left when it was killed outright
 * (`kill -9`, a power cut: no handler ran), so they do not end up published with the
 * outputs: `<name>.tmp-<pid>-<host>-<random>` of one of the names written, made on this
 * machine by a process that no longer runs. Temps of a live process (a build waiting for
 * the lock) and of another machine (a shared directory) stay. Runs under the directory's
 * lock; a failure to sweep is not the build's failure.
 */
function sweepDeadTemps(dir: string, names: readonly string[], fs: WriterFs): void {
  const ours = new Set(names);
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const match = /^(.+)\.tmp-(\d+)-([0-9a-f]{8})-[0-9a-f]{8}$/.exec(entry);
    if (!match || !ours.has(match[1]!) || match[3] !== HOST_TAG || !processGone(Number(match[2]))) continue;
    try {
      fs.unlinkSync(join(dir, entry));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** Removes what a write staged and did not commit (temp files, then directories it created); synchronous, for signal handlers. */
export function discardStaged(staged: Staged, fs: WriterFs = nodeFs): void {
  for (const file of staged.files) {
    try {
      fs.unlinkSync(file);
    } catch {
      // not created yet, or already gone
    }
  }
  staged.files.clear();
  for (const dir of staged.dirs.reverse()) {
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty (someone else's files): it stays
    }
  }
  staged.dirs.length = 0;
}

/** Creates a file (never overwrites one), writes all of it and flushes it to disk. */
function writeNewFileNow(path: string, content: string | Uint8Array, fs: WriterFs): void {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const fd = fs.openSync(path, 'wx', 0o644);
  try {
    for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function isDirectory(path: string, fs: WriterFs): boolean {
  try {
    return fs.lstatSync(path).isDirectory();
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

/** Lets the event loop run once, so a signal that came during a write is handled between files, not inside one. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
