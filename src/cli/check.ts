import { analyze } from '../analyze.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { readProject } from '../load/read-project.js';
import { emptyShare, runBatch } from './batch.js';
import { EXIT, type Io } from './io.js';
import { printDiagnostics, type PrintOptions } from './print-diagnostics.js';
import { argList, resolveTargets, type TargetFlags } from './targets.js';

export type CheckFlags = PrintOptions & TargetFlags;

/**
 * `report check [dirs...]`: validate only, no browser; exit 1 when the input has errors.
 * Without a directory, the report around the current directory; with several (or globs,
 * --all, --shard), each in turn and a summary table.
 */
export async function runCheck(dirArgs: string[] | string | undefined, flags: CheckFlags, io: Io): Promise<number> {
  const targets = await resolveTargets(argList(dirArgs), flags);
  if (!targets.batch) {
    const sink = await checkOne(targets.dirs[0]!);
    printDiagnostics(sink, targets.dirs[0]!, flags, io);
    return sink.failed(flags.strict) ? EXIT.input : EXIT.ok;
  }
  if (targets.dirs.length === 0) return emptyShare(flags.shard ?? '', targets.found, io);
  // analysis is all on this thread: one report at a time is as fast as any pool
  return runBatch(targets.dirs, { ...flags, jobs: 1 }, io, async (dir) => {
    const sink = await checkOne(dir);
    return { sink, code: sink.failed(flags.strict) ? EXIT.input : EXIT.ok };
  });
}

async function checkOne(dir: string): Promise<Sink> {
  const sink = new Sink();
  const project = await readProject(dir, sink);
  await analyze(project, sink, { drawCharts: false });
  return sink;
}
