import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  browserMain,
  expectNoBrowserLeft,
  expectOneLineFailure,
  expectSnapshot,
  faultScene,
  ownBrowser,
  renderers,
  scratch,
  seed,
  startCli,
  variant,
  waitUntil,
} from '../helpers/faults.js';
import { runCli } from '../helpers/run-cli.js';

// Issue 9, faults mid-build: the browser dies or hangs while it prints the PDF.
let previous: string;
let report: string;

beforeAll(async () => {
  ({ previous, report } = await faultScene());
}, 60_000);

describe('the browser killed mid-print', () => {
  it.each(['en', 'zh'] as const)('exits 2 saying it quit (%s), keeps the previous outputs, leaves nothing behind', async (lang) => {
    const dir = scratch('crash');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    const browser = ownBrowser(dir);
    const run = startCli(['build', report, '--out', out, '--browser', browser.path], { env: { REPORT_LANG: lang } });

    // the report's own page is the second renderer: printing has begun
    expect(await waitUntil(() => renderers(browser.group()) >= 2, run.done)).toBe(true);
    process.kill(browserMain(browser.group())!, 'SIGKILL');
    const result = await run.done;

    expectOneLineFailure(result, 2, lang === 'en' ? /^report: failed to print the PDF \(the browser quit mid-print; nothing was written; run again\)$/ : /^report: PDF 生成失败（浏览器意外退出），未写入任何文件，原有输出文件保持不变；请重新运行$/);
    expectSnapshot(out, before);
    await expectNoBrowserLeft(browser.group());
  });
});

describe('a build that ends early', () => {
  it('closes the browser on an input error too (exit 1)', async () => {
    const dir = scratch('input-error');
    const broken = variant('');
    const manifest = join(broken, 'report.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('date: 2021-01-25', 'date: 2021-13-45'));
    const browser = ownBrowser(dir);
    const run = startCli(['build', broken, '--out', join(dir, 'out'), '--browser', browser.path]);
    // the browser boots while the report is read: wait until it exists, so there is one to close
    await waitUntil(() => browser.group() !== undefined, run.done);
    const result = await run.done;
    expect(result.code, result.stderr).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    await expectNoBrowserLeft(browser.group());
  });
});

describe('a browser that stops answering', () => {
  it.each(['en', 'zh'] as const)('is given up after --timeout with a clear line (%s)', async (lang) => {
    const dir = scratch('hang');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    const browser = ownBrowser(dir);
    const run = startCli(['build', report, '--out', out, '--browser', browser.path, '--timeout', '8'], { env: { REPORT_LANG: lang } });

    // freeze every process of it mid-print (SIGSTOP): it neither answers nor dies
    // (on a slow machine the 8 s may run out before: the same line, the same guarantees)
    if (await waitUntil(() => renderers(browser.group()) >= 2, run.done)) process.kill(-browser.group()!, 'SIGSTOP');
    const stopped = Date.now();
    const result = await run.done;

    expectOneLineFailure(result, 2, lang === 'en' ? /^report: failed to print the PDF within 8 s \(the browser stopped answering; .*--timeout\)$/ : /^report: 浏览器在 8 秒内未完成 PDF 生成（浏览器无响应）.*--timeout 延长等待时间$/);
    // the clock started with the browser, before the freeze; closing a frozen browser does not wait
    expect(Date.now() - stopped).toBeLessThan(8000 + 10_000);
    expectSnapshot(out, before);
    await expectNoBrowserLeft(browser.group());
  });

  it('takes the time from REPORT_TIMEOUT, and refuses a timeout that is not positive seconds', async () => {
    const dir = scratch('timeout-env');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    const browser = ownBrowser(dir);
    // a browser that never starts answering: the launch itself times out
    const run = await runCli(['build', report, '--out', out, '--browser', browser.path], { env: { REPORT_TIMEOUT: '0.05' } });
    expectOneLineFailure({ ...run, signal: null }, 2, /^report: failed to print the PDF within 0\.05 s /);
    expectSnapshot(out, before);
    await expectNoBrowserLeft(browser.group());

    for (const [args, env, line] of [
      [['--timeout', 'soon'], {}, 'report: invalid timeout "soon" in --timeout (give seconds, a positive number such as 120)'],
      [[], { REPORT_TIMEOUT: '0' }, 'report: invalid timeout "0" in REPORT_TIMEOUT (give seconds, a positive number such as 120)'],
    ] as const) {
      const refused = await runCli(['build', report, '--out', out, ...args], { env });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`${line}\n`);
    }
    const zh = await runCli(['build', report, '--out', out, '--timeout', '-1'], { env: { REPORT_LANG: 'zh' } });
    expect(zh.stderr).toBe('report: --timeout 指定的等待时间“-1”无效（请填写正数秒数，如 120）\n');
  });
});
