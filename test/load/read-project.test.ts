import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { LIMITS } from '../../src/load/limits.js';
import { readProject } from '../../src/load/read-project.js';
import { ROOT } from '../helpers/run-cli.js';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('readProject', () => {
  it('reads the report previous: names, relative to the report directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, {
      '2020/report.yaml': 'title: x\n',
      '2020/metrics/a.yaml': 'a: 1\n',
      '2020/sections/01.md': 'text\n',
      '2021/report.yaml': 'title: y\nprevious: ../2020   # last year\n',
      '2021/sections/01.md': 'text\n',
    });
    const sink = new Sink();
    const project = await readProject(join(root, '2021'), sink);
    expect(sink.diagnostics).toEqual([]);
    expect(project.previous).toEqual({
      path: '../2020',
      dir: join(root, '2020'),
      manifest: { path: 'report.yaml', text: 'title: x\n' },
      metrics: [{ path: 'metrics/a.yaml', text: 'a: 1\n' }],
      sections: [{ path: 'sections/01.md', text: 'text\n' }],
    });
  });

  it('leaves a previous: that names no report for validation to report', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { '2021/report.yaml': 'previous: ../2020\n', '2021/sections/01.md': 'text\n' });
    const sink = new Sink();
    const project = await readProject(join(root, '2021'), sink);
    expect(sink.diagnostics).toEqual([]);
    expect(project.previous).toEqual({ path: '../2020', dir: join(root, '2020'), manifest: undefined, metrics: [], sections: [] });
  });

  it('reads nothing for a previous: that is an absolute path, ~, a URL or a Windows path (validation reports it)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { '2020/report.yaml': 'title: x\n', '2020/metrics/a.yaml': 'a: 1\n' });
    for (const value of [join(root, '2020'), `file://${join(root, '2020')}`, '~/2020', '..\\2020']) {
      writeTree(root, { '2021/report.yaml': `previous: '${value}'\n`, '2021/sections/01.md': 'text\n' });
      const project = await readProject(join(root, '2021'), new Sink());
      expect(project.previous, value).toBeUndefined();
    }
  });

  it('does not read a previous report when asked not to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { '2021/report.yaml': 'previous: ../2020\n', '2021/sections/01.md': 'text\n' });
    const project = await readProject(join(root, '2021'), new Sink(), { previous: false });
    expect(project.previous).toBeUndefined();
  });
});

describe('readProject: section order', () => {
  it('puts 10-next.md after 2-problems.md, so the body reads 一、二、三', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { 'report.yaml': 'title: x\n', 'sections/1-summary.md': '## 总体情况\n', 'sections/2-problems.md': '## 存在问题\n', 'sections/10-next.md': '## 下一步打算\n' });
    const sink = new Sink();
    const project = await readProject(root, sink);
    expect(project.sections.map((s) => s.path)).toEqual(['sections/1-summary.md', 'sections/2-problems.md', 'sections/10-next.md']);
    expect(sink.diagnostics).toEqual([]);
  });

  it.each([
    ['03-a.md', '3-b.md'],
    ['03-a.md', '03-b.md'],
  ])('warns at the second of two sections numbered alike (%s, %s)', async (first, second) => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { 'report.yaml': 'title: x\n', 'sections/01-a.md': 'a\n', [`sections/${second}`]: 'b\n', [`sections/${first}`]: 'c\n' });
    const sink = new Sink();
    const project = await readProject(root, sink);
    expect(project.sections.map((s) => s.path)).toEqual(['sections/01-a.md', `sections/${first}`, `sections/${second}`]);
    expect(sink.diagnostics).toEqual([
      {
        severity: 'warning',
        file: `sections/${second}`,
        place: undefined,
        message: `section file "${second}" has the same number 3 as "${first}" (only their names order them: give each section file its own number)`,
        zh: `章节文件“${second}”与“${first}”编号相同（均为 3），二者只能按文件名排序（请给每个章节文件不同的编号）`,
        rule: 'section-order',
      },
    ]);
  });

  it('does not mind metric files that share a number: they have no order to keep', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { 'report.yaml': 'title: x\n', 'sections/01.md': 'a\n', 'metrics/1-a.yaml': 'a: 1\n', 'metrics/01-b.yaml': 'b: 1\n' });
    const sink = new Sink();
    await readProject(root, sink);
    expect(sink.diagnostics).toEqual([]);
  });

  it('keeps the order of every bundled example', async () => {
    const examples = readdirSync(join(ROOT, 'data'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const dir = join(ROOT, 'data', example.name);
      const project = await readProject(dir, new Sink(), { previous: false });
      const byCodePoint = readdirSync(join(dir, 'sections')).filter((n) => n.endsWith('.md')).sort();
      expect(project.sections.map((s) => s.path)).toEqual(byCodePoint.map((n) => `sections/${n}`));
    }
  });
});

