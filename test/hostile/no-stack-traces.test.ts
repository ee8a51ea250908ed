import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStackTrace } from '../helpers/html-safety.js';
import { BIN, ROOT, runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * Issue 9, item 6: no stack trace reaches a user in any path. The goldens of every CLI
 * fixture are what the CLI printed (other tests compare them byte for byte), so grepping
 * them covers every fixture; the diagnostic fixtures are also built, which runs the
 * build path's own code; then odd terminals: closed stdout or stderr, NO_COLOR,
 * TERM=dumb, a C locale. The hostile suites assert the same on each of their runs.
 */
const FIXTURES = join(ROOT, 'test/fixtures');

/** Every golden of CLI output: `expected*.txt` and the help, diff, init and new goldens. */
function goldens(): string[] {
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.txt') && !path.startsWith('source/'))
    .sort();
}

describe('the goldens of every CLI fixture', () => {
  const files = goldens();

  it('are many (diagnostics, mistakes, cli, diff, init, new)', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const folder of ['diagnostics/', 'mistakes/', 'cli/', 'diff/', 'init/', 'new/']) expect(files.some((f) => f.startsWith(folder)), folder).toBe(true);
  });

  it.each(files)('%s has no stack frame or raw Node error', (file) => {
    const out = readFileSync(join(FIXTURES, file), 'utf8');
    expectNoStackTrace({ stdout: '', stderr: out });
  });
});

describe.concurrent('report build on every diagnostic fixture', () => {
  const dirs = readdirSync(join(FIXTURES, 'diagnostics'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  it.each(dirs)('%s', async (name) => {
    const out = mkdtempSync(join(tmpdir(), 'report-nostack-'));
    const result = await runCli(['build', join(FIXTURES, 'diagnostics', name), '-f', 'html,json', '--out', out, '--reporter', name.length % 2 ? 'json' : 'text']);
    expect([0, 1]).toContain(result.code);
    expectNoStackTrace(result);
    // a report with errors writes nothing
    if (result.code === 1) expect(readdirSync(out)).toEqual([]);
  });
});

/** Runs report through sh, so the test can close its streams as a terminal or a CI step might. */
function shell(script: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', script.replaceAll('REPORT', `"${process.execPath}" "${BIN}"`)], { cwd: ROOT, env: { ...process.env, REPORT_LANG: 'en', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe.concurrent('odd terminals', () => {
  const failing = relative(ROOT, join(FIXTURES, 'diagnostics/multiple-problems'));
  const valid = relative(ROOT, join(FIXTURES, 'diagnostics/valid'));

  it('stderr closed: the exit code still says what happened', async () => {
    expect((await shell(`REPORT check ${failing} 2>&-`)).code).toBe(1);
    expect((await shell(`REPORT check ${valid} 2>&-`)).code).toBe(0);
    expect((await shell(`REPORT check --no-such-flag 2>&-`)).code).toBe(2);
  });

  it('stdout closed: help, version and the JSON reporter end with their own exit code, no stack', async () => {
    for (const [args, code] of [['help', 0], ['--version', 0], [`check ${failing} --reporter json`, 1], [`diff data/wujin-2020 data/wujin-2021`, 0]] as const) {
      const result = await shell(`REPORT ${args} >&-`);
      expect(result.code, args).toBe(code);
      expectNoStackTrace(result);
    }
  });

  it('both closed', async () => {
    expect((await shell(`REPORT check ${failing} >&- 2>&-`)).code).toBe(1);
  });

  it.each([
    ['NO_COLOR=1', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
    ['LANG=C, no REPORT_LANG', { LANG: 'C', LC_ALL: 'C', REPORT_LANG: '' }],
    ['LANG=zh_CN.GB18030', { LANG: 'zh_CN.GB18030', LC_ALL: 'zh_CN.GB18030', REPORT_LANG: '' }],
    ['FORCE_COLOR=3', { FORCE_COLOR: '3' }],
  ])('%s: the same diagnostics, plain text, right exit code', async (_name, env) => {
    const result = await shell(`REPORT check ${failing}`, env);
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    expect(result.stderr).not.toMatch(/\u001b\[/);
    expect(result.stderr).toMatch(/ (error|错误) /);
  });
});

describe('a failure of the tool itself', () => {
  it('is one line and the hint (the stack only with REPORT_DEBUG)', async () => {
    // a browser that is a shell script exiting at once: puppeteer's long message, not ours
    const dir = mkdtempSync(join(tmpdir(), 'report-nostack-'));
    const result = await runCli(['build', join(FIXTURES, 'diagnostics/valid'), '-f', 'pdf', '--out', dir, '--browser', '/bin/false']);
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(existsSync(join(dir, 'valid.pdf'))).toBe(false);
  });
});
