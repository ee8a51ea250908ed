import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * Which faces a PDF build says it used, on a machine with Debian's open CJK faces and no
 * office fonts (this one and CI): every role falls back, and says so.
 */

/** A private copy of the example with `fonts:` appended to its report.yaml. */
function exampleWithFonts(fonts: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-fonts-')), 'wujin-2020');
  cpSync(join(ROOT, 'data/wujin-2020'), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
  const manifest = join(dir, 'report.yaml');
  writeFileSync(manifest, `${readFileSync(manifest, 'utf8').trimEnd()}\n${fonts}`);
  return dir;
}

/** The `fonts:` block the build prints after the diagnostics: role → line. */
function fontsBlock(stderr: string): Map<string, string> {
  const block = stderr.slice(stderr.indexOf('\nfonts:\n') + '\nfonts:\n'.length);
  const lines = block.split('\n').filter((line) => line.startsWith('  '));
  return new Map(lines.map((line) => [line.trim().split(' ')[0]!, line.trim()]));
}

describe('report build data/wujin-2020: the faces each role was drawn with', () => {
  let result: CliResult;

  beforeAll(async () => {
    result = await runCli(['build', 'data/wujin-2020', '--out', mkdtempSync(join(tmpdir(), 'report-fonts-out-'))]);
  });

  it('still builds, and counts the font warnings in the summary', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^0 errors, \d+ warnings$/m);
    expect(result.stderr).toMatch(/wrote .*wujin-2020\.pdf/);
  });

  it('prints a fonts: block after the diagnostics, one line per role', () => {
    const order = ['errors, ', '\nfonts:\n', '\nwrote '].map((s) => result.stderr.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)), result.stderr).toBe(true);
    const block = fontsBlock(result.stderr);
    expect([...block.keys()]).toEqual(['body', 'title', 'heading1', 'heading2', 'page-number']);
    expect(block.get('body')).toMatch(/^body \(仿宋\): AR PL SungtiL GB — fallback/);
    expect(block.get('title')).toBe('title (小标宋): AR PL SungtiL GB — fallback');
    expect(block.get('heading1')).toBe('heading1 (黑体): WenQuanYi Micro Hei — fallback');
    expect(block.get('heading2')).toBe('heading2 (楷体): AR PL KaitiM GB — fallback');
    expect(block.get('page-number')).toBe('page-number (宋体): AR PL SungtiL GB — fallback');
  });

  it('warns per role that fell back, on report.yaml (which has no fonts: to point at)', () => {
    for (const line of [
      'report.yaml warning body 仿宋 fell back to AR PL SungtiL GB (install 仿宋_GB2312 or FangSong, or set fonts.body) font-fallback',
      'report.yaml warning heading1 黑体 fell back to WenQuanYi Micro Hei (install 黑体 or SimHei, or set fonts.heading1) font-fallback',
      'report.yaml warning heading2 楷体 fell back to AR PL KaitiM GB (install 楷体_GB2312 or KaiTi, or set fonts.heading2) font-fallback',
    ]) {
      expect(result.stderr).toContain(line);
    }
    expect(result.stderr.match(/ font-fallback$/gm)).toHaveLength(5);
  });

  it('names the character the open 宋 face lacks: the en dash of 2015–2020', () => {
    expect(result.stderr).toMatch(/warning 2 glyphs of body \("–" U\+2013\) were drawn with .+, which is not in its font stack \(add a face that has them to fonts\.body, or use other characters\) font-missing-glyph$/m);
  });

  it('puts no fonts block on stderr with --reporter json, only the warnings in the JSON', async () => {
    const json = await runCli(['build', 'data/wujin-2020', '--reporter', 'json', '--out', mkdtempSync(join(tmpdir(), 'report-fonts-json-'))]);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).not.toMatch(/fonts:/);
    const report = JSON.parse(json.stdout) as { warnings: number; diagnostics: Array<{ rule: string }> };
    expect(report.diagnostics.filter((d) => d.rule === 'font-fallback')).toHaveLength(5);
  });

  it('gives no font report or warnings for an HTML-only build (no browser)', async () => {
    const html = await runCli(['build', 'data/wujin-2020', '--format', 'html', '--out', mkdtempSync(join(tmpdir(), 'report-fonts-html-'))]);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stderr).toMatch(/no problems/);
    expect(html.stderr).not.toMatch(/fonts:|font-/);
  });
});

describe('a report that names its own faces in fonts:', () => {
  it('uses the named face, counts it as intended, and places the remaining warning at its key', async () => {
    const dir = exampleWithFonts('fonts:\n  body: [AR PL KaitiM GB]\n');
    const result = await runCli(['build', '.'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(fontsBlock(result.stderr).get('body')).toMatch(/^body \(仿宋\): AR PL KaitiM GB — named in fonts\.body/);
    expect(result.stderr).not.toMatch(/body 仿宋 fell back/);
    expect(result.stderr).toMatch(/heading1 黑体 fell back to WenQuanYi Micro Hei/);
    // AR PL KaitiM GB has no en dash either; the warning points at fonts.body, where the fix goes
    const lines = readFileSync(join(dir, 'report.yaml'), 'utf8').split('\n');
    const bodyLine = lines.findIndex((line) => line.startsWith('  body:')) + 1;
    expect(result.stderr).toMatch(new RegExp(`^report\\.yaml:${bodyLine}:3 warning 2 glyphs of body .* font-missing-glyph$`, 'm'));
    // roles the report does not name point at fonts: itself
    expect(result.stderr).toMatch(new RegExp(`^report\\.yaml:${bodyLine - 1}:1 warning heading1 黑体 fell back`, 'm'));
  });

  it('builds with --strict when every role is a named face that has every character', async () => {
    // Which face draws the en dash that AR PL SungtiL GB lacks depends on the machine
    // (Liberation Serif here, DejaVu Sans on a bare Debian): ask a first build.
    const probe = await runCli(['build', '.', '--format', 'pdf'], { cwd: exampleWithFonts('') });
    const dash = /glyphs of body \("–" U\+2013\) were drawn with (.+?), which is not in its font stack/.exec(probe.stderr)?.[1];
    expect(dash, probe.stderr).toBeDefined();
    const dir = exampleWithFonts(
      [
        'fonts:',
        `  body: [AR PL SungtiL GB, ${dash}]`,
        '  title: [AR PL SungtiL GB]',
        '  heading1: [WenQuanYi Micro Hei]',
        '  heading2: [AR PL KaitiM GB]',
        '  page-number: [AR PL SungtiL GB]',
        '',
      ].join('\n'),
    );
    const result = await runCli(['build', '.', '--strict'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/no problems/);
    expect(fontsBlock(result.stderr).get('heading2')).toBe('heading2 (楷体): AR PL KaitiM GB — named in fonts.heading2');
  });

  it('prints **emphasis** in the 黑体 face, never as a synthetic bold (no Type 3, text intact)', async () => {
    const dir = exampleWithFonts('');
    const file = join(dir, 'sections/01-leadership.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('区政府常务会议每年听取', '**区政府常务会议**每年听取'));
    const out = join(dir, 'out');
    const result = await runCli(['build', '.', '--format', 'pdf', '--out', out], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/glyphs of body .* were drawn with WenQuanYi/);
    const fonts = execFileSync('pdffonts', [join(out, 'wujin-2020.pdf')], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Type 3/);
    const text = execFileSync('pdftotext', [join(out, 'wujin-2020.pdf'), '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    expect(text).toContain('区政府常务会议每年听取');
  });
});
