import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { parseShard, shareOf } from '../batch/shard.js';
import { text } from '../i18n/message.js';
import { findReports } from '../load/find-reports.js';
import { reportSize } from '../load/report-size.js';
import { UsageError } from './io.js';
import { reportDir } from './report-dir.js';

/** `--all [root]` and `--shard i/n`, shared by build and check. */
export interface TargetFlags {
  all?: string | boolean;
  shard?: string;
}

/** The reports a run works on, and whether it is a batch (several, or asked for with --all/--shard). */
export interface Targets {
  dirs: string[];
  batch: boolean;
  /** All the reports found before --shard took its share (for the empty-share line). */
  found: number;
}

/**
 * What `report build|check [dirs...] [--all [root]] [--shard i/n]` works on. One directory
 * (or none: the report around the current directory) without --all or --shard is the
 * single-report run it always was. Otherwise a batch: the directories and globs named,
 * every report under --all's root (default the current directory), sorted by path; with
 * --shard only the i-th share of them, the same on every machine.
 */
export async function resolveTargets(dirArgs: readonly string[], flags: TargetFlags): Promise<Targets> {
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (flags.shard !== undefined && !shard) throw new UsageError(text('ui.batch.bad-shard', { value: flags.shard }));
  const all = flags.all === undefined || flags.all === false ? undefined : flags.all === true ? '.' : flags.all;
  if (all === undefined && !shard && dirArgs.length <= 1 && !dirArgs.some((arg) => isDynamicPattern(arg))) {
    return { dirs: [await reportDir(dirArgs[0])], batch: false, found: 1 };
  }
  await refuseSplitPath(dirArgs);
  const dirs = await findReports(dirArgs.length === 0 && all === undefined ? ['.'] : dirArgs, all);
  if (dirs.length === 0) {
    const where = all ?? dirArgs.join(' ');
    throw new UsageError(text('ui.batch.none', { where: relative(process.cwd(), resolve(where)) || '.' }));
  }
  if (!shard) return { dirs, batch: true, found: dirs.length };
  const sized = await Promise.all(dirs.map(async (path) => ({ path, size: await reportSize(path) })));
  return { dirs: shareOf(sized, shard).map((item) => item.path), batch: true, found: dirs.length };
}

/**
 * `report check 2020年 报告`: a path with a space, unquoted, reaches us as two reports that
 * do not exist. When the parts do not exist and their join does, say so (exit 2) rather
 * than report two missing report.yaml files.
 */
async function refuseSplitPath(dirArgs: readonly string[]): Promise<void> {
  if (dirArgs.length < 2 || dirArgs.some((arg) => isDynamicPattern(arg))) return;
  const missing = await Promise.all(dirArgs.map(async (arg) => !(await exists(arg))));
  if (!missing.some(Boolean)) return;
  const joined = dirArgs.join(' ');
  if (await exists(joined)) throw new UsageError(text('ui.batch.spaced-path', { parts: dirArgs.filter((_, i) => missing[i]), joined }));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}


/** commander's variadic `[dirs...]` (an array), or one directory from a caller. */
export function argList(dirArgs: string[] | string | undefined): string[] {
  return dirArgs === undefined ? [] : Array.isArray(dirArgs) ? dirArgs : [dirArgs];
}
