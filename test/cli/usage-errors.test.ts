import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commanderErrorText } from '../../src/cli/commander-errors.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { writeFailure } from '../../src/cli/write-failure.js';
import { ROOT } from '../helpers/run-cli.js';
import { DirectoryNotEmptyError } from '../../src/write/new-tree.js';

/** Runs the program in this process, as bin/report.js does, with the output caught. */
async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env };
  const code = await main(['node', 'report', ...args], io);
  return { code, stdout, stderr };
}

/** `args` in English and in Chinese: exit 2 and one `report: …` line each. */
async function both(args: string[], env: NodeJS.ProcessEnv = {}): Promise<[string, string]> {
  const en = await run(args, { ...env, REPORT_LANG: 'en' });
  const zh = await run(args, { ...env, REPORT_LANG: 'zh' });
  expect(en.code, en.stderr).toBe(2);
  expect(zh.code, zh.stderr).toBe(2);
  return [en.stderr, zh.stderr];
}

const EXAMPLE = join(ROOT, 'data/wujin-2020');

describe('what commander rejects, in the house voice and both languages (exit 2)', () => {
  it('an unknown option, with the option it resembles or where the options are listed', async () => {
    expect(await both(['build', EXAMPLE, '--frmat', 'html'])).toEqual([
      'report: unknown option "--frmat" (did you mean "--format"?)\n',
      'report: 未知选项“--frmat”（是否应为“--format”？）\n',
    ]);
    expect(await both(['check', '--colour'])).toEqual([
      'report: unknown option "--colour" (report check --help lists the options)\n',
      'report: 未知选项“--colour”（可用选项见 report check --help）\n',
    ]);
  });

  it('an unknown command', async () => {
    expect(await both(['chek'])).toEqual(['report: unknown command "chek" (did you mean "check"?)\n', 'report: 未知命令“chek”（是否应为“check”？）\n']);
    expect(await both(['publish'])).toEqual(['report: unknown command "publish" (report --help lists the commands)\n', 'report: 未知命令“publish”（可用命令见 report --help）\n']);
  });

  it('a missing argument, a missing option value, a missing required option', async () => {
    expect(await both(['init', '--from', EXAMPLE])).toEqual([
      'report: missing required argument "dir" (report init --help shows the usage)\n',
      'report: 缺少必填参数“dir”（用法见 report init --help）\n',
    ]);
    expect(await both(['build', EXAMPLE, '--format'])).toEqual([
      'report: option "-f, --format <list>" needs a value (report build --help shows the usage)\n',
      'report: 选项“-f, --format <list>”后缺少取值（用法见 report build --help）\n',
    ]);
    expect(await both(['init', 'new-report'])).toEqual([
      'report: required option "--from <dir>" not given (report init --help shows the usage)\n',
      'report: 缺少必填选项“--from <dir>”（用法见 report init --help）\n',
    ]);
  });

  it('too many arguments (a path with a space, unquoted)', async () => {
    // (check and build take several reports: test/cli/batch-check.test.ts has their answer)
    expect(await both(['doctor', '2020年', '报告'])).toEqual([
      'report: too many arguments for report doctor (expected at most 1, got 2; put a path that has spaces in quotes)\n',
      'report: 参数过多：report doctor 最多接受 1 个参数，实际给了 2 个（路径中有空格时请用英文引号括起）\n',
    ]);
  });

  it('leaves a wording it does not know as commander wrote it', () => {
    expect(commanderErrorText("error: option '--a' cannot be used with option '--b'", 'report build')).toBeUndefined();
  });
});

