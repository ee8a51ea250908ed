import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join, posix, win32 } from 'node:path';
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

/** Names looked for on PATH, fastest to start first. */
const PATH_NAMES = ['chromium-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

export interface FindOptions {
  /** `--browser <path>` */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
  /** The operating system whose install places are searched (tests pass another). */
  platform?: NodeJS.Platform;
  /** Browsers in puppeteer's cache, best first (puppeteer-cache.ts; may be empty). */
  cached?: () => string[];
  /** Whether a path is a file this process may run (tests fake it for other systems' paths). */
  executable?: (path: string) => boolean;
}

/**
 * Finds a browser in order: the `--browser` flag, `REPORT_BROWSER` or
 * `PUPPETEER_EXECUTABLE_PATH`, one in puppeteer's cache (`npx @puppeteer/browsers install
 * chrome-headless-shell`), the names above on PATH, then the places Chrome, Chromium and
 * Edge install themselves on Windows, macOS and Linux (where they are not on PATH).
 */
export function findBrowser(options: FindOptions = {}): FoundBrowser | undefined {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const canRun = options.executable ?? executable;
  if (options.explicit) return { path: options.explicit, shell: isShell(options.explicit), origin: 'flag' };
  const fromEnv = env.REPORT_BROWSER || env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return { path: fromEnv, shell: isShell(fromEnv), origin: 'env' };
  for (const path of safely(options.cached)) {
    if (path && canRun(path)) return { path, shell: isShell(path), origin: 'puppeteer' };
  }
  const path = platform === 'win32' ? win32 : posix;
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  const names = platform === 'win32' ? PATH_NAMES.map((name) => `${name}.exe`) : PATH_NAMES;
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (canRun(candidate)) return { path: candidate, shell: isShell(candidate), origin: 'system' };
    }
  }
  for (const candidate of installPlaces(platform, env)) {
    if (canRun(candidate)) return { path: candidate, shell: isShell(candidate), origin: 'system' };
  }
  return undefined;
}

/** Where Chrome, Chromium and Edge install themselves when that is not on PATH. */
export function installPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter((root): root is string => Boolean(root));
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return apps.flatMap((app) => roots.map((root) => win32.join(root, app)));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    const home = env.HOME ?? homedir();
    return apps.flatMap((app) => [posix.join('/Applications', app), posix.join(home, 'Applications', app)]);
  }
  // Linux packages put their browser on PATH (/usr/bin, /snap/bin); Google's and
  // Microsoft's .deb/.rpm install under /opt and link only a wrapper onto PATH
  return ['/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
}

function safely(list: (() => string[]) | undefined): string[] {
  try {
    return list?.() ?? [];
  } catch {
    // an unreadable cache is no cache: look on the system
    return [];
  }
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

/** puppeteer's cache directory: PUPPETEER_CACHE_DIR, else ~/.cache/puppeteer. */
export function puppeteerCacheDir(env: NodeJS.ProcessEnv): string {
  return env.PUPPETEER_CACHE_DIR || join(env.HOME || homedir(), '.cache', 'puppeteer');
}

/** What to tell a user who has no browser: how to install one (apt-get, puppeteer) or name one. */
export const NO_BROWSER_HELP: Text = text('ui.cli.no-browser');
