import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_KINDS } from '../../src/scaffold/kinds.js';
import { manifestJsonSchema } from '../../src/validate/json-schema.js';
import { inspectPdf } from '../helpers/pdf.js';
import { expectOnlyFontWarnings } from '../helpers/report-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** A fresh folder outside the repository, where a clerk would start. */
function workspace(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'report-new-')));
}

describe.each(REPORT_KINDS)('report new --kind %s, outside the repository (real CLI)', (kind) => {
  let cwd: string;
  let created: string;

  beforeAll(async () => {
    cwd = workspace();
    const result = await runCli(['new', '报告', '--kind', kind], { cwd });
    expect(result.code, result.stderr).toBe(0);
    created = result.stderr;
  });

  it('says what it created and what to do next', () => {
    expect(created).toMatch(/^created 报告, a .+: \d+ files; fill in report\.yaml, the sections and the metrics, then run report check 报告\n$/);
  });

  it('gives a report that check passes with no problems', async () => {
    const result = await runCli(['check', '报告', '--strict'], { cwd });
    expect(result.stderr).toBe('no problems\n');
    expect(result.code).toBe(0);
  });

  it('gives a report that builds to HTML and the metrics JSON', async () => {
    const result = await runCli(['build', '报告', '--format', 'html,json'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^no problems\nwrote 报告\/dist\/报告\.html, 报告\/dist\/报告\.metrics\.json in [\d.]+ s\n$/);
    const html = readFileSync(join(cwd, '报告/dist/报告.html'), 'utf8');
    expect(html).toContain('某区人民政府');
    expect(html).toMatch(/<h2[^>]*>一、/);
    if (kind === 'disclosure-annual') expect(html.match(/<table class="disclosure-annual">/g)).toHaveLength(3);
  });

  it("points report.yaml's $schema modeline at a file it wrote, which is the current schema", () => {
    const text = readFileSync(join(cwd, '报告/report.yaml'), 'utf8');
    const target = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)?.[1];
    expect(target).toBe('.report/report.schema.json');
    const copy = readFileSync(join(cwd, '报告', target!), 'utf8');
    expect(copy).toBe(manifestJsonSchema());
    expect(copy).toBe(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
  });
});

describe('report new: a PDF from the skeleton (real Chromium)', () => {
  it('prints the title, the numbered headings and the signature', async () => {
    const cwd = workspace();
    expect((await runCli(['new', 'r'], { cwd, env: { SOURCE_DATE_EPOCH: '1737374400' } })).code).toBe(0); // 2025-01-20, noon UTC
    const result = await runCli(['build', 'r', '--format', 'pdf'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expectOnlyFontWarnings(result.stderr);
    const text = (await inspectPdf(join(cwd, 'r/dist/r.pdf'))).pages.map((p) => p.text).join('').replace(/\s/g, '');
    for (const part of ['某区人民政府2024年法治政府建设情况报告', '一、主要工作和成效', '（一）依法化解行政争议', '收到行政复议申请48件', '评查合格率93.8%', '三、2025年工作安排', '特此报告。', '2025年1月20日']) {
      expect(text, part).toContain(part);
    }
  });
});

describe('report new --help', () => {
  it('explains the command in the interface language', async () => {
    const zh = await runCli(['new', '--help'], { env: { REPORT_LANG: 'zh' } });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('新建一份报告');
    expect(zh.stdout).toContain('--kind <kind>');
    expect(zh.stdout.replace(/\n\s+/g, '')).toContain('disclosure-annual（政府信息公开工作年度报告');
    const en = await runCli(['new', '--help']);
    expect(en.stdout).toContain('start a report from nothing');
  });
});

describe('report new: what it refuses', () => {
  it('writes nothing into a directory that has files (exit 2)', async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, 'mine'));
    writeFileSync(join(cwd, 'mine/草稿.docx'), 'draft');
    const result = await runCli(['new', 'mine'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`report: failed to create "${join(cwd, 'mine')}" (it exists and is not empty; choose a new directory)\n`);
    expect(readdirSync(join(cwd, 'mine'))).toEqual(['草稿.docx']);
    expect(readdirSync(cwd)).toEqual(['mine']);
  });

  it('says so in Chinese too', async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, 'mine'));
    writeFileSync(join(cwd, 'mine/草稿.docx'), 'draft');
    const result = await runCli(['new', 'mine'], { cwd, env: { REPORT_LANG: 'zh' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`report: 无法创建目录“${join(cwd, 'mine')}”（该目录已存在且不为空，请另选一个新目录）\n`);
  });

  it('refuses an unknown --kind and writes nothing (exit 2)', async () => {
    const cwd = workspace();
    const result = await runCli(['new', 'x', '--kind', 'annual'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('report: unknown kind "annual" (use report, disclosure-annual)\n');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('fills the empty directory the clerk stands in (report new .), keeping it', async () => {
    const cwd = workspace();
    const inode = statSync(cwd).ino;
    const result = await runCli(['new', '.'], { cwd, env: { REPORT_LANG: 'zh' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^已新建“\.”（一般报告），共 5 个文件。/);
    expect(statSync(cwd).ino).toBe(inode);
    expect(readdirSync(cwd).sort()).toEqual(['.report', 'metrics', 'report.yaml', 'sections']);
    expect((await runCli(['check'], { cwd })).stderr).toBe('no problems\n');
  });
});

describe('check, build and doctor from inside a report find report.yaml upward', () => {
  let report: string;

  beforeAll(async () => {
    const cwd = workspace();
    expect((await runCli(['new', '报告'], { cwd })).code).toBe(0);
    report = join(cwd, '报告');
  });

  it('check from sections/ checks the report, with paths relative to sections/', async () => {
    const sections = join(report, 'sections');
    expect(await runCli(['check'], { cwd: sections })).toEqual({ code: 0, stdout: '', stderr: 'no problems\n' });
    const broken = join(report, 'sections/03-错误.md');
    writeFileSync(broken, '{{行政复议.收}}\n');
    try {
      const result = await runCli(['check'], { cwd: sections });
      expect(result.code).toBe(1);
      // the report's files as seen from here: report.yaml would be ../report.yaml
      expect(result.stderr).toBe('../sections/03-错误.md:1:1 error unknown metric "行政复议.收" (did you mean "行政复议.收到"?) unknown-metric\n1 error, 0 warnings\n');
    } finally {
      rmSync(broken);
    }
  });

  it('build from sections/ writes the report\'s dist/', async () => {
    const result = await runCli(['build', '--format', 'html'], { cwd: join(report, 'sections') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^no problems\nwrote \.\.\/dist\/报告\.html in /);
    expect(existsSync(join(report, 'dist/报告.html'))).toBe(true);
    expect(existsSync(join(report, 'sections/dist'))).toBe(false);
  });

  it('keeps the missing-manifest error for a directory named on the command line', async () => {
    const result = await runCli(['check', '.'], { cwd: join(report, 'sections') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^report\.yaml error cannot read ".*\/报告\/sections\/report\.yaml" \(is this a report directory\?\) missing-manifest$/m);
  });

  it('gives the missing-manifest error for the current directory when no directory upward has a report', async () => {
    const cwd = workspace();
    const result = await runCli(['check'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot read "${join(cwd, 'report.yaml')}" (is this a report directory?) missing-manifest`);
  });

  it("doctor from sections/ uses the report's fonts:", async () => {
    const yaml = join(report, 'report.yaml');
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8')}fonts:\n  body: [AR PL KaitiM GB]\n`);
    const result = await runCli(['doctor'], { cwd: join(report, 'sections') });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^fonts \(report\.yaml fonts: of \.\., then the built-in stacks\):$/m);
    expect(result.stdout).toContain('  body (仿宋): AR PL KaitiM GB — named in fonts.body');
  });
});
