import type { BrowserFault, BrowserSession } from './session.js';

/** The browser a report prints with, what works on it, and whether it had to be started again. */
export interface Taken<Tools> {
  session: BrowserSession;
  /** What the report's build uses on this browser (the PDF printer, the DOCX chart rasterizer). */
  tools: Tools;
  /** Why the browser before this one ended, when this report is the first on a new one. */
  restartedAfter?: BrowserFault;
}

/** Browsers started again for one run at most (by default): a browser that keeps crashing is not fought. */
export const MAX_RESTARTS = 2;

/**
 * The one browser of a run, started again when a crash or a stalled print ends it, so the
 * reports after the failure still get their PDF. The reports in flight on the browser that
 * failed fail with it (their pages are gone); each later report takes the new one.
 */
export class BatchBrowser<Tools> {
  #session: BrowserSession;
  #tools: Tools;
  #restarts = 0;
  readonly #start: () => BrowserSession;
  readonly #toolsOf: (session: BrowserSession) => Tools;
  readonly #maxRestarts: number;

  constructor(start: () => BrowserSession, toolsOf: (session: BrowserSession) => Tools, maxRestarts = MAX_RESTARTS) {
    this.#start = start;
    this.#toolsOf = toolsOf;
    this.#maxRestarts = maxRestarts;
    this.#session = start();
    this.#tools = toolsOf(this.#session);
  }

  /** The browser for the next report: a new one when the last has failed (and restarts remain). */
  take(): Taken<Tools> {
    const fault = this.#session.fault;
    if (fault === undefined || !this.canRestart) return { session: this.#session, tools: this.#tools };
    this.#session.kill();
    this.#restarts++;
    this.#session = this.#start();
    this.#tools = this.#toolsOf(this.#session);
    return { session: this.#session, tools: this.#tools, restartedAfter: fault };
  }

  /** Whether a browser that fails now is started again for the next report. */
  get canRestart(): boolean {
    return this.#restarts < this.#maxRestarts;
  }

  /** The current browser (signal handlers kill it; the ones before it are dead already). */
  get session(): BrowserSession {
    return this.#session;
  }
}