describe('readProject: encodings', () => {
  it('reads a section saved as "Unicode" (UTF-16LE) by Notepad, heading and all, with a warning', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { 'report.yaml': 'title: x\n' });
    mkdirSync(join(root, 'sections'));
    writeFileSync(join(root, 'sections/01.md'), Buffer.from('\ufeff## 一、总体情况\r\n\r\n正文。\r\n', 'utf16le'));
    const sink = new Sink();
    const project = await readProject(root, sink);
    expect(project.sections).toEqual([{ path: 'sections/01.md', text: '## 一、总体情况\n\n正文。\n' }]);
    expect(sink.diagnostics).toEqual([
      {
        severity: 'warning',
        file: 'sections/01.md',
        place: undefined,
        message: 'file is not UTF-8 and was read as UTF-16LE, what Notepad and Word save as "Unicode" (save it as UTF-8)',
        zh: '文件不是 UTF-8 编码，已按 UTF-16LE 读取（即记事本、Word 另存为时的“Unicode”；请另存为 UTF-8 编码）',
        rule: 'encoding',
      },
    ]);
  });

  it('says when UTF-16 without a byte-order mark was told from its bytes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { 'report.yaml': 'title: x\n', 'sections/01.md': 'a\n' });
    writeFileSync(join(root, 'report.yaml'), Buffer.from('title: 某区2020年法治政府建设情况报告\n', 'utf16le'));
    const sink = new Sink();
    const project = await readProject(root, sink);
    expect(project.manifest?.text).toBe('title: 某区2020年法治政府建设情况报告\n');
    expect(sink.diagnostics.map((d) => [d.file, d.severity, d.rule, d.message])).toEqual([
      ['report.yaml', 'warning', 'encoding', 'file is not UTF-8 and was read as UTF-16LE, what Notepad and Word save as "Unicode" (told from its bytes, as it has no byte-order mark; save it as UTF-8)'],
    ]);
  });

  it('refuses a file that is not text, and says nothing more about it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    mkdirSync(join(root, 'sections'), { recursive: true });
    writeFileSync(join(root, 'report.yaml'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x00, 0x01]));
    writeFileSync(join(root, 'sections/01.md'), Buffer.from([0x23, 0x20, 0x80, 0xff, 0x0a]));
    const sink = new Sink();
    const project = await readProject(root, sink);
    expect(project.manifest).toBeUndefined();
    expect(project.sections).toEqual([]);
    // no missing-manifest, no no-sections: the files are there, and the error says what is wrong with them
    expect(sink.diagnostics.map((d) => [d.file, d.severity, d.rule, d.zh])).toEqual([
      // issue 9: told by its first bytes, %PDF-
      ['report.yaml', 'error', 'not-text', '该文件实为 PDF 文件，不是纯文本，未读取（请另存为 UTF-8 编码的纯文本）'],
      ['sections/01.md', 'error', 'not-text', '文件不是纯文本，未读取（按 UTF-8、UTF-16、UTF-32、GB18030 编码均无法读取；请另存为 UTF-8 编码的纯文本）'],
    ]);
  });
});

