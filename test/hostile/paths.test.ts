import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, ruleIds } from '../helpers/html-safety.js';
import { ROOT, runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * Path tricks in every field that names a file or a directory. The report sits next to
 * a canary: a file and a report-shaped folder holding a unique string. Whatever a field
 * says, the string never reaches a message or an output, and a refused value is an error
 * at its key (exit 1) with nothing written.
 */
const CANARY = 'CANARY-5e0f1c-DO-NOT-PUBLISH';

let outside: string;

beforeAll(() => {
  outside = join(mkdtempSync(join(tmpdir(), 'report-outside-')), 'outside');
  mkdirSync(join(outside, 'metrics'), { recursive: true });
  mkdirSync(join(outside, 'sections'), { recursive: true });
  writeFileSync(join(outside, 'canary.txt'), `${CANARY}\n`);
  writeFileSync(join(outside, 'canary.md'), `${CANARY}\n`);
  writeFileSync(join(outside, 'report.yaml'), `title: ${CANARY}\n`);
  writeFileSync(join(outside, 'metrics/canary.yaml'), `${CANARY}: ${CANARY}\n`);
  writeFileSync(join(outside, 'sections/01.md'), `${CANARY}\n`);
});

/** A fresh copy of a small valid report (a fixture: quicker to check than an example). */
function smallReport(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-hostile-')), 'report');
  cpSync(join(ROOT, 'test/fixtures/diagnostics/valid'), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
  return dir;
}

/** A fresh copy of the small report with `line` added to report.yaml. */
function withManifestLine(line: string): string {
  const dir = smallReport();
  const path = join(dir, 'report.yaml');
  writeFileSync(path, `${readFileSync(path, 'utf8')}${line}\n`);
  return dir;
}

function expectClean(result: CliResult): void {
  expectNoStackTrace(result);
  expect(result.stdout + result.stderr).not.toContain(CANARY);
}

describe.concurrent('previous: names last year\'s report, relative to this one', () => {
  const refused: Array<[string, (outside: string) => string]> = [
    ['an absolute path', (o) => JSON.stringify(o)],
    ['an absolute path to a file', (o) => JSON.stringify(join(o, 'canary.txt'))],
    ['/etc/passwd', () => '/etc/passwd'],
    ['~', () => '"~"'],
    ['~/…', () => '"~/outside"'],
    ['a Windows path with backslashes', () => '"..\\\\..\\\\outside"'],
    ['a drive letter', () => '"C:\\\\Windows\\\\System32"'],
    ['a file: URL', (o) => JSON.stringify(`file://${o}`)],
    ['an http URL', () => 'http://127.0.0.1:9/report'],
    ['a NUL byte', () => '"../outside\\0/x"'],
    ['a line break', () => '"../out\\nside"'],
  ];

  it.each(refused)('refuses %s at the key (invalid-value), reading nothing', async (_name, value) => {
    const dir = withManifestLine(`previous: ${value(outside)}`);
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^report\.yaml:\d+:11 error invalid value .* for "previous" \(a path relative to this report, with \/, e\.g\. \.\.\/wujin-2020\) invalid-value$/m);
    expect(ruleIds(result.stderr)).toEqual(['invalid-value']);
    expectClean(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('takes a relative path that leaves the report, as last year\'s report is a sibling; one that names no report is previous-missing', async () => {
    const dir = withManifestLine('previous: ../../../../../../../../etc/passwd');
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(ruleIds(result.stderr)).toEqual(['previous-missing']);
    expectClean(result);
  });

  it('a very long path is refused promptly', async () => {
    const dir = withManifestLine(`previous: ${'../a'.repeat(400)}`);
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(ruleIds(result.stderr)).toEqual(['invalid-value']);
    expectClean(result);
  });
});

describe.concurrent('output: is a file name', () => {
  it.each([
    ['a path', '../../outside/x', 'a file name, not a path'],
    ['a Windows path', '"..\\\\x"', 'a file name, not a path'],
    ['..', '..', 'a plain file name'],
    ['a NUL byte', '"a\\0b"', 'a plain file name'],
    ['a line break', '"a\\nb"', 'a plain file name'],
    ['a drive letter', '"C:"', 'a plain file name'],
    ['a very long name', 'x'.repeat(300), 'a plain file name'],
  ])('refuses %s at the key (invalid-value), writing nothing', async (_name, value, reason) => {
    const dir = withManifestLine(`output: ${value}`);
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^report\.yaml:\d+:9 error invalid value .* for "output" .* invalid-value$/m);
    expect(result.stderr).toContain(reason);
    expectClean(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(readdirSync(dirname(dir))).toEqual(['report']);
  });
});

describe.concurrent('files linked out of the report (the real CLI)', () => {
  it('a section linked to a file outside is refused at the file (outside-report), nothing written', async () => {
    const dir = smallReport();
    symlinkSync(join(outside, 'canary.md'), join(dir, 'sections/08-linked.md'));
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sections\/08-linked\.md error .* outside-report$/m);
    expectClean(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('a metrics folder linked outside, and report.yaml linked to /etc/passwd, are refused', async () => {
    const dir = smallReport();
    rmSync(join(dir, 'metrics'), { recursive: true });
    symlinkSync(join(outside, 'metrics'), join(dir, 'metrics'));
    rmSync(join(dir, 'report.yaml'));
    symlinkSync('/etc/passwd', join(dir, 'report.yaml'));
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^metrics\/canary\.yaml error .* outside-report$/m);
    expect(result.stderr).toMatch(/^report\.yaml error .* outside-report$/m);
    expect(result.stderr).not.toContain('root:');
    expectClean(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe.concurrent('paths in the text are links at most, never read', () => {
  it('an include-like directive is an unknown directive; file: and relative links read nothing', async () => {
    const dir = smallReport();
    writeFileSync(
      join(dir, 'sections/08-paths.md'),
      [
        '::include{file="../../outside/canary.txt"}',
        '',
        ':::include{src="/etc/passwd"}',
        ':::',
        '',
        `文字:include[../../outside/canary.txt]，[本地](file://${join(outside, 'canary.txt')})，[相对](../../outside/canary.txt)。`,
        '',
      ].join('\n'),
    );
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    const rules = ruleIds(result.stderr);
    expect(rules.filter((r) => r === 'unknown-directive')).toHaveLength(2);
    expect(rules).toContain('unsafe-link');
    expectClean(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe.concurrent('paths on the command line', () => {
  it('--out naming an existing file: exit 2, one line, the file untouched', async () => {
    const dir = smallReport();
    const file = join(outside, 'canary.txt');
    const result = await runCli(['build', '.', '-f', 'html', '--out', file], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^report: failed to write to ".*canary\.txt"/);
    expect(readFileSync(file, 'utf8')).toBe(`${CANARY}\n`);
    expectNoStackTrace(result);
  });

  it('--browser naming something that is not a browser: exit 2, one line, nothing written', async () => {
    const dir = smallReport();
    const result = await runCli(['build', '.', '-f', 'pdf', '--browser', join(outside, 'canary.txt')], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^report: failed to start browser /m);
    expectClean(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it.each([
    ['a file: URL', 'file:///etc'],
    ['a file, not a directory', '/etc/passwd'],
    ['a name with a line break', 'a\nb'],
    ['~', '~'],
  ])('[dir] as %s: missing-manifest, exit 1, nothing read', async (_name, arg) => {
    const result = await runCli(['check', arg], { cwd: outside });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ missing-manifest$/m);
    expectClean(result);
  });
});
