import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { MANIFEST } from './read-project.js';

/**
 * The nearest directory at or above `start` that holds a report.yaml, as git finds `.git`:
 * so `report check` works from a report's `sections/`. Stops at the filesystem root and
 * returns undefined when no directory on the way has one.
 */
export async function findReport(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  for (;;) {
    if (await isFile(join(dir, MANIFEST))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
