import { constants } from 'node:os';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';

/** The signals that end a run: Ctrl+C, `kill`, a closed terminal. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type Signal = (typeof SIGNALS)[number];

const cleanups = new Set<() => void>();
let holds = 0;
let pending: Signal | undefined;
let written = false;
let lang: Lang | undefined;

/**
 * The program's one answer to a signal (installed by bin/report.js): run the cleanups the
 * command registered (kill the browser, remove staged temp files), say `interrupted` in
 * one line in the user's language, and exit 128 + the signal's number (130 for SIGINT,
 * 143 for SIGTERM). Puppeteer's own handlers are off (browser/launch.ts).
 */
export function handleInterrupts(): void {
  for (const signal of SIGNALS) process.on(signal, () => interrupted(signal));
}

/** The language the interrupted line is said in (main knows it once argv is read). */
export function speakInterrupts(language: Lang): void {
  lang = language;
}

/** Registers a synchronous cleanup to run on a signal; returns its removal. */
export function onInterrupt(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Runs a critical step (the renames of the outputs) with signals deferred: one that
 * arrives meanwhile is answered when the step ends, so the outputs are either all the
 * previous ones or all the new ones. The step resolves true when it wrote the outputs.
 */
export async function holdInterrupts(critical: () => Promise<boolean>): Promise<boolean> {
  holds++;
  try {
    const done = await critical();
    written ||= done;
    return done;
  } finally {
    holds--;
    if (holds === 0 && pending) stop(pending);
  }
}

function interrupted(signal: Signal): void {
  if (holds > 0) pending ??= signal;
  else stop(signal);
}

function stop(signal: Signal): never {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // the others still run
    }
  }
  const language = lang ?? resolveLang(undefined, process.env) ?? 'en';
  try {
    process.stderr.write(`report: ${say(language, 'ui.faults.interrupted', { signal, written })}\n`);
  } catch {
    // nobody is reading: exit all the same
  }
  process.exit(128 + constants.signals[signal]);
}
