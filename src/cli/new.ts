import { basename, relative, resolve } from 'node:path';
import { say, text } from '../i18n/message.js';
import { isReportKind, REPORT_KINDS } from '../scaffold/kinds.js';
import { skeleton } from '../scaffold/skeleton.js';
import { writeNewTree } from '../write/new-tree.js';
import { holdInterrupts, onInterrupt } from './interrupt.js';
import { EXIT, UsageError, type Io } from './io.js';
import { writeFailure } from './write-failure.js';

export interface NewFlags {
  kind: string;
}

/** `report new <dir> [--kind …]`: a report from nothing, written all at once or not at all. */
export async function runNew(dirArg: string, flags: NewFlags, io: Io): Promise<number> {
  const lang = io.lang ?? 'en';
  if (!isReportKind(flags.kind)) throw new UsageError(text('ui.new.unknown-kind', { kind: flags.kind, kinds: REPORT_KINDS.join(', ') }));
  const dir = resolve(dirArg);
  const files = skeleton({ kind: flags.kind, today: localDate(clock(io.env)), name: basename(dir) });
  try {
    await writeNewTree(dir, files, { onInterrupt, hold: holdInterrupts });
  } catch (error) {
    throw writeFailure('create', dir, error);
  }
  const shown = relative(process.cwd(), dir) || '.';
  io.stderr(`${say(lang, 'ui.new.created', { dir: shown, kind: flags.kind, files: files.length })}\n`);
  return EXIT.ok;
}

/** Now, or SOURCE_DATE_EPOCH when set (as for builds), so a skeleton can be made reproducibly. */
function clock(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** `YYYY-MM-DD` in the machine's time zone: the date on the clerk's calendar. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
