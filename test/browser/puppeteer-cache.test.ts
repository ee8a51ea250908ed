import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Browser, computeExecutablePath, detectBrowserPlatform } from '@puppeteer/browsers';
import { describe, expect, it } from 'vitest';
import { cachedBrowsers } from '../../src/browser/puppeteer-cache.js';

/** Puts a fake browser where @puppeteer/browsers would have installed it. */
async function install(cacheDir: string, browser: Browser, buildId: string): Promise<string> {
  const path = computeExecutablePath({ cacheDir, browser, buildId });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, '#!/bin/sh\n');
  await chmod(path, 0o755);
  return path;
}

describe('cachedBrowsers', () => {
  it('lists the cache\'s browsers, headless shell first, newest build first', async () => {
    expect(detectBrowserPlatform()).toBeDefined();
    const cache = await mkdtemp(join(tmpdir(), 'report-cache-'));
    const chrome = await install(cache, Browser.CHROME, '131.0.6778.85');
    const oldShell = await install(cache, Browser.CHROMEHEADLESSSHELL, '131.0.6778.85');
    const newShell = await install(cache, Browser.CHROMEHEADLESSSHELL, '131.0.6778.204');
    expect(cachedBrowsers(cache)).toEqual([newShell, oldShell, chrome]);
  });

  it('is empty for a cache that does not exist', () => {
    expect(cachedBrowsers(join(tmpdir(), 'report-no-cache-here'))).toEqual([]);
  });
});
