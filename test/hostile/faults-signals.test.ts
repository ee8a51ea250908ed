import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoBrowserLeft, expectOneLineFailure, expectSnapshot, faultScene, makers, ownBrowser, renderers, scratch, seed, startCli, waitUntil } from '../helpers/faults.js';
import { runCli } from '../helpers/run-cli.js';

// Issue 9, faults mid-build: SIGINT (Ctrl+C) or SIGTERM at any moment. The CLI's own
// handler (cli/interrupt.ts) kills the browser, removes the temp files, says one line and
// exits 130 or 143; during the renames the signal waits until the set is complete.
let previous: string;
let report: string;

beforeAll(async () => {
  ({ previous, report } = await faultScene());
}, 60_000);

const NOTHING_WRITTEN = {
  SIGINT: { en: 'report: interrupted (SIGINT; nothing was written)', zh: 'report: 已中断（收到 SIGINT 信号），未写入任何文件，原有输出文件保持不变' },
  SIGTERM: { en: 'report: interrupted (SIGTERM; nothing was written)', zh: 'report: 已中断（收到 SIGTERM 信号），未写入任何文件，原有输出文件保持不变' },
};
const CODE = { SIGINT: 130, SIGTERM: 143 };

describe('a signal while the report is read and the browser starts', () => {
  it.each([['SIGINT', 'en'], ['SIGTERM', 'zh']] as const)('%s: exit 128+n, one line (%s), previous outputs kept, browser gone', async (signal, lang) => {
    const dir = scratch('signal-start');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    const browser = ownBrowser(dir);
    const run = startCli(['build', report, '--out', out, '--browser', browser.path], { env: { REPORT_LANG: lang } });
    // the browser's first process exists: the build is reading and compiling meanwhile
    expect(await waitUntil(() => browser.group() !== undefined, run.done)).toBe(true);
    run.child.kill(signal);
    const result = await run.done;
    expectOneLineFailure(result, CODE[signal], new RegExp(`^${escape(NOTHING_WRITTEN[signal][lang])}$`));
    expectSnapshot(out, before);
    await expectNoBrowserLeft(browser.group());
  });
});

describe('a signal while the PDF prints', () => {
  it.each([['SIGTERM', 'en'], ['SIGINT', 'zh']] as const)('%s: exit 128+n, one line (%s), previous outputs kept, browser gone', async (signal, lang) => {
    const dir = scratch('signal-print');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    const browser = ownBrowser(dir);
    const run = startCli(['build', report, '--out', out, '--browser', browser.path], { env: { REPORT_LANG: lang } });
    expect(await waitUntil(() => renderers(browser.group()) >= 2, run.done)).toBe(true);
    run.child.kill(signal);
    const result = await run.done;
    expectOneLineFailure(result, CODE[signal], new RegExp(`^${escape(NOTHING_WRITTEN[signal][lang])}$`));
    expectSnapshot(out, before);
    await expectNoBrowserLeft(browser.group());
  });
});

describe('a signal while the outputs are written', () => {
  it('before the renames (temp files on disk, HTML only): they are removed, the previous outputs stay', async () => {
    const dir = scratch('signal-staged');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    // test-only hook: wait after staging, so the moment can be observed
    const run = startCli(['build', report, '--out', out, '--format', 'html'], { env: { REPORT_TEST_PAUSE: 'staged:30000' } });
    expect(await waitUntil(() => readdirSync(out).some((name) => name.includes('.tmp-')), run.done)).toBe(true);
    run.child.kill('SIGINT');
    const result = await run.done;
    expectOneLineFailure(result, 130, /^report: interrupted \(SIGINT; nothing was written\)$/);
    expectSnapshot(out, before);
  });

  it('killed outright (SIGKILL: no handler runs) with temp files on disk: the next build of the same outputs sweeps them', async () => {
    const dir = scratch('signal-kill9');
    const out = join(dir, 'out');
    seed(previous, out);
    const run = startCli(['build', report, '--out', out, '--format', 'html'], { env: { REPORT_TEST_PAUSE: 'staged:30000' } });
    expect(await waitUntil(() => readdirSync(out).some((name) => name.includes('.tmp-')), run.done)).toBe(true);
    run.child.kill('SIGKILL');
    await run.done;
    expect(readdirSync(out).filter((name) => name.includes('.tmp-'))).toHaveLength(1);
    const again = await runCli(['build', report, '--out', out, '--format', 'html']);
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(out).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it.each(['en', 'zh'] as const)('during the renames: the signal waits, the new set is complete, then exit 143 (%s)', async (lang) => {
    const dir = scratch('signal-commit');
    const out = join(dir, 'out');
    seed(previous, out);
    const browser = ownBrowser(dir);
    // test-only hook: wait between the first rename and the others, holding the lock
    const run = startCli(['build', report, '--out', out, '--browser', browser.path], { env: { REPORT_TEST_PAUSE: 'commit:1500', REPORT_LANG: lang } });
    expect(await waitUntil(() => existsSync(join(out, '.report.lock')), run.done)).toBe(true);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expectOneLineFailure(
      result,
      143,
      lang === 'en' ? /^report: interrupted \(SIGTERM; the new outputs had been written in full\)$/ : /^report: 已中断（收到 SIGTERM 信号），中断前新的输出文件已全部写完$/,
    );
    expect(readdirSync(out).sort()).toEqual(['wujin-2020.html', 'wujin-2020.metrics.json', 'wujin-2020.pdf']);
    expect(await makers(out)).toEqual({ html: 'none', pdf: 'none' });
    await expectNoBrowserLeft(browser.group());
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
