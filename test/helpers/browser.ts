import type { Browser } from 'puppeteer-core';
import { findBrowser, NO_BROWSER_HELP } from '../../src/browser/find-browser.js';
import { launchBrowser } from '../../src/browser/launch.js';

/** The browser the tool itself would find, started as the tool starts it; a test without one fails saying how to get one. */
export async function startBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found) throw new Error(NO_BROWSER_HELP.en);
  return launchBrowser(found);
}