// issue 9: a section linked to /etc/passwd was read and published into the HTML
describe('readProject: files stay inside the report', () => {
  function reportWithLinks(): { dir: string; secret: string } {
    const root = mkdtempSync(join(tmpdir(), 'report-links-'));
    const dir = join(root, 'report');
    mkdirSync(join(dir, 'sections'), { recursive: true });
    mkdirSync(join(dir, 'metrics'), { recursive: true });
    writeFileSync(join(dir, 'report.yaml'), 'title: x\n');
    writeFileSync(join(dir, 'sections/01-a.md'), '正文\n');
    const secret = join(root, 'secret.txt');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(secret, join(dir, 'sections/02-leak.md'));
    symlinkSync(join(dir, 'sections/01-a.md'), join(dir, 'sections/03-same.md'));
    symlinkSync(root, join(dir, 'metrics/up'));
    writeFileSync(join(root, 'outside.yaml'), 'a: 1\n');
    symlinkSync(join(root, 'outside.yaml'), join(dir, 'metrics/linked.yaml'));
    return { dir, secret };
  }

  it('refuses a file that a link takes outside the report, at the file, and reads the rest', async () => {
    const { dir, secret } = reportWithLinks();
    const sink = new Sink();
    const project = await readProject(dir, sink);
    expect(sink.sorted().map((d) => [d.file, d.rule, d.severity])).toEqual([
      ['metrics/linked.yaml', 'outside-report', 'error'],
      ['sections/02-leak.md', 'outside-report', 'error'],
    ]);
    expect(sink.sorted()[1]!.message).toContain(realpathSync(secret));
    expect(project.sections.map((s) => s.path)).toEqual(['sections/01-a.md', 'sections/03-same.md']);
    expect(project.sections.map((s) => s.text).join('')).not.toContain('root:x:0');
    expect(project.metrics).toEqual([]);
  });

  describe('limits and empty files (issue 9)', () => {
    const rules = (sink: Sink) => sink.sorted().map((d) => `${d.file} ${d.severity} ${d.rule}`);

    it('refuses a file past the size limit by its size, without reading it', async () => {
      const root = mkdtempSync(join(tmpdir(), 'report-load-'));
      writeTree(root, { 'report.yaml': 'title: x\n', 'sections/01.md': 'text\n' });
      // a sparse file: 1 GiB on paper, nothing on disk; reading it would take the memory
      writeTree(root, { 'sections/02.md': '' });
      truncateSync(join(root, 'sections', '02.md'), 1024 ** 3);
      const sink = new Sink();
      const project = await readProject(root, sink);
      expect(rules(sink)).toEqual(['sections/02.md error file-too-large']);
      expect(sink.diagnostics[0]!.message).toContain('1024.0 MiB, more than the 256 KiB');
      expect(project.sections.map((s) => s.path)).toEqual(['sections/01.md']);
    });

    it('refuses files within their own limit but past the limit together, at the file past it, reading none', async () => {
      const root = mkdtempSync(join(tmpdir(), 'report-load-'));
      const big = `${'正'.repeat((LIMITS.fileBytes - 10) / 3)}\n`;
      writeTree(root, { 'report.yaml': 'title: x\n', 'metrics/a.yaml': 'a: 1\n' });
      const count = Math.ceil(LIMITS.reportBytes / Buffer.byteLength(big));
      for (let i = 1; i <= count; i++) writeTree(root, { [`sections/0${i}.md`]: big });
      const sink = new Sink();
      const project = await readProject(root, sink);
      expect(rules(sink)).toEqual([`sections/0${count}.md error file-too-large`]);
      expect(project.sections).toEqual([]);
      expect(project.metrics).toEqual([]);
    });

    it('refuses more section files than the limit, reading none', async () => {
      const root = mkdtempSync(join(tmpdir(), 'report-load-'));
      writeTree(root, { 'report.yaml': 'title: x\n', 'metrics/a.yaml': 'a: 1\n' });
      for (let i = 0; i <= LIMITS.sectionFiles; i++) writeTree(root, { [`sections/${String(i).padStart(3, '0')}.md`]: 'text\n' });
      const sink = new Sink();
      const project = await readProject(root, sink);
      expect(rules(sink)).toEqual(['sections/ error too-many-files']);
      expect(project.sections).toEqual([]);
      expect(project.metrics).toEqual([]);
    });

    it('refuses a named pipe under a text name instead of waiting on it forever', async () => {
      const root = mkdtempSync(join(tmpdir(), 'report-load-'));
      writeTree(root, { 'report.yaml': 'title: x\n', 'sections/01.md': 'text\n' });
      execFileSync('mkfifo', [join(root, 'sections', '02.md')]);
      const sink = new Sink();
      await readProject(root, sink);
      expect(rules(sink)).toEqual(['sections/02.md error not-text']);
    });

    it('warns at an empty section file, and once at report.yaml when every one is empty', async () => {
      const root = mkdtempSync(join(tmpdir(), 'report-load-'));
      writeTree(root, { 'report.yaml': 'title: x\n', 'sections/01.md': 'text\n', 'sections/02.md': ' \n\n\t\n', 'sections/03.md': '' });
      const sink = new Sink();
      await readProject(root, sink);
      expect(rules(sink)).toEqual(['sections/02.md warning empty-section', 'sections/03.md warning empty-section']);

      writeTree(root, { 'sections/01.md': '\ufeff\n' });
      const empty = new Sink();
      await readProject(root, empty);
      expect(rules(empty)).toEqual(['report.yaml warning empty-report']);
    });
  });
});
