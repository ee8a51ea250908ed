import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_NAME, OutputLockedError, withDirLock } from '../../src/write/dir-lock.js';
import { nodeFs } from '../../src/write/writer-fs.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-lock-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has ended. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

describe('withDirLock', () => {
  it('holds the lock file while the step runs and removes it afterwards', async () => {
    let seen: string[] = [];
    await withDirLock(dir, async () => void (seen = await readdir(dir)), { fs: nodeFs });
    expect(seen).toEqual([LOCK_NAME]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the lock when the step fails', async () => {
    await expect(withDirLock(dir, () => Promise.reject(new Error('boom')), { fs: nodeFs })).rejects.toThrow('boom');
    expect(await readdir(dir)).toEqual([]);
  });

  it('breaks the lock of a build that was killed (its process is gone)', async () => {
    await writeFile(join(dir, LOCK_NAME), `${deadPid()} ${hostname()} deadbeef\n`);
    let ran = false;
    await withDirLock(dir, async () => void (ran = true), { fs: nodeFs, timeoutMs: 2000 });
    expect(ran).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('waits for a live holder, says so after a second, and gives up after the timeout', async () => {
    // this very process holds it: alive
    await writeFile(join(dir, LOCK_NAME), `${process.pid} ${hostname()} cafe\n`);
    const told: number[] = [];
    const error = await withDirLock(dir, async () => undefined, { fs: nodeFs, timeoutMs: 1300, onWait: (h) => told.push(h.pid) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputLockedError);
    expect((error as OutputLockedError).holder.pid).toBe(process.pid);
    expect(told).toEqual([process.pid]);
    expect(await readdir(dir)).toEqual([LOCK_NAME]); // a live build's lock is not ours to remove
  });

  it('goes on as soon as the holder releases it', async () => {
    await writeFile(join(dir, LOCK_NAME), `${process.pid} ${hostname()} cafe\n`);
    setTimeout(() => void rm(join(dir, LOCK_NAME)), 200);
    let ran = false;
    await withDirLock(dir, async () => void (ran = true), { fs: nodeFs, timeoutMs: 5000 });
    expect(ran).toBe(true);
  });
});
