import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryNotEmptyError, writeNewTree } from '../../src/write/new-tree.js';

const FILES = [
  { name: 'report.yaml', content: 'title: x\n' },
  { name: 'sections/01-工作情况.md', content: '正文\n' },
  { name: '.report/report.schema.json', content: '{}\n' },
];

describe('writeNewTree', () => {
  it('leaves nothing when a signal comes before the commit: the cleanup it registered removes the temp directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-tree-'));
    const dir = join(root, 'new');
    const registered: Array<() => void> = [];
    const signalled = new Error('SIGINT');
    await expect(
      writeNewTree(dir, FILES, {
        onInterrupt: (cleanup) => {
          registered.push(cleanup);
          return () => registered.splice(registered.indexOf(cleanup), 1);
        },
        // a signal just before the commit: the CLI's handler runs the cleanups and exits
        hold: async () => {
          expect(readdirSync(root).filter((name) => name.includes('.tmp-'))).toHaveLength(1);
          for (const cleanup of registered) cleanup();
          throw signalled;
        },
      }),
    ).rejects.toThrow(/SIGINT/);
    expect(readdirSync(root)).toEqual([]);
    // and the cleanup is no longer registered once the write has ended
    expect(registered).toEqual([]);
  });

  it('commits under the hold it is given (signals wait for the rename), then forgets its cleanup', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-tree-'));
    const dir = join(root, 'new');
    let held = false;
    let registered = 0;
    await writeNewTree(dir, FILES, {
      onInterrupt: () => {
        registered++;
        return () => registered--;
      },
      hold: async (critical) => {
        held = true;
        return critical();
      },
    });
    expect(held).toBe(true);
    expect(registered).toBe(0);
    expect(readdirSync(root)).toEqual(['new']);
  });

  it('creates the directory with every file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-tree-'));
    const dir = join(root, 'a/b');
    await writeNewTree(dir, FILES);
    expect(readFileSync(join(dir, 'sections/01-工作情况.md'), 'utf8')).toBe('正文\n');
    expect(readdirSync(dir).sort()).toEqual(['.report', 'report.yaml', 'sections']);
    expect(readdirSync(join(root, 'a'))).toEqual(['b']);
  });

  it('fills an existing empty directory in place, so a shell standing in it sees the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-tree-'));
    const inode = statSync(dir).ino;
    await writeNewTree(dir, FILES);
    expect(statSync(dir).ino).toBe(inode);
    expect(readdirSync(dir).sort()).toEqual(['.report', 'report.yaml', 'sections']);
  });

  it('refuses a directory that has files, touching nothing and leaving no temporary directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-tree-'));
    const dir = join(root, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    await expect(writeNewTree(dir, FILES)).rejects.toBeInstanceOf(DirectoryNotEmptyError);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readdirSync(root)).toEqual(['mine']);
  });

  it('writes nothing when a file cannot be written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-tree-'));
    const dir = join(root, 'new');
    await expect(writeNewTree(dir, [...FILES, { name: 'sections', content: 'a file where a folder is' }])).rejects.toThrow(/failed to create/);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });
});
