import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { text } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';

/** A Chromium on this machine and how puppeteer should drive it. */
export interface FoundBrowser {
  path: string;
  /** chrome-headless-shell needs puppeteer's `headless: 'shell'` mode. */
  shell: boolean;
  /** Where it came from, for `report doctor` and error messages. */
  origin: 'flag' | 'env' | 'puppeteer' | 'system';
}

const SYSTEM_NAMES = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export interface FindOptions {
  /** `--browser <path>` */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  /** puppeteer's own downloaded browser, if it has one (may throw when none). */
  puppeteerPath?: () => string;
}

/**
 * Finds a browser in order: the `--browser` flag, `REPORT_BROWSER` or
 * `PUPPETEER_EXECUTABLE_PATH`, puppeteer's own download if present, then the system's
 * chromium-headless-shell (fastest to start), chromium, google-chrome on PATH.
 */
export function findBrowser(options: FindOptions = {}): FoundBrowser | undefined {
  const env = options.env ?? process.env;
  if (options.explicit) return { path: options.explicit, shell: isShell(options.explicit), origin: 'flag' };
  const fromEnv = env.REPORT_BROWSER || env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return { path: fromEnv, shell: isShell(fromEnv), origin: 'env' };
  if (options.puppeteerPath) {
    try {
      const path = options.puppeteerPath();
      if (path && executable(path)) return { path, shell: isShell(path), origin: 'puppeteer' };
    } catch {
      // puppeteer has no browser of its own: fine, look on the system
    }
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (executable(path)) return { path, shell: isShell(path), origin: 'system' };
    }
  }
  return undefined;
}

function isShell(path: string): boolean {
  return /headless[-_]shell/.test(path);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What to tell a user who has no browser: how to install one (apt-get, puppeteer) or name one. */
export const NO_BROWSER_HELP: Text = text('ui.cli.no-browser');
