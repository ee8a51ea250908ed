import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { codeOf, type WriterFs } from './writer-fs.js';

/** The lock file in an output directory while a build renames its outputs into place. */
export const LOCK_NAME = '.report.lock';

/** Who holds an output directory's lock. */
export interface LockHolder {
  pid: number;
  host: string;
}

/** Another build kept the output directory locked for longer than the wait allows. */
export class OutputLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly lock: string,
    readonly holder: LockHolder,
    readonly seconds: number,
  ) {
    super(`failed to write to "${dir}" (another build, process ${holder.pid}, held it for ${seconds} s)`);
  }
}

/** Runs the commit of one build; resolves true when it ran (the CLI defers signals through it). */
export type Hold = (critical: () => Promise<boolean>) => Promise<boolean>;

export interface LockOptions {
  fs: WriterFs;
  hold?: Hold;
  /** Told once when another build has held the lock for a second: the user sees why nothing happens. */
  onWait?: (holder: LockHolder) => void;
  /** How long to wait for another build before giving up; 30 s by default. */
  timeoutMs?: number;
}

const STALE_UNREADABLE_MS = 10_000;

/**
 * Runs `critical` holding the directory's lock, so that two builds into one directory
 * never interleave their renames (each ends with a consistent set: the last one's). The
 * lock is a file created with O_EXCL and holding `pid host token`; a lock whose process
 * is gone (killed with -9 mid-commit) is stale and broken. Each attempt runs inside
 * `hold`, so a signal that arrives while the lock is held waits until it is released.
 */
export async function withDirLock(dir: string, critical: () => Promise<void>, options: LockOptions): Promise<void> {
  const { fs } = options;
  const hold: Hold = options.hold ?? ((run) => run());
  const timeoutMs = options.timeoutMs ?? 30_000;
  const started = Date.now();
  let told = false;
  let holder: LockHolder = { pid: 0, host: '' };
  for (;;) {
    const done = await hold(async () => {
      const taken = tryLock(dir, fs);
      if (typeof taken !== 'string') {
        holder = taken;
        return false;
      }
      try {
        await critical();
      } finally {
        releaseLock(dir, fs, taken);
      }
      return true;
    });
    if (done) return;
    const waited = Date.now() - started;
    if (waited > timeoutMs) throw new OutputLockedError(dir, join(dir, LOCK_NAME), holder, Math.round(waited / 1000));
    if (!told && waited >= 1000) {
      told = true;
      options.onWait?.(holder);
    }
    await sleep(20 + Math.floor(Math.random() * 40));
  }
}

/** Takes the lock once: its token when taken, else who holds it (a stale lock is cleared for the next try). */
function tryLock(dir: string, fs: WriterFs): string | LockHolder {
  const path = join(dir, LOCK_NAME);
  const token = randomBytes(8).toString('hex');
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx', 0o644);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
    return currentHolder(path, fs);
  }
  try {
    const content = Buffer.from(`${process.pid} ${hostname()} ${token}\n`);
    fs.writeSync(fd, content, 0, content.length);
  } catch (error) {
    fs.closeSync(fd);
    fs.unlinkSync(path);
    throw error;
  }
  fs.closeSync(fd);
  return token;
}

function releaseLock(dir: string, fs: WriterFs, token: string): void {
  const path = join(dir, LOCK_NAME);
  if (read(path, fs)?.split(' ')[2]?.trim() === token) fs.unlinkSync(path);
}

/** The lock's holder; breaks the lock first when its process is gone. */
function currentHolder(path: string, fs: WriterFs): LockHolder {
  const raw = read(path, fs);
  if (raw === undefined) return { pid: 0, host: '' }; // released meanwhile: try again
  const [pid, host] = raw.split(' ');
  const holder = { pid: Number(pid), host: host ?? '' };
  if (stale(holder, path, fs)) breakLock(path, raw, fs);
  return holder;
}

function stale(holder: LockHolder, path: string, fs: WriterFs): boolean {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) {
    // killed between creating the file and writing it: stale once it is old
    const stat = lstatOf(path, fs);
    return stat !== undefined && Date.now() - stat.mtimeMs > STALE_UNREADABLE_MS;
  }
  // a lock from another machine (a shared directory) cannot be checked: it stays
  if (holder.host !== hostname()) return false;
  return processGone(holder.pid);
}

/** No process of this machine runs under `pid` (one we may not signal still runs). */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return codeOf(error) === 'ESRCH';
  }
}

/**
 * Removes a stale lock by first renaming it to a name of our own: of several builds that
 * find it stale at once, one wins the rename. If what it moved is not the stale lock (it
 * was released and taken anew in between), it is put back.
 */
function breakLock(path: string, raw: string, fs: WriterFs): void {
  const claimed = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(path, claimed);
  } catch {
    return; // another build broke it first
  }
  if (read(claimed, fs) !== raw) {
    try {
      fs.linkSync(claimed, path);
    } catch {
      // a third build has taken the lock meanwhile; ours goes
    }
  }
  fs.unlinkSync(claimed);
}

function read(path: string, fs: WriterFs): string | undefined {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function lstatOf(path: string, fs: WriterFs) {
  try {
    return fs.lstatSync(path);
  } catch {
    return undefined;
  }
}
