import { accessSync, constants, statSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { FoundBrowser } from './find-browser.js';

/**
 * Flags for a quiet, offline Chromium: without the background-networking ones it keeps
 * trying to reach Google's services, which on a closed network means refused connections
 * and slow starts. Running as root (containers, CI) needs --no-sandbox.
 */
function launchArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--no-first-run',
    '--font-render-hinting=none',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

export interface LaunchOptions {
  /** Milliseconds to wait for the browser to answer (default 30 s). */
  timeout?: number;
  /** Aborting kills the browser's whole process group, at once. */
  signal?: AbortSignal;
  /** A profile directory the caller removes (default: puppeteer's own temporary one). */
  userDataDir?: string;
}

/** Throws unless `path` is a file this process may run (ENOENT, EACCES, EISDIR). */
function runnable(path: string): void {
  accessSync(path, constants.X_OK);
  if (!statSync(path).isFile()) throw Object.assign(new Error(`EISDIR: "${path}" is a directory`), { code: 'EISDIR' });
}

/**
 * Starts the browser (the one seam to it, with pdf/pdf.ts), talking to it over pipes.
 * Puppeteer's own signal
 * handlers stay off: the CLI's (cli/interrupt.ts) kill the browser and clean up the
 * outputs in one place, and say so in the user's language.
 */
export async function launchBrowser(found: FoundBrowser, options: LaunchOptions = {}): Promise<Browser> {
  try {
    // Over pipes, a file that cannot be run fails as an error event on the pipes, not as
    // a rejection of launch: find that out first.
    runnable(found.path);
    return await puppeteer.launch({
      executablePath: found.path,
      headless: found.shell ? 'shell' : true,
      args: launchArgs(),
      timeout: options.timeout ?? 30_000,
      signal: options.signal,
      userDataDir: options.userDataDir,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // DevTools over the process's own pipes, not a TCP port: no port on the machine for
      // another user to connect to, and it works where there is no network at all (a
      // sandbox without even loopback)
      pipe: true,
    });
  } catch (error) {
    throw new Error(`failed to start browser "${found.path}" (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
}
