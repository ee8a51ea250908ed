import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { keyPaths } from '../helpers/yaml-keys.js';

const LAST = join(ROOT, 'data/wujin-2020');
const GOLDEN = join(ROOT, 'test/fixtures/init');

/** The text of every comment in a YAML file (what follows `#`, trimmed). */
function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)#\s*(.*)$/gm)].map((m) => m[1]!.trim()).filter(Boolean);
}

describe('report init --from data/wujin-2020 (real CLI)', () => {
  let root: string;
  let dir: string;
  let stderr: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'report-init-'));
    dir = join(root, 'wujin-2021');
    const result = await runCli(['init', '--from', LAST, dir], { cwd: root });
    stderr = result.stderr;
    expect(result.code, result.stderr).toBe(0);
  });

  it('says what it created and how many figures are left to fill in', () => {
    expect(stderr).toMatch(/^created wujin-2021 from .*wujin-2020: 20 files, 89 metric values to fill in \(report check wujin-2021 lists them\)\n$/);
  });

  it('copies report.yaml, every metric file and every section, and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(['.report', 'metrics', 'report.yaml', 'sections']);
    // the schema the report.yaml modeline points at, so editors check the new report too
    expect(readFileSync(join(dir, '.report/report.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
    expect(readdirSync(join(dir, 'metrics')).sort()).toEqual(readdirSync(join(LAST, 'metrics')).sort());
    for (const name of readdirSync(join(LAST, 'sections'))) {
      expect(readFileSync(join(dir, 'sections', name), 'utf8'), name).toBe(readFileSync(join(LAST, 'sections', name), 'utf8'));
    }
  });

  it('keeps every comment and the key order of every YAML file it writes', () => {
    for (const name of ['report.yaml', ...readdirSync(join(LAST, 'metrics')).map((n) => `metrics/${n}`)]) {
      const before = readFileSync(join(LAST, name), 'utf8');
      const after = readFileSync(join(dir, name), 'utf8');
      expect(keyPaths(after).filter((p) => p !== 'previous'), name).toEqual(keyPaths(before));
      const kept = comments(after).join('\n');
      for (const comment of comments(before)) expect(kept, `${name}: # ${comment}`).toContain(comment);
    }
  });

  it('sets previous:, bumps the certain years and leaves last year beside each blank', () => {
    const manifest = readFileSync(join(dir, 'report.yaml'), 'utf8');
    expect(manifest).toContain('title: |-\n  常州市武进区人民政府\n  2021年法治政府建设工作报告\n');
    expect(manifest).toContain('document-number: 武政发〔2022〕号     # 2020: 武政发〔2021〕7号 · 文件编号');
    expect(manifest).toContain('index-number: 014133058/2022-        # 2020: 014133058/2021-00012 · 索引号');
    expect(manifest).toContain('date: null                           # 2020: 2021-01-25 · 成文日期 = 产生日期');
    expect(manifest).toMatch(/\nprevious: \.\.\/.*wujin-2020\n$/);
    const review = readFileSync(join(dir, 'metrics/admin-review.yaml'), 'utf8');
    expect(review).toContain('  收到: { value: null, unit: 件, label: 收到行政复议申请 } # 2020: 48\n');
    expect(review).toContain('    value: null # 2020: 15.3%\n    formula: (确认违法 + 撤销或责令) / 审结\n');
  });

  it('gives a report that check lists every blank of, each at its position (golden)', async () => {
    const result = await runCli(['check', 'wujin-2021'], { cwd: root });
    expect(result.code).toBe(1);
    // previous: is wujin-2020 relative to the temporary directory: the same text on every machine
    const previous = relative(dir, LAST).split(sep).join('/');
    expectGolden(result.stderr.replaceAll(previous, '<previous>'), join(GOLDEN, 'wujin-2021-check.txt'));
  });

  it('warns at every year left from last year\'s sections, at its place, besides the blanks (issue 7)', async () => {
    const result = await runCli(['check', 'wujin-2021'], { cwd: root });
    const stale = result.stderr.split('\n').filter((line) => line.endsWith(' stale-year'));
    const places = stale.map((line) => line.split(' ')[0]);
    expect(places).toContain('wujin-2021/sections/00-opening.md:1:1');
    expect(places).toContain('wujin-2021/sections/07-closing.md:1:1');
    expect(places).toContain('wujin-2021/sections/07-closing.md:2:1');
    expect(stale.find((line) => line.startsWith('wujin-2021/sections/07-closing.md:2:1 '))).toMatch(
      /warning year "2021年" is as last year's report has it \(the line is unchanged from \.\.\/.*wujin-2020\/sections\/07-closing\.md:2\): write this year's, or keep it with confirmed-years: \[2021年，我区\] in report\.yaml stale-year$/,
    );
    expect(stale).toHaveLength(17);
    expect(result.stderr).toMatch(/\n93 errors, 17 warnings\n$/);
    const zh = await runCli(['check', 'wujin-2021'], { cwd: root, env: { REPORT_LANG: 'zh' } });
    expect(zh.stderr).toContain('wujin-2021/sections/00-opening.md:1:1 警告 年份“2020年”沿用上年报告原文');
  });

  it('never writes into a directory that has files (exit 2)', async () => {
    const again = await runCli(['init', '--from', LAST, dir], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/failed to create ".*wujin-2021" \(it exists and is not empty; choose a new directory\)/);
  });

  it('needs --from (exit 2)', async () => {
    const result = await runCli(['init', join(root, 'other')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--from/);
  });
});
