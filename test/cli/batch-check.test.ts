import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** A province in miniature: copies of the bundled examples under one root, one of them broken. */
function province(): string {
  const root = mkdtempSync(join(tmpdir(), 'report-province-'));
  for (const name of ['wujin-2020', 'wujin-2021', 'disclosure-2023', 'masthead-demo']) {
    cpSync(join(ROOT, 'data', name), join(root, 'reports', name), { recursive: true, filter: (src) => !src.includes('/dist') });
  }
  const broken = join(root, 'reports/wujin-2021/sections/05-disputes.md');
  writeFileSync(broken, readFileSync(broken, 'utf8').replace('{{行政复议.收到}}', '{{行政复议.收}}'));
  return root;
}

interface JsonBatch {
  errors: number;
  warnings: number;
  reports: Array<{ report: string; errors: number; exit: number; diagnostics: Array<{ path: string; rule: string }> }>;
}

describe('report check on many reports', () => {
  it('checks every bundled example by a glob, as the shell of Windows leaves it unexpanded', async () => {
    const result = await runCli(['check', 'data/*']);
    expect(result.code, result.stderr).toBe(0);
    const table = result.stderr.trim().split('\n');
    expect(table[0]).toMatch(/^report +pages +warnings +errors +time$/);
    expect(table.slice(1, -1).map((line) => line.split(/ +/)[0])).toEqual(['data/disclosure-2019', 'data/disclosure-2023', 'data/masthead-demo', 'data/wujin-2020', 'data/wujin-2021']);
    expect(table.at(-1)).toMatch(/^5 reports, 0 failed, in [\d.]+ s$/);
  });

  it('a broken report fails alone: the others are checked, the exit code is the worst', async () => {
    const root = province();
    const result = await runCli(['check', '--all'], { cwd: root });
    expect(result.code).toBe(1);
    // its diagnostic, with the path from the working directory, then the table
    expect(result.stderr).toContain('reports/wujin-2021/sections/05-disputes.md:');
    expect(result.stderr).toMatch(/unknown metric "行政复议\.收"/);
    const rows = Object.fromEntries(result.stderr.split('\n').filter((line) => line.startsWith('reports/') && !line.includes('.md:')).map((line) => [line.split(/ +/)[0], line.split(/ +/)[3]]));
    expect(rows).toEqual({ 'reports/disclosure-2023': '0', 'reports/masthead-demo': '0', 'reports/wujin-2020': '0', 'reports/wujin-2021': '1' });
    expect(result.stderr).toMatch(/4 reports, 1 failed, in/);
  });

  it('--reporter json gives every report in the shape one report prints', async () => {
    const root = province();
    const result = await runCli(['check', 'reports/wujin-2020', 'reports/wujin-2021', '--reporter', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    const batch = JSON.parse(result.stdout) as JsonBatch;
    expect(batch.errors).toBe(1);
    expect(batch.reports.map((r) => [r.report, r.errors, r.exit])).toEqual([
      ['reports/wujin-2020', 0, 0],
      ['reports/wujin-2021', 1, 1],
    ]);
    expect(batch.reports[1]!.diagnostics[0]).toMatchObject({ path: 'reports/wujin-2021/sections/05-disputes.md', rule: 'unknown-metric' });
  });

  it('--shard i/n checks each report in exactly one share', async () => {
    const root = province();
    for (const n of [1, 2, 3, 5]) {
      const seen: string[] = [];
      for (let i = 1; i <= n; i++) {
        const result = await runCli(['check', '--all', '--shard', `${i}/${n}`, '--reporter', 'json'], { cwd: root });
        if (result.stdout === '') {
          // more shares than reports: an empty share is not a failure
          expect(result.code).toBe(0);
          expect(result.stderr).toMatch(/^shard \d+\/\d+ is empty \(4 reports in all, fewer than the shares\)\n$/);
          continue;
        }
        seen.push(...(JSON.parse(result.stdout) as JsonBatch).reports.map((r) => r.report));
      }
      expect(seen.sort()).toEqual(['reports/disclosure-2023', 'reports/masthead-demo', 'reports/wujin-2020', 'reports/wujin-2021']);
    }
  });

  it('says so when a path with a space was typed unquoted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-spaced-'));
    cpSync(join(ROOT, 'data/wujin-2020'), join(root, '2020年 报告'), { recursive: true, filter: (src) => !src.includes('/dist') });
    const en = await runCli(['check', '2020年', '报告'], { cwd: root });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('report: no report directory "2020年", "报告", but "2020年 报告" is one (put a path that has spaces in quotes: report check "2020年 报告")\n');
    const zh = await runCli(['check', '2020年', '报告'], { cwd: root, env: { REPORT_LANG: 'zh' } });
    expect(zh.stderr).toBe('report: 没有名为“2020年”、“报告”的报告目录，但有“2020年 报告”（路径中有空格时请用英文引号括起：report check "2020年 报告"）\n');
  });

  it('refuses a shard that is not i/n, and a glob that finds no report (exit 2)', async () => {
    const bad = await runCli(['check', '--all', 'data', '--shard', '4/3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('report: --shard "4/3" is not of the form i/n with 1 ≤ i ≤ n (e.g. 2/4)\n');
    const none = await runCli(['check', 'nothing-here/*']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^report: no report found/);
  });
});
