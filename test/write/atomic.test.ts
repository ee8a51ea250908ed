import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeArtifacts } from '../../src/write/atomic.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeArtifacts', () => {
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
