import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/browser/find-browser.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'report-browser-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fake browser: an empty file, executable unless told otherwise. */
async function fake(relative: string, executable = true): Promise<string> {
  const path = join(root, relative);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '#!/bin/sh\n');
  await chmod(path, executable ? 0o755 : 0o644);
  return path;
}

describe('findBrowser', () => {
  it('prefers the --browser flag over everything', async () => {
    const flag = await fake('flag/chromium');
    const env = await fake('env/chromium');
    const bin = await fake('bin/chromium');
    expect(findBrowser({ explicit: flag, env: { REPORT_BROWSER: env, PATH: join(root, 'bin') }, puppeteerPath: () => bin })).toEqual({ path: flag, shell: false, origin: 'flag' });
  });

  it('takes the flag as given, even if it does not exist (launch reports it)', () => {
    expect(findBrowser({ explicit: '/nowhere/chrome-headless-shell', env: {} })).toEqual({ path: '/nowhere/chrome-headless-shell', shell: true, origin: 'flag' });
  });

  it('uses REPORT_BROWSER, then PUPPETEER_EXECUTABLE_PATH, before puppeteer and PATH', async () => {
    const report = await fake('env/report-chrome');
    const puppeteerEnv = await fake('env/puppeteer-chrome');
    const downloaded = await fake('puppeteer/chrome');
    const bin = join(root, 'bin');
    await fake('bin/chromium');
    const puppeteerPath = () => downloaded;
    expect(findBrowser({ env: { REPORT_BROWSER: report, PUPPETEER_EXECUTABLE_PATH: puppeteerEnv, PATH: bin }, puppeteerPath })).toEqual({ path: report, shell: false, origin: 'env' });
    expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: puppeteerEnv, PATH: bin }, puppeteerPath })).toEqual({ path: puppeteerEnv, shell: false, origin: 'env' });
    // an empty variable counts as unset
    expect(findBrowser({ env: { REPORT_BROWSER: '', PATH: bin }, puppeteerPath })?.origin).toBe('puppeteer');
  });

  it('uses puppeteer\'s browser only when it is executable', async () => {
    const bin = join(root, 'bin');
    const system = await fake('bin/chromium');
    const downloaded = await fake('puppeteer/chrome');
    expect(findBrowser({ env: { PATH: bin }, puppeteerPath: () => downloaded })).toEqual({ path: downloaded, shell: false, origin: 'puppeteer' });

    const notExecutable = await fake('puppeteer2/chrome', false);
    expect(findBrowser({ env: { PATH: bin }, puppeteerPath: () => notExecutable })).toEqual({ path: system, shell: false, origin: 'system' });
    expect(findBrowser({ env: { PATH: bin }, puppeteerPath: () => join(root, 'puppeteer3/missing') })?.origin).toBe('system');
    expect(
      findBrowser({
        env: { PATH: bin },
        puppeteerPath: () => {
          throw new Error('Could not find Chrome');
        },
      })?.origin,
    ).toBe('system');
  });

  it('searches PATH in name order, first directory first', async () => {
    const first = join(root, 'first');
    const second = join(root, 'second');
    await fake('first/google-chrome');
    const shell = await fake('second/chromium-headless-shell');
    const PATH = [first, second].join(delimiter);
    // chromium-headless-shell is preferred over google-chrome wherever it is on PATH
    expect(findBrowser({ env: { PATH } })).toEqual({ path: shell, shell: true, origin: 'system' });

    await rm(shell);
    const chromiumSecond = await fake('second/chromium');
    const chromiumFirst = await fake('first/chromium');
    expect(findBrowser({ env: { PATH } })?.path).toBe(chromiumFirst);
    await rm(chromiumFirst);
    expect(findBrowser({ env: { PATH } })?.path).toBe(chromiumSecond);
  });

  it('skips files on PATH that are not executable', async () => {
    await fake('bin/chromium', false);
    const chrome = await fake('bin/google-chrome');
    expect(findBrowser({ env: { PATH: join(root, 'bin') } })?.path).toBe(chrome);
  });

  it('detects headless-shell builds by name', async () => {
    const shell = await fake('puppeteer/chrome-headless-shell/linux-131/chrome-headless-shell-linux64/chrome-headless-shell');
    expect(findBrowser({ env: { PATH: '' }, puppeteerPath: () => shell })).toEqual({ path: shell, shell: true, origin: 'puppeteer' });
    expect(findBrowser({ env: { REPORT_BROWSER: '/opt/headless_shell' } })?.shell).toBe(true);
    expect(findBrowser({ env: { REPORT_BROWSER: '/usr/bin/chromium' } })?.shell).toBe(false);
  });

  it('returns undefined when nothing is found', async () => {
    await mkdir(join(root, 'empty'));
    expect(findBrowser({ env: { PATH: join(root, 'empty') } })).toBeUndefined();
    expect(findBrowser({ env: {} })).toBeUndefined();
    expect(findBrowser({ env: { PATH: join(root, 'empty') }, puppeteerPath: () => '' })).toBeUndefined();
  });
});
