import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { expectOnlyFontWarnings } from '../helpers/report-copy.js';
import { keyPaths } from '../helpers/yaml-keys.js';

const GOLDEN = join(ROOT, 'test/fixtures/diff');

describe('the year-over-year pair data/wujin-2020 → data/wujin-2021 (real CLI, real Chromium)', () => {
  let out: string;
  let html: string;
  let pdf: InspectedPdf;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-2021-'));
    const result = await runCli(['build', 'data/wujin-2021', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expectOnlyFontWarnings(result.stderr);
    html = readFileSync(join(out, 'wujin-2021.html'), 'utf8');
    pdf = await inspectPdf(join(out, 'wujin-2021.pdf'));
  });

  it('is what init --from makes of the 2020 report, filled in: same files, same keys in the same order', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-init-')), 'wujin-2021');
    expect((await runCli(['init', '--from', 'data/wujin-2020', dir])).code).toBe(0);
    const made = join(ROOT, 'data/wujin-2021');
    expect(readdirSync(join(made, 'metrics')).sort()).toEqual(readdirSync(join(dir, 'metrics')).sort());
    for (const name of ['report.yaml', ...readdirSync(join(dir, 'metrics')).map((n) => `metrics/${n}`)]) {
      expect(keyPaths(readFileSync(join(made, name), 'utf8')), name).toEqual(keyPaths(readFileSync(join(dir, name), 'utf8')));
    }
    expect(readFileSync(join(made, 'report.yaml'), 'utf8')).toContain('\nprevious: ../wujin-2020\n');
  });

  it('prints this year\'s figures with last year\'s and the change between them', () => {
    expect(html).toContain('全区共收到行政复议申请52件，同比增长8.3%（上年48件），受理49件，不予受理3件。');
    expect(html).toContain('今年直接纠错率达13.1%，较上年下降2.2个百分点，');
    expect(html).toContain('行政诉讼案件24件，比上年增长3件（经复议的诉讼案件18件）');
    const text = pdf.pages.map((p) => p.text).join('').replace(/\s/g, '');
    expect(text).toContain('同比增长8.3%（上年48件）');
    expect(text).toContain('较上年下降2.2个百分点');
  });

  it('carries its own identity: the 2021 title, 武政发〔2022〕5号 and its 索引号', () => {
    expect(pdf.info.Title).toBe('常州市武进区人民政府2021年法治政府建设工作报告');
    const custom = pdf.info.Custom as Record<string, string>;
    expect(custom.DocumentNumber).toBe('武政发〔2022〕5号');
    expect(custom.IndexNumber).toBe('014133058/2022-00009');
    expect(html).toContain('<time datetime="2022-01-24">2022年1月24日</time>');
  });

  it('report diff lists every changed figure with old, new and change, as text, Markdown and JSON (goldens)', async () => {
    for (const [format, file] of [['text', 'wujin-2020-2021.txt'], ['markdown', 'wujin-2020-2021.md'], ['json', 'wujin-2020-2021.json']] as const) {
      const result = await runCli(['diff', 'data/wujin-2020', 'data/wujin-2021', '--format', format]);
      expect(result.code, result.stderr).toBe(0);
      expectGolden(result.stdout, join(GOLDEN, file));
    }
    const json = JSON.parse(readFileSync(join(GOLDEN, 'wujin-2020-2021.json'), 'utf8'));
    expect(json.counts).toEqual({ changed: 77, added: 0, removed: 0, unfilled: 0, unchanged: 12 });
    expect(json.changed.find((m: { id: string }) => m.id === '行政复议.收到')).toEqual({
      id: '行政复议.收到',
      old: { value: 48, shown: '48' },
      new: { value: 52, shown: '52' },
      change: { amount: 4, ratio: 0.0833333333333, amountText: '增长4件', ratioText: '增长8.3%' },
    });
  });
});

describe('a report whose previous: names no report (real CLI)', () => {
  it('fails once, at previous:, and not at every reference to last year', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-alone-')), 'wujin-2021');
    cpSync(join(ROOT, 'data/wujin-2021'), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    const line = readFileSync(join(dir, 'report.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('previous:')) + 1;
    expect(result.stderr).toMatch(new RegExp(`^report\\.yaml:${line}:11 `));
    expect(result.stderr).toMatch(/^report\.yaml:\d+:11 error previous report "\.\.\/wujin-2020" not found \(no report\.yaml in ".*wujin-2020"\) previous-missing\n1 error, 0 warnings\n$/);
  });
});
