import type { Lang } from '../i18n/lang.js';
import type { Text } from '../i18n/text.js';

/** What a command may touch of the process: injected so tests can run the CLI in memory. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The interface language, resolved by main from --lang, REPORT_LANG and the locale. */
  lang?: Lang;
  /** Set when stderr is a terminal: a batch draws its progress line there. */
  terminal?: { columns?: number };
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  terminal: process.stderr.isTTY ? { columns: process.stderr.columns } : undefined,
};

/** The language a command speaks: main always sets it; English when a caller did not. */
export function langOf(io: Io): Lang {
  return io.lang ?? 'en';
}

/** Exit codes: the contract with CI pipelines (README §Exit codes). */
export const EXIT = { ok: 0, input: 1, environment: 2 } as const;

/**
 * A problem with how the tool was called or the machine it runs on (exit 2). It carries
 * its words in every language (from the catalogue), so whoever throws it need not know
 * the interface language; main prints the one the user reads.
 */
export class UsageError extends Error {
  readonly text: Text;

  constructor(text: Text, options?: ErrorOptions) {
    super(text.en, options);
    this.text = text;
  }
}

/**
 * `report help build | head -1`: the reader may close the pipe before everything is
 * written. That is not a failure of the command: stop writing and end quietly with the
 * command's own exit code, instead of Node's unhandled EPIPE stack trace.
 */
export function endQuietlyOnClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
  }
}

/**
 * Ends the process with `code` once what was written to stdout and stderr is flushed. A
 * browser that died mid-print can leave puppeteer waiting on timers of its own (up to
 * 30 s) that would hold the process open after the command is done.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
