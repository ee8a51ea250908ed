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
    expect(findBrowser({ explicit: flag, env: { REPORT_BROWSER: env, PATH: join(root, 'bin') }, cached: () => [bin] })).toEqual({ path: flag, shell: false, origin: 'flag' });
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
    const cached = () => [downloaded];
    expect(findBrowser({ env: { REPORT_BROWSER: report, PUPPETEER_EXECUTABLE_PATH: puppeteerEnv, PATH: bin }, cached })).toEqual({ path: report, shell: false, origin: 'env' });
    expect(findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: puppeteerEnv, PATH: bin }, cached })).toEqual({ path: puppeteerEnv, shell: false, origin: 'env' });
    // an empty variable counts as unset
    expect(findBrowser({ env: { REPORT_BROWSER: '', PATH: bin }, cached })?.origin).toBe('puppeteer');
  });

  it('uses a browser in puppeteer\'s cache only when it is executable', async () => {
    const bin = join(root, 'bin');
    const system = await fake('bin/chromium');
    const downloaded = await fake('puppeteer/chrome');
    expect(findBrowser({ env: { PATH: bin }, cached: () => [downloaded] })).toEqual({ path: downloaded, shell: false, origin: 'puppeteer' });

    const notExecutable = await fake('puppeteer2/chrome', false);
    expect(findBrowser({ env: { PATH: bin }, cached: () => [notExecutable] })).toEqual({ path: system, shell: false, origin: 'system' });
    expect(findBrowser({ env: { PATH: bin }, cached: () => [join(root, 'puppeteer3/missing')] })?.origin).toBe('system');
    expect(
      findBrowser({
        env: { PATH: bin },
        cached: () => {
          throw new Error('EACCES: permission denied, scandir');
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
    expect(findBrowser({ env: { PATH: '' }, cached: () => [shell] })).toEqual({ path: shell, shell: true, origin: 'puppeteer' });
    expect(findBrowser({ env: { REPORT_BROWSER: '/opt/headless_shell' } })?.shell).toBe(true);
    expect(findBrowser({ env: { REPORT_BROWSER: '/usr/bin/chromium' } })?.shell).toBe(false);
  });

  it('returns undefined when nothing is found', async () => {
    await mkdir(join(root, 'empty'));
    expect(findBrowser({ env: { PATH: join(root, 'empty') } })).toBeUndefined();
    expect(findBrowser({ env: {} })).toBeUndefined();
    expect(findBrowser({ env: { PATH: join(root, 'empty') }, cached: () => [''] })).toBeUndefined();
  });

  it('finds Chrome and Edge where they install themselves on Windows, macOS and Linux', () => {
    const has = (...paths: string[]) => (path: string) => paths.includes(path);
    const windows = { PATH: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\科员\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Users\\科员\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ platform: 'win32', env: windows, executable: has(edge) })).toEqual({ path: edge, shell: false, origin: 'system' });
    // Chrome before Edge; the user's own install before the machine's
    expect(findBrowser({ platform: 'win32', env: windows, executable: has(edge, chrome) })?.path).toBe(chrome);
    // on PATH with its .exe
    expect(findBrowser({ platform: 'win32', env: { ...windows, PATH: 'C:\\tools;C:\\Windows' }, executable: has(edge, 'C:\\tools\\chromium.exe') })?.path).toBe('C:\\tools\\chromium.exe');

    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: { PATH: '/usr/bin', HOME: '/Users/x' }, executable: has(mac) })?.path).toBe(mac);
    const macEdge = '/Users/x/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ platform: 'darwin', env: { PATH: '/usr/bin', HOME: '/Users/x' }, executable: has(macEdge) })?.path).toBe(macEdge);

    expect(findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' }, executable: has('/opt/google/chrome/chrome') })?.path).toBe('/opt/google/chrome/chrome');
    expect(findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' }, executable: has() })).toBeUndefined();
  });
});
