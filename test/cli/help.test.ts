import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/display-width.js';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const GOLDEN = join(ROOT, 'test/fixtures/cli');
const COMMANDS = ['build', 'check', 'doctor', 'init', 'diff', 'preview'];
const HAN = /[\u4e00-\u9fff]/;

describe('report --help', () => {
  it.each([
    ['en', {}],
    ['zh', { REPORT_LANG: 'zh' }],
  ] as const)('of the program and of build, in %s (goldens)', async (lang, env) => {
    const top = await runCli(['--help'], { env });
    expect(top.code, top.stderr).toBe(0);
    expectGolden(top.stdout, join(GOLDEN, `help.${lang}.txt`));
    const build = await runCli(['build', '--help'], { env });
    expect(build.code, build.stderr).toBe(0);
    expectGolden(build.stdout, join(GOLDEN, `help-build.${lang}.txt`));
  });

  it('is Chinese throughout for every command, commander\'s own words included, and fits 80 columns', async () => {
    const runs = [[], ...COMMANDS.map((c) => [c])].map(async (args) => ({ args, ...(await runCli([...args, '--help'], { env: { REPORT_LANG: 'zh' } })) }));
    for (const { args, stdout, code } of await Promise.all(runs)) {
      expect(code).toBe(0);
      expect(stdout).toMatch(/^用法：report /);
      expect(stdout).toContain('选项：');
      expect(stdout).toContain('-h, --help');
      for (const english of ['Usage:', 'Options:', 'Arguments:', 'Commands:', 'Global Options:', 'display help', 'output the version', '(default:', 'Example', 'Exit codes', 'Environment']) {
        expect(stdout, `${args.join(' ')}: "${english}"`).not.toContain(english);
      }
      // every description is Chinese: a line with words after the flags has a Chinese character
      for (const line of stdout.split('\n')) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(80);
        const description = line.match(/^ {2}\S.*? {2,}(\S.*)$/)?.[1];
        if (description) expect(description, line).toMatch(HAN);
      }
    }
  });

  it('lists --lang under every command, so the clerk learns it works after the command name', async () => {
    const en = await runCli(['check', '--help']);
    expect(en.stdout).toMatch(/^Global Options:\n(.*\n)*  --lang <lang> +interface language: zh or en/m);
    const zh = await runCli(['check', '--help'], { env: { REPORT_LANG: 'zh' } });
    expect(zh.stdout).toMatch(/^全局选项（可写在命令名前后）：\n(.*\n)*  --lang <lang> +界面语言：zh（中文）或 en（英文）/m);
  });

  it('is in Chinese through `report help <command>` too', async () => {
    const help = await runCli(['help', 'doctor'], { env: { REPORT_LANG: 'zh' } });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法：report doctor \[options\] \[dir\]/);
    expect(help.stdout).toContain('退出码：0 浏览器可用');
  });
});

describe('the interface language', () => {
  const CHINESE_LOCALE = { REPORT_LANG: '', LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

  it('is Chinese under a Chinese locale when REPORT_LANG is unset', async () => {
    const result = await runCli(['check', 'data/wujin-2020'], { env: CHINESE_LOCALE });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('未发现问题\n');
    expect((await runCli(['--help'], { env: CHINESE_LOCALE })).stdout).toMatch(/^用法：/);
  });

  it('is English with --lang en, before or after the command name, under a Chinese locale', async () => {
    const runs = [['--lang', 'en', 'check', 'data/wujin-2020'], ['check', 'data/wujin-2020', '--lang', 'en'], ['check', '--lang=en', 'data/wujin-2020']].map(async (args) => ({ args, result: await runCli(args, { env: CHINESE_LOCALE }) }));
    for (const { args, result } of await Promise.all(runs)) {
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stderr, args.join(' ')).toBe('no problems\n');
    }
  });

  it('is Chinese with --lang zh before or after the command name', async () => {
    const runs = [['--lang', 'zh', 'check', 'data/wujin-2020'], ['check', 'data/wujin-2020', '--lang', 'zh'], ['check', '--lang', 'zh', 'data/wujin-2020']].map(async (args) => ({ args, result: await runCli(args) }));
    for (const { args, result } of await Promise.all(runs)) {
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stderr, args.join(' ')).toBe('未发现问题\n');
    }
  });

  it('refuses an unknown language with exit 2, saying so in both languages, and where it came from', async () => {
    const flag = await runCli(['check', 'data/wujin-2020', '--lang', 'fr']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('report: unknown language "fr" in --lang (use zh or en)\nreport: --lang 指定的界面语言“fr”无法识别（请用 zh 或 en）\n');
    const env = await runCli(['check', 'data/wujin-2020'], { env: { REPORT_LANG: 'klingon' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe('report: unknown language "klingon" in REPORT_LANG (use zh or en)\nreport: REPORT_LANG 指定的界面语言“klingon”无法识别（请用 zh 或 en）\n');
  });
});
