import type { Lang } from '../i18n/lang.js';

/** What a command may touch of the process: injected so tests can run the CLI in memory. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** The interface language, resolved by main from --lang, REPORT_LANG and the locale. */
  lang?: Lang;
}

export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** Exit codes: the contract with CI pipelines (README §Exit codes). */
export const EXIT = { ok: 0, input: 1, environment: 2 } as const;

/** A problem with how the tool was called or the machine it runs on (exit 2). */
export class UsageError extends Error {}
