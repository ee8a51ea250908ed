import type { PdfPrinter } from '../pdf/printer.js';
import type { BrowserFault, BrowserSession } from './session.js';

/** The browser a report prints with, and whether it had to be started again for it. */
export interface Taken {
  session: BrowserSession;
  printer: PdfPrinter;
  /** Why the browser before this one ended, when this report is the first on a new one. */
  restartedAfter?: BrowserFault;
}

/** Browsers started again for one run at most: a browser that keeps crashing is not fought. */
export const MAX_RESTARTS = 2;

/**
 * The one browser of a run, started again when a crash or a stalled print ends it, so the
 * reports after the failure still get their PDF. The reports in flight on the browser that
 * failed fail with it (their pages are gone); each later report takes the new one.
 */
export class BatchBrowser {
  #session: BrowserSession;
  #printer: PdfPrinter;
  #restarts = 0;
  readonly #start: () => BrowserSession;
  readonly #printerOf: (session: BrowserSession) => PdfPrinter;

  constructor(start: () => BrowserSession, printerOf: (session: BrowserSession) => PdfPrinter) {
    this.#start = start;
    this.#printerOf = printerOf;
    this.#session = start();
    this.#printer = printerOf(this.#session);
  }

  /** The browser for the next report: a new one when the last has failed (and restarts remain). */
  take(): Taken {
    const fault = this.#session.fault;
    if (fault === undefined || this.#restarts >= MAX_RESTARTS) return { session: this.#session, printer: this.#printer };
    this.#session.kill();
    this.#restarts++;
    this.#session = this.#start();
    this.#printer = this.#printerOf(this.#session);
    return { session: this.#session, printer: this.#printer, restartedAfter: fault };
  }

  /** The current browser (signal handlers kill it; the ones before it are dead already). */
  get session(): BrowserSession {
    return this.#session;
  }
}
