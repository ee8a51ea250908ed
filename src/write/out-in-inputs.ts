import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ProjectFiles } from '../load/read-project.js';

/** The folders of a report that are its inputs (or its tool's files): output never goes there. */
const INPUT_FOLDERS = ['sections', 'metrics', '.report'];

/**
 * The input an output directory would write into, or undefined when it is safe: the
 * report directory itself, its sections/, metrics/ or .report/ (or a folder inside them),
 * an input file, or the same places of the `previous:` report. Paths are compared after
 * symlinks, so a link named `out` that leads to sections/ is refused as well. The default
 * `<report>/dist` is none of these: sections are listed in sections/ only, so dist/ is
 * never read.
 */
export async function outInInputs(outDir: string, project: ProjectFiles): Promise<string | undefined> {
  const out = await realOf(outDir);
  for (const report of [project, project.previous].filter((r) => r !== undefined)) {
    const root = await realOf(report.dir);
    if (out === root) return report.dir;
    for (const folder of INPUT_FOLDERS) {
      if (within(out, join(root, folder))) return join(report.dir, folder);
    }
    const files = [report.manifest, ...report.metrics, ...report.sections].filter((f) => f !== undefined);
    for (const file of files) {
      if (within(out, await realOf(join(report.dir, file.path)))) return join(report.dir, file.path);
    }
  }
  return undefined;
}

/** Whether `path` is `base` or inside it. */
function within(path: string, base: string): boolean {
  const inside = relative(base, path);
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
async function realOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realOf(parent), basename(absolute));
  }
}
