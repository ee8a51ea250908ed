import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canUnshare, expectNoBrowserLeft, expectOneLineFailure, expectSnapshot, faultScene, goodBuild, ownBrowser, scratch, seed, snapshot, variant } from '../helpers/faults.js';
import { BIN, runCli } from '../helpers/run-cli.js';

// Issue 9, faults mid-build: the disk fills, the directory is read-only, or cannot exist.
// The real file system: a tiny tmpfs or a read-only bind mount in a user and mount
// namespace of the test's own (`unshare -rm`: no real root needed, nothing mounted outside).
let previous: string;
let report: string;

beforeAll(async () => {
  ({ previous, report } = await faultScene(['--format', 'html,pdf,json']));
}, 60_000);

/**
 * Runs `report build` inside a new namespace after `setup` (shell, with $OUT), then copies
 * what the output directory holds to `after` (a tmpfs vanishes with its namespace).
 */
async function buildInNamespace(setup: string, out: string, after: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const script = `set -e; ${setup}; set +e; "${process.execPath}" "${BIN}" build "${report}" --out "$OUT" "$@"; code=$?; mkdir -p "$AFTER"; cp -a "$OUT"/. "$AFTER"/; exit $code`;
  const child = spawn('unshare', ['-rm', 'sh', '-c', script, 'sh', ...args], { env: { ...process.env, REPORT_LANG: 'en', ...env, OUT: out, AFTER: after, PREVIOUS: previous } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, signal: null, stdout, stderr };
}

describe.skipIf(!canUnshare)('a full disk (ENOSPC on a 700 KB tmpfs)', () => {
  it.each(['en', 'zh'] as const)('exits 2 with one line (%s); the previous outputs stay, no temp file, no browser', async (lang) => {
    const dir = scratch('enospc');
    const out = join(dir, 'out');
    const after = join(dir, 'after');
    mkdirSync(out);
    const before = seed(previous, join(dir, 'expected'));
    const browser = ownBrowser(dir);
    // the previous outputs (480 KB) fit; the new ones cannot be staged beside them
    const setup = `mount -t tmpfs -o size=700k tmpfs "$OUT"; cp "$PREVIOUS"/* "$OUT"/`;
    const run = await buildInNamespace(setup, out, after, ['--browser', browser.path], { REPORT_LANG: lang });

    expectOneLineFailure(run, 2, lang === 'en' ? /^report: failed to write to ".*\/out" \(ENOSPC: no space left on device, write\)$/ : /^report: 无法写入输出目录“.*\/out”（磁盘空间不足）$/);
    expectSnapshot(after, before);
    await expectNoBrowserLeft(browser.group());
  });

  it('holds for an HTML-only build too (no browser at all)', async () => {
    const dir = scratch('enospc-html');
    const out = join(dir, 'out');
    const after = join(dir, 'after');
    mkdirSync(out);
    const previousHtml = join(dir, 'previous');
    await goodBuild(variant('前次'), previousHtml, ['--format', 'html,json']);
    const before = snapshot(previousHtml);
    const setup = `mount -t tmpfs -o size=80k tmpfs "$OUT"; cp "${previousHtml}"/* "$OUT"/`;
    const run = await buildInNamespace(setup, out, after, ['--format', 'html,json']);
    expectOneLineFailure(run, 2, /^report: failed to write to ".*\/out" \(ENOSPC: no space left on device, write\)$/);
    expectSnapshot(after, before);
  });
});

describe.skipIf(!canUnshare)('a read-only output directory (EROFS, a read-only bind mount)', () => {
  it.each(['en', 'zh'] as const)('exits 2 with one line (%s); the previous outputs stay, no browser', async (lang) => {
    const dir = scratch('erofs');
    const out = join(dir, 'out');
    const before = seed(previous, out);
    const browser = ownBrowser(dir);
    // root writes through chmod, so only a mount stops it
    const setup = `mount --bind "$OUT" "$OUT"; mount -o remount,bind,ro "$OUT"`;
    const run = await buildInNamespace(setup, out, join(dir, 'after'), ['--browser', browser.path], { REPORT_LANG: lang });

    expectOneLineFailure(run, 2, lang === 'en' ? /^report: failed to write to ".*\/out" \(EROFS: read-only file system, open '.*'\)$/ : /^report: 无法写入输出目录“.*\/out”（该位置为只读，不能写入）$/);
    expectSnapshot(out, before);
    await expectNoBrowserLeft(browser.group());
  });
});

describe('an output directory that cannot be created', () => {
  it.each(['en', 'zh'] as const)('-o /proc/x ends at once with exit 2 and one line (%s), instead of hanging', async (lang) => {
    const started = Date.now();
    const run = await runCli(['build', report, '--format', 'html', '--out', '/proc/x/y'], { env: { REPORT_LANG: lang } });
    expect(Date.now() - started).toBeLessThan(20_000);
    expectOneLineFailure(
      { ...run, signal: null },
      2,
      lang === 'en' ? /^report: failed to write to "\/proc\/x\/y" \(ENOENT: no such file or directory, mkdir '\/proc\/x'\)$/ : /^report: 无法写入输出目录“\/proc\/x\/y”（该位置不存在或不允许创建目录）$/,
    );
  });
});
