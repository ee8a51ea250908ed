import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardStaged, newStaged, writeArtifacts } from '../../src/write/atomic.js';
import { nodeFs, type WriterFs } from '../../src/write/writer-fs.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The pid of a process that has ended (and been reaped): nothing runs under it now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

describe('writeArtifacts', () => {
  it('sweeps the temps a killed build of the same outputs left on this machine, and nothing else', async () => {
    const dead = deadPid();
    const left = {
      killed: `report.html.tmp-${dead}-${HOST}-0badf00d`,
      live: `report.html.tmp-${process.pid}-${HOST}-0badf00d`,
      otherMachine: `report.html.tmp-${dead}-00000000-0badf00d`,
      otherOutput: `notes.html.tmp-${dead}-${HOST}-0badf00d`,
      oldName: `report.html.tmp-${dead}-0badf00d`,
    };
    for (const name of Object.values(left)) await writeFile(join(dir, name), 'half');
    await writeArtifacts(dir, [{ name: 'report.html', content: 'new' }]);
    expect((await readdir(dir)).sort()).toEqual([left.live, left.otherMachine, left.oldName, left.otherOutput, 'report.html'].sort());
  });


  it('writes every artifact, creating the directory, and returns their paths', async () => {
    const out = join(dir, 'dist', 'nested');
    const written = await writeArtifacts(out, [
      { name: 'report.html', content: '<p>报告</p>' },
      { name: 'report.pdf', content: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
    ]);
    expect(written).toEqual([join(out, 'report.html'), join(out, 'report.pdf')]);
    expect(await readFile(join(out, 'report.html'), 'utf8')).toBe('<p>报告</p>');
    expect([...(await readFile(join(out, 'report.pdf')))]).toEqual([0x25, 0x50, 0x44, 0x46]);
    expect((await readdir(out)).sort()).toEqual(['report.html', 'report.pdf']);
  });

  it('replaces previous outputs', async () => {
    await writeFile(join(dir, 'report.html'), 'old');
    await writeArtifacts(dir, [{ name: 'report.html', content: 'new' }]);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['report.html']);
  });

  it('writes nothing and leaves no temp files when staging an artifact fails', async () => {
    await writeFile(join(dir, 'report.html'), 'old');
    // the second artifact's folder does not exist, so its temp file cannot be created
    await expect(
      writeArtifacts(dir, [
        { name: 'report.html', content: 'new' },
        { name: 'missing/report.pdf', content: 'pdf' },
      ]),
    ).rejects.toThrow(/^failed to write to ".*" \(ENOENT/);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['report.html']);
  });

  it('keeps the first target and leaves no temp files when the second cannot be written', async () => {
    await writeFile(join(dir, 'report.html'), 'old');
    // a directory stands where the PDF should go
    await mkdir(join(dir, 'report.pdf'));
    await expect(
      writeArtifacts(dir, [
        { name: 'report.html', content: 'new' },
        { name: 'report.pdf', content: 'pdf' },
      ]),
    ).rejects.toThrow(/^failed to write to /);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['report.html', 'report.pdf']);
  });
});

describe('writeArtifacts on a failing file system (the writer seam)', () => {
  /** Node's file system, but the disk fills up at the n-th write. */
  function fillingFs(failAt: number): WriterFs & { writes: number } {
    const fs = { ...nodeFs, writes: 0 };
    fs.writeSync = (fd, buffer, offset, length) => {
      if (++fs.writes === failAt) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return nodeFs.writeSync(fd, buffer, offset, length);
    };
    return fs;
  }

  it('ENOSPC midway: the temp files go, the previous outputs stay, the cause is kept', async () => {
    await writeFile(join(dir, 'report.html'), 'old html');
    await writeFile(join(dir, 'report.pdf'), 'old pdf');
    const staged = newStaged();
    const error = await writeArtifacts(
      dir,
      [
        { name: 'report.html', content: 'new html' },
        { name: 'report.pdf', content: 'new pdf' },
        { name: 'report.metrics.json', content: '{}' },
      ],
      { fs: fillingFs(2), staged },
    ).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^failed to write to ".*" \(ENOSPC: no space left on device, write\)$/);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect((await readdir(dir)).sort()).toEqual(['report.html', 'report.pdf']);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe('old html');
    expect(await readFile(join(dir, 'report.pdf'), 'utf8')).toBe('old pdf');
    expect(staged.files.size).toBe(0);
  });

  it('ENOSPC in a directory it created: the directory goes too', async () => {
    const out = join(dir, 'new', 'dist');
    await expect(writeArtifacts(out, [{ name: 'report.html', content: 'x' }], { fs: fillingFs(1) })).rejects.toThrow(/ENOSPC/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('an output directory under /proc fails at once (Node’s recursive mkdir loops forever there)', async () => {
    await expect(writeArtifacts('/proc/x/y', [{ name: 'report.html', content: 'x' }])).rejects.toThrow(/ENOENT: no such file or directory, mkdir '\/proc\/x'/);
  });

  it('discardStaged removes what an interrupted write left, and nothing else', async () => {
    await writeFile(join(dir, 'report.html'), 'old');
    await writeFile(join(dir, 'report.html.tmp-1-abcd0123'), 'half');
    const staged = newStaged();
    staged.files.add(join(dir, 'report.html.tmp-1-abcd0123'));
    staged.files.add(join(dir, 'not-yet-created.tmp-1-abcd0123'));
    discardStaged(staged);
    expect(await readdir(dir)).toEqual(['report.html']);
  });
});

describe('writeArtifacts twice at once into one directory', () => {
  it('never interleaves the renames: the directory ends with one write’s set', async () => {
    const set = (who: string) => [
      { name: 'report.html', content: `html ${who}` },
      { name: 'report.pdf', content: `pdf ${who}` },
    ];
    // the second starts while the first pauses between its renames: without the lock its
    // two renames would land in between, and the first's PDF would join the second's HTML
    let second: Promise<string[]> | undefined;
    const pause = async (phase: string) => {
      if (phase !== 'commit') return;
      second = writeArtifacts(dir, set('b'));
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    await writeArtifacts(dir, set('a'), { pause });
    await second;
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    const pdf = await readFile(join(dir, 'report.pdf'), 'utf8');
    expect(pdf.replace('pdf', 'html')).toBe(html);
    expect((await readdir(dir)).sort()).toEqual(['report.html', 'report.pdf']);
  });
});
