import { relative, resolve, sep } from 'node:path';
import { Sink } from '../diagnostics/diagnostic.js';
import { nextYear } from '../init/next-year.js';
import { readProject } from '../load/read-project.js';
import { writeNewTree } from '../write/new-tree.js';
import { holdInterrupts, onInterrupt } from './interrupt.js';
import { say, text } from '../i18n/message.js';
import { EXIT, langOf, UsageError, type Io } from './io.js';
import { chooseReporter, printDiagnostics, type Reporter } from './print-diagnostics.js';
import { writeFailure } from './write-failure.js';

export interface InitFlags {
  from?: string;
  reporter?: Reporter;
}

/** `report init --from <last-year> <new>`: next year's report, every figure left to fill in. */
export async function runInit(dirArg: string, flags: InitFlags, io: Io): Promise<number> {
  if (!flags.from) throw new UsageError(text('ui.cli.init-needs-from'));
  const from = resolve(flags.from);
  const dir = resolve(dirArg);
  const sink = new Sink();
  const project = await readProject(from, sink, { previous: false });
  const next = nextYear(project, { previousPath: relative(dir, from).split(sep).join('/') }, sink);
  const reporter = chooseReporter(flags.reporter, io.env);
  // the machine formats always print (an empty list is an answer); text only when there is something to say
  if (sink.diagnostics.length > 0 || reporter === 'json' || reporter === 'sarif') printDiagnostics(sink, from, { reporter }, io);
  if (sink.failed()) return EXIT.input;
  try {
    await writeNewTree(dir, next.files, { onInterrupt, hold: holdInterrupts });
  } catch (error) {
    throw writeFailure('create', dir, error);
  }
  const shown = relative(process.cwd(), dir) || '.';
  const created = { dir: shown, from: relative(process.cwd(), from) || '.', files: next.files.length, emptied: next.emptied };
  io.stderr(`${say(langOf(io), 'ui.cli.init.created', created)}\n`);
  return EXIT.ok;
}
