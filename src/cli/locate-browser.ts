import type { Browser } from 'puppeteer-core';
import { findBrowser, NO_BROWSER_HELP, puppeteerCacheDir, type FoundBrowser } from '../browser/find-browser.js';
import type { BrowserSession } from '../browser/session.js';
import { text } from '../i18n/message.js';
import { UsageError, type Io } from './io.js';

/** A browser on this machine, and how to start it. */
export interface LocatedBrowser {
  found: FoundBrowser;
  /** Starts it; rejects with a usage error (exit 2) when it does not start. */
  start: () => Promise<Browser>;
  /** Starts it for one build, with a deadline (report build); `browser` rejects as `start` does. */
  session: (timeoutMs: number) => BrowserSession;
}

/**
 * The browser PDF builds and `report doctor` use (`--browser`, the environment, puppeteer's,
 * the system's), or a usage error that says how to get one.
 */
export async function locateBrowser(explicit: string | undefined, io: Io): Promise<LocatedBrowser> {
  // puppeteer takes a quarter of a second to import: only the commands that need it pay.
  const [{ cachedBrowsers }, { launchBrowser }, { BrowserSession }] = await Promise.all([
    import('../browser/puppeteer-cache.js'),
    import('../browser/launch.js'),
    import('../browser/session.js'),
  ]);
  const found = findBrowser({ explicit, env: io.env, cached: () => cachedBrowsers(puppeteerCacheDir(io.env)) });
  if (!found) throw new UsageError(NO_BROWSER_HELP);
  const failed = (error: Error): never => {
    const reason = ((error.cause as Error | undefined) ?? error).message.split('\n')[0]!;
    throw new UsageError(text('ui.cli.browser-failed', { path: found.path, reason }), { cause: error });
  };
  const start = () => launchBrowser(found).catch(failed);
  const session = (timeoutMs: number) => new BrowserSession(found, timeoutMs, failed);
  return { found, start, session };
}
