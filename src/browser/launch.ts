import puppeteer, { type Browser } from 'puppeteer';
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

/** Starts the browser (the one seam to it, with render/pdf.ts). */
export async function launchBrowser(found: FoundBrowser): Promise<Browser> {
  try {
    return await puppeteer.launch({
      executablePath: found.path,
      headless: found.shell ? 'shell' : true,
      args: launchArgs(),
      timeout: 30_000,
    });
  } catch (error) {
    throw new Error(`failed to start browser "${found.path}" (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
}
