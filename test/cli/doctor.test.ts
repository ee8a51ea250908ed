import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFcList } from '../../src/cli/doctor.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ROLES = [/^  body \(仿宋\): .+ — /m, /^  title \(小标宋\): .+ — /m, /^  heading1 \(黑体\): .+ — /m, /^  heading2 \(楷体\): .+ — /m, /^  page-number \(宋体\): .+ — /m];

/** A directory holding only the example's report.yaml plus `extra` (doctor needs no sections). */
function manifestDir(extra: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-doctor-'));
  copyFileSync(join(ROOT, 'data/wujin-2020/report.yaml'), join(dir, 'report.yaml'));
  writeFileSync(join(dir, 'report.yaml'), `${readFileSync(join(dir, 'report.yaml'), 'utf8').trimEnd()}\n${extra}`);
  return dir;
}

describe('report doctor', () => {
  it('shows the browser and its version, the face of each of the five roles, and the Type 3 risk; exit 0', async () => {
    const result = await runCli(['doctor']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^browser: \/\S+ \((found on PATH or where it installs itself|--browser|REPORT_BROWSER or PUPPETEER_EXECUTABLE_PATH|puppeteer's cache)\)$/m);
    expect(result.stdout).toMatch(/^version: .*Chrom/m);
    expect(result.stdout).toMatch(/^fonts \(built-in stacks\):$/m);
    for (const role of ROLES) expect(result.stdout).toMatch(role);
    // this machine has no office fonts: the same fallbacks a build reports
    expect(result.stdout).toContain('  heading1 (黑体): WenQuanYi Micro Hei — fallback');
    expect(result.stdout).toContain('  body 仿宋 fell back to AR PL SungtiL GB (install 仿宋_GB2312 or FangSong, or set fonts.body) font-fallback');
    expect(result.stdout).toMatch(/^Type 3 risk: /m);
  });

  it('uses a report\'s fonts: when given its directory', async () => {
    const result = await runCli(['doctor', manifestDir('fonts:\n  body: [AR PL KaitiM GB]\n')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^fonts \(report\.yaml fonts: of .+, then the built-in stacks\):$/m);
    expect(result.stdout).toContain('  body (仿宋): AR PL KaitiM GB — named in fonts.body');
    expect(result.stdout).not.toContain('body 仿宋 fell back');
  });

  it('exits 1 with the diagnostics when the report.yaml it is given has errors', async () => {
    const result = await runCli(['doctor', manifestDir('fonts:\n  bodyy: [AR PL KaitiM GB]\n')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/report\.yaml:\d+:\d+ error .*"bodyy".* unknown-key/);
  });

  it('without any browser, exits 2 and says how to get one', async () => {
    const result = await runCli(['doctor'], { env: { PATH: '/nonexistent', REPORT_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '', PUPPETEER_CACHE_DIR: '/nonexistent' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no Chromium found/);
    expect(result.stderr).toMatch(/apt-get install chromium-headless-shell/);
  });

  it('exits 2 when the browser does not start', async () => {
    const result = await runCli(['doctor', '--browser', '/bin/false']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^browser: \/bin\/false \(--browser\)$/m);
    expect(result.stderr).toMatch(/failed to start browser "\/bin\/false"/);
  });

  it('is documented in --help', async () => {
    const top = await runCli(['--help']);
    expect(top.stdout).toMatch(/doctor \[options\] \[dir\]/);
    const doctor = await runCli(['doctor', '--help']);
    expect(doctor.code).toBe(0);
    for (const text of ['[dir]', '--browser', 'Exit codes: 0 a browser works', 'Type 3', 'REPORT_BROWSER']) expect(doctor.stdout).toContain(text);
  });
});

describe('parseFcList', () => {
  it('maps every name of a face, lower-cased, to its outline formats', () => {
    const formats = parseFcList(['AR PL KaitiM GB,文鼎ＰＬ简中楷|TrueType', 'Noto Serif CJK SC,Noto Serif CJK SC Bold|CFF', 'Noto Serif CJK SC|CFF', 'garbage', ''].join('\n'));
    expect(formats.get('ar pl kaitim gb')).toEqual(new Set(['TrueType']));
    expect(formats.get('文鼎ｐｌ简中楷')).toEqual(new Set(['TrueType']));
    expect(formats.get('noto serif cjk sc')).toEqual(new Set(['CFF']));
    expect(formats.has('garbage')).toBe(false);
  });
});