describe('usage and environment errors (exit 2)', () => {
  it('an unknown output format, or none', async () => {
    expect(await both(['build', EXAMPLE, '--format', 'odt'])).toEqual(['report: unknown format "odt" (use html, pdf, docx, json)\n', 'report: 未知的输出格式“odt”（可选 html、pdf、docx 或 json）\n']);
    expect(await both(['build', EXAMPLE, '--format', ','])).toEqual(['report: --format needs at least one of html, pdf, docx, json\n', 'report: --format 至少要写 html、pdf、docx、json 中的一项\n']);
  });

  it('an unknown reporter', async () => {
    expect(await both(['check', EXAMPLE, '--reporter', 'xml'])).toEqual(['report: unknown reporter "xml" (use text, json, github, sarif)\n', 'report: 未知的问题清单输出形式“xml”（可选 text、json、github 或 sarif）\n']);
  });

  it('a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'report-epoch-')), 'dist');
    const [en, zh] = await both(['build', EXAMPLE, '--format', 'json', '--out', out], { SOURCE_DATE_EPOCH: '2021-01-25' });
    expect(en).toMatch(/^report: SOURCE_DATE_EPOCH must be whole seconds since 1970 \(got "2021-01-25"\)\n$/m);
    expect(zh).toMatch(/^report: 环境变量 SOURCE_DATE_EPOCH 应为自 1970 年起的整秒数（现为“2021-01-25”）\n$/m);
  });

  it('diff without two directories, with --rev and two, with an unknown format', async () => {
    expect(await both(['diff', EXAMPLE])).toEqual([
      'report: diff needs two report directories: <old> <new> (or --rev <revision> [dir])\n',
      'report: diff 需要两个报告目录：<旧> <新>（或 --rev <git 版本> [目录]）\n',
    ]);
    expect(await both(['diff', '--rev', 'HEAD', 'a', 'b'])).toEqual(['report: diff --rev takes one report directory (default .)\n', 'report: diff --rev 只接受一个报告目录（默认：当前目录）\n']);
    expect(await both(['diff', 'a', 'b', '--format', 'html'])).toEqual([
      'report: unknown diff format "html" (use text, markdown or json)\n',
      'report: 未知的比较结果格式“html”（可选 text、markdown 或 json）\n',
    ]);
  });

  it('diff --rev with a revision that names no commit, or outside a git checkout', async () => {
    const [en, zh] = await both(['diff', '--rev', 'no-such-rev', EXAMPLE]);
    expect(en).toBe(`report: failed to read "${EXAMPLE}" at revision "no-such-rev" ("no-such-rev" names no commit)\n`);
    expect(zh).toBe(`report: 无法读取“${EXAMPLE}”在 git 版本“no-such-rev”时的内容（“no-such-rev”不是该仓库中的提交、分支或标签）\n`);
    const outside = mkdtempSync(join(tmpdir(), 'report-nogit-'));
    const [, none] = await both(['diff', '--rev', 'HEAD', outside]);
    expect(none).toBe(`report: 无法读取“${outside}”在 git 版本“HEAD”时的内容（该目录不在 git 仓库中，--rev 只能用于 git 管理的报告）\n`);
  });

  it('an output directory that cannot be written, with the system\'s reason named in Chinese', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'report-out-')), 'a-file');
    writeFileSync(file, 'not a directory');
    const [en, zh] = await both(['build', EXAMPLE, '--format', 'json', '--out', join(file, 'dist')]);
    expect(en).toMatch(/report: failed to write to ".*a-file\/dist" \(ENOTDIR: not a directory, mkdir '.*'\)\n$/);
    expect(zh).toMatch(/report: 无法写入输出目录“.*a-file\/dist”（路径中的某一级是文件而不是目录）\n$/);
  });

  it('a report directory init cannot create', () => {
    const notEmpty = writeFailure('create', '/srv/2021', new DirectoryNotEmptyError('/srv/2021'));
    expect(notEmpty.text).toEqual({
      en: 'failed to create "/srv/2021" (it exists and is not empty; choose a new directory)',
      zh: '无法创建目录“/srv/2021”（该目录已存在且不为空，请另选一个新目录）',
    });
    const denied = Object.assign(new Error("EACCES: permission denied, mkdir '/srv/2021'"), { code: 'EACCES' });
    const wrapped = writeFailure('create', '/srv/2021', new Error(`failed to create "/srv/2021" (${denied.message})`, { cause: denied }));
    expect(wrapped.text).toEqual({
      en: 'failed to create "/srv/2021" (EACCES: permission denied, mkdir \'/srv/2021\')',
      zh: '无法创建目录“/srv/2021”（没有写入权限，请换一个目录或联系管理员）',
    });
  });
});
