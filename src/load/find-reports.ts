import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { MANIFEST } from './read-project.js';

/** Directories never searched for reports: outputs, dependencies, version control. */
const SKIPPED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/.report/**'];

/**
 * The report directories a batch command works on, in a stable order (by path): each
 * argument as a directory, or a glob when it has glob characters (`reports/*` — quoted,
 * the shell of Windows' cmd does not expand them), and with `all`, every directory under
 * that root holding a report.yaml. A glob keeps only the directories that hold one; a
 * directory named outright is kept as given, so one without report.yaml still gets its
 * missing-manifest error. Duplicates (a report named twice) count once.
 */
export async function findReports(args: readonly string[], all?: string, cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const dirs = await glob(arg, { cwd, onlyDirectories: true, absolute: true, expandDirectories: false, ignore: SKIPPED });
      for (const dir of dirs) if (await holdsReport(dir)) found.add(resolve(dir));
    } else {
      found.add(resolve(cwd, arg));
    }
  }
  if (all !== undefined) {
    const root = resolve(cwd, all);
    const manifests = await glob(`**/${MANIFEST}`, { cwd: root, absolute: true, ignore: SKIPPED, followSymbolicLinks: false });
    for (const manifest of manifests) found.add(resolve(manifest, '..'));
  }
  return [...found].sort(comparePaths);
}

async function holdsReport(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, MANIFEST))).isFile();
  } catch {
    return false;
  }
}

/** Code-point order, the same on every machine and locale (localeCompare is not). */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
