import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import type { FoundBrowser } from './find-browser.js';
import { launchBrowser } from './launch.js';

/** How the session ended badly, if it did. */
export type BrowserFault = 'timeout' | 'crashed';

/**
 * One build's browser: started at once, bounded in time, and killable at any moment
 * without waiting (a signal handler cannot await). The profile directory is ours, so a
 * kill removes it too. Past the deadline (start to finished PDF) the browser is killed
 * and `ended` rejects; `fault` then says why.
 */
export class BrowserSession {
  /** The browser, while it starts; rejects when it does not. */
  readonly browser: Promise<Browser>;
  /**
   * Rejects when the browser fails the build (timeout, crash). Race the PDF step with it:
   * puppeteer leaves some waits pending when the browser dies (a new page's target, up to
   * 30 s), so its own errors may come late or never.
   */
  readonly ended: Promise<never>;
  #end: (error: Error) => void = () => undefined;
  #fault: BrowserFault | undefined;
  #closing = false;
  #pid: number | undefined;
  readonly #abort = new AbortController();
  readonly #profile: string;
  #deadline: NodeJS.Timeout;
  readonly #timeoutMs: number;

  /** `launchFailed` turns the error of a browser that does not start into the caller's. */
  constructor(found: FoundBrowser, timeoutMs: number, launchFailed: (error: Error) => never = (error) => { throw error; }) {
    this.ended = new Promise<never>((_, reject) => (this.#end = reject));
    this.ended.catch(() => undefined);
    this.#profile = mkdtempSync(join(tmpdir(), 'report-chromium-'));
    const launched = launchBrowser(found, { timeout: timeoutMs, signal: this.#abort.signal, userDataDir: this.#profile });
    this.browser = launched.then((browser) => {
      this.#pid = browser.process()?.pid;
      browser.on('disconnected', () => {
        if (this.#closing) return;
        this.#fault ??= 'crashed';
        this.#end(new Error('the browser quit'));
      });
      return browser;
    }, launchFailed);
    this.browser.catch(() => undefined);
    this.#timeoutMs = timeoutMs;
    this.#deadline = this.#arm();
  }

  #arm(): NodeJS.Timeout {
    return setTimeout(() => {
      this.#fault ??= 'timeout';
      this.kill();
      this.#end(new Error(`the browser did not finish within ${this.#timeoutMs} ms`));
    }, this.#timeoutMs);
  }

  /**
   * Work goes on (a batch's report started or finished printing): the deadline counts from
   * now again, so a batch of many reports is bounded per report, not in all.
   */
  progress(): void {
    if (this.#closing || this.#fault) return;
    clearTimeout(this.#deadline);
    this.#deadline = this.#arm();
  }

  /** Why the browser failed the build, if it did: it stopped answering in time, or it quit. */
  get fault(): BrowserFault | undefined {
    return this.#fault;
  }

  /** The PDF is done: the clock stops. */
  finish(): void {
    clearTimeout(this.#deadline);
  }

  /**
   * Kills the browser and every process it started, now, and removes its profile.
   * Synchronous, for signal handlers. The whole process group goes, since when the
   * browser's first process is killed (or crashes) its helpers may outlive it.
   */
  kill(): void {
    this.#closing = true;
    clearTimeout(this.#deadline);
    this.#abort.abort();
    if (this.#pid !== undefined) {
      try {
        process.kill(-this.#pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    }
    rmSync(this.#profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  }

  /** Closes the browser politely (for at most 5 s: it may hang), then kills what is left. */
  async close(): Promise<void> {
    this.#closing = true;
    clearTimeout(this.#deadline);
    try {
      const browser = await this.browser;
      if (browser.connected) await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    } catch {
      // it did not start, or died: nothing to close
    }
    this.kill();
  }
}
