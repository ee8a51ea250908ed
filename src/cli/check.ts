import { analyze } from '../analyze.js';
import { Sink } from '../diagnostics/diagnostic.js';
import { readProject } from '../load/read-project.js';
import { EXIT, type Io } from './io.js';
import { printDiagnostics, type PrintOptions } from './print-diagnostics.js';
import { reportDir } from './report-dir.js';

export type CheckFlags = PrintOptions;

/** `report check [dir]`: validate only, no browser; exit 1 when the input has errors. Without [dir], the report around the current directory. */
export async function runCheck(dirArg: string | undefined, flags: CheckFlags, io: Io): Promise<number> {
  const dir = await reportDir(dirArg);
  const sink = new Sink();
  const project = await readProject(dir, sink);
  await analyze(project, sink, { drawCharts: false });
  printDiagnostics(sink, dir, flags, io);
  return sink.failed(flags.strict) ? EXIT.input : EXIT.ok;
}
