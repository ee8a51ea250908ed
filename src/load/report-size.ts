import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST } from './read-project.js';

/**
 * Bytes of a report's inputs (report.yaml, sections/, metrics/), read from the directory
 * listing and file sizes alone: what --shard balances the shares by, since a report's
 * build time grows with its text.
 */
export async function reportSize(dir: string): Promise<number> {
  const sizes = await Promise.all([sizeOf(join(dir, MANIFEST)), folderSize(join(dir, 'sections')), folderSize(join(dir, 'metrics'))]);
  return sizes.reduce((a, b) => a + b, 0);
}

async function folderSize(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const sizes = await Promise.all(names.map((name) => sizeOf(join(dir, name))));
  return sizes.reduce((a, b) => a + b, 0);
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : 0;
  } catch {
    return 0;
  }
}
