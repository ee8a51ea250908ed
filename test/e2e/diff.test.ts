import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const GOLDEN = join(ROOT, 'test/fixtures/diff');

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/** A git checkout holding a committed copy of the Wujin example, then edited in the working tree. */
function editedCheckout(): string {
  const repo = mkdtempSync(join(tmpdir(), 'report-git-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  cpSync(join(ROOT, 'data/wujin-2020'), join(repo, 'wujin'), { recursive: true, filter: (src) => !src.includes('/dist') });
  writeFileSync(join(repo, 'wujin/metrics/信访.yaml'), '信访:\n  来信: 12\n  来访: 30\n');
  git('add', '.');
  git('commit', '-q', '-m', 'the 2020 report');
  edit(join(repo, 'wujin/metrics/admin-review.yaml'), '收到: { value: 48', '收到: { value: 50');
  edit(join(repo, 'wujin/metrics/信访.yaml'), '来访: 30', '来访: 27');
  edit(join(repo, 'wujin/metrics/supervision.yaml'), '  行政处罚公示率: 94%\n', '  行政处罚公示率: null\n  信用修复企业: 140\n');
  rmSync(join(repo, 'wujin/metrics/leadership.yaml'));
  return repo;
}

describe('report diff --rev (real CLI, real git)', () => {
  it('compares the report with itself at a revision: changed, added, removed, unfilled', async () => {
    const repo = editedCheckout();
    const result = await runCli(['diff', '--rev', 'HEAD', 'wujin'], { cwd: repo });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expectGolden(result.stdout, join(GOLDEN, 'rev-head.txt'));

    const inside = await runCli(['diff', '--rev', 'HEAD', '--format', 'json'], { cwd: join(repo, 'wujin') });
    expect(inside.code, inside.stderr).toBe(0);
    const json = JSON.parse(inside.stdout);
    expect(json.old).toBe('.@HEAD');
    expect(json.counts).toEqual({ changed: 2, added: 1, removed: 3, unfilled: 1, unchanged: 85 });
  });

  it('exits 2 on a revision that names no commit, or outside a git checkout', async () => {
    const repo = editedCheckout();
    const bad = await runCli(['diff', '--rev', 'no-such-rev', 'wujin'], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^report: failed to read ".*wujin" at revision "no-such-rev" \("no-such-rev" names no commit\)\n$/);
    const outside = mkdtempSync(join(tmpdir(), 'report-nogit-'));
    cpSync(join(ROOT, 'data/wujin-2020'), join(outside, 'wujin'), { recursive: true });
    const none = await runCli(['diff', '--rev', 'HEAD', 'wujin'], { cwd: outside });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/not a git repository/);
  });
});

describe('report diff usage', () => {
  it('needs two directories without --rev, one with it; knows its formats (exit 2)', async () => {
    expect((await runCli(['diff', 'data/wujin-2020'])).code).toBe(2);
    expect((await runCli(['diff', '--rev', 'HEAD', 'a', 'b'])).code).toBe(2);
    const format = await runCli(['diff', 'data/wujin-2020', 'data/wujin-2020', '--format', 'html']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/unknown diff format "html" \(use text, markdown or json\)/);
  });

  it('exits 1 with the reason when a report cannot be read', async () => {
    const result = await runCli(['diff', 'data/wujin-2020', 'data/no-such-report']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing-manifest/);
    expect(result.stdout).toBe('');
  });
});
