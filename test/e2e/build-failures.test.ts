import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/report-copy.js';
import { runCli } from '../helpers/run-cli.js';

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/** Previous outputs a failed build must leave alone. */
function seedPreviousOutputs(dir: string): string {
  const out = join(dir, 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'wujin-2020.html'), 'previous html');
  writeFileSync(join(out, 'wujin-2020.pdf'), 'previous pdf');
  return out;
}

function expectPreviousOutputs(out: string): void {
  expect(readdirSync(out).sort()).toEqual(['wujin-2020.html', 'wujin-2020.pdf']);
  expect(readFileSync(join(out, 'wujin-2020.html'), 'utf8')).toBe('previous html');
  expect(readFileSync(join(out, 'wujin-2020.pdf'), 'utf8')).toBe('previous pdf');
}

describe('a broken copy of the example', () => {
  it('exits 1, lists every problem with its position and rule, and writes nothing', async () => {
    const dir = copyExample('wujin-2020');
    const out = seedPreviousOutputs(dir);
    edit(join(dir, 'report.yaml'), 'document-number: 武政发〔2021〕7号', 'document-number: 武政发[2021]07号');
    edit(join(dir, 'sections/05-disputes.md'), '{{行政复议.受理}}', '{{行政复议.受里}}');
    edit(join(dir, 'metrics/admin-review.yaml'), 'value: 3, unit: 件', 'value: 4, unit: 件');
    edit(join(dir, 'metrics/litigation.yaml'), '行政应诉:', '行政应诉: [');

    const result = await runCli(['build', '.'], { cwd: dir });

    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const problems = lines.slice(0, -1);
    expect(problems.every((l) => /^\S+:\d+:\d+ (error|warning) .+ [a-z-]+$/.test(l)), result.stderr).toBe(true);
    const rules = problems.map((l) => l.split(' ').at(-1));
    expect(rules).toEqual(expect.arrayContaining(['document-number-brackets', 'document-number-leading-zero', 'unknown-metric', 'check-failed', 'yaml-syntax']));
    const manifestLines = readFileSync(join(dir, 'report.yaml'), 'utf8').split('\n');
    const numberLine = manifestLines.findIndex((l) => l.startsWith('document-number:')) + 1;
    const numberColumn = manifestLines[numberLine - 1]!.indexOf('[') + 1; // at the bracket itself
    expect(result.stderr).toContain(`report.yaml:${numberLine}:${numberColumn} error document number "武政发[2021]07号" puts the year in square brackets`);
    expect(result.stderr).toMatch(/^sections\/05-disputes\.md:\d+:\d+ error unknown metric "行政复议\.受里" \(did you mean "行政复议\.受理"\?\) unknown-metric$/m);
    expect(result.stderr).toMatch(/check "收到等于受理加不予受理" .* failed \(left 行政复议\.收到 = 48, right 行政复议\.受理 \+ 行政复议\.不予受理 = 49\) check-failed/);
    expect(result.stderr).toMatch(/^metrics\/litigation\.yaml:\d+:\d+ error invalid YAML/m);
    expect(lines.at(-1)).toMatch(/^\d+ errors, \d+ warnings?$/);
    expectPreviousOutputs(out);
  });

  it('unknown metric points at the {{ of the reference', async () => {
    const dir = copyExample('wujin-2020');
    edit(join(dir, 'sections/05-disputes.md'), '全区共收到行政复议申请{{行政复议.收到}}件', '全区共收到行政复议申请{{行政复议.收}}件');
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    const text = readFileSync(join(dir, 'sections/05-disputes.md'), 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('{{行政复议.收}}'));
    const column = text[line]!.indexOf('{{行政复议.收}}') + 1;
    expect(result.stderr).toContain(`sections/05-disputes.md:${line + 1}:${column} error unknown metric "行政复议.收" (did you mean "行政复议.收到"?) unknown-metric`);
  });
});

describe('unfilled metrics (value null)', () => {
  it('check lists each at its position, and build refuses (exit 1, nothing written)', async () => {
    const dir = copyExample('wujin-2020');
    const out = seedPreviousOutputs(dir);
    edit(join(dir, 'metrics/admin-review.yaml'), '收到: { value: 48,', '收到: { value: null,');
    edit(join(dir, 'metrics/supervision.yaml'), '行政处罚公示率: 94%', '行政处罚公示率: null   # 2019: 92%');
    const check = await runCli(['check', '.'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stderr.split('\n')).toEqual([
      'metrics/admin-review.yaml:3:16 error metric "行政复议.收到" is not filled in metric-unfilled',
      'metrics/supervision.yaml:10:12 error metric "监管.行政处罚公示率" is not filled in metric-unfilled',
      '2 errors, 0 warnings',
      '',
    ]);
    const build = await runCli(['build', '.', '--format', 'html'], { cwd: dir });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('2 errors, 0 warnings');
    expectPreviousOutputs(out);
  });
});

describe('hostile Markdown', () => {
  it('keeps script, event handlers and javascript: links out of the HTML', async () => {
    const dir = copyExample('wujin-2020');
    writeFileSync(
      join(dir, 'sections/08-xss.md'),
      [
        '<script>alert("x")</script>',
        '',
        '段落<img src=x onerror="alert(1)">文字',
        '',
        '[点击](javascript:alert(1)) 和 [再点](JaVaScRiPt:alert(2)) 和 <a href="javascript:alert(3)">链接</a>',
        '',
        '![图](http://198.51.100.7/track.png)',
        '',
        '<iframe src="http://198.51.100.7/"></iframe><svg onload="alert(4)"></svg>',
        '',
      ].join('\n'),
    );
    const result = await runCli(['build', '.', '--format', 'html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/raw-html/);
    expect(result.stderr).toMatch(/unsafe-link/);
    expect(result.stderr).toMatch(/unsupported-image/);
    const page = readFileSync(join(dir, 'dist/wujin-2020.html'), 'utf8');
    // the example's own chart is the one svg allowed, inside its figure
    const html = page.replace(/<figure class="metric-chart"><svg [^>]*>[\s\S]*?<\/svg>/g, '');
    expect(page.length - html.length).toBeGreaterThan(1000);
    expect(html).not.toMatch(/<script|onerror|onload|javascript:|<iframe|<svg|<img|198\.51\.100\.7/i);
    expect(html).toContain('段落');
    expect(html).toContain('点击');

    const strict = await runCli(['build', '.', '--format', 'html', '--strict', '--out', join(dir, 'strict')], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, 'strict'))).toBe(false);
  });
});

describe('outputs', () => {
  it('are byte-identical across two builds of the same input (SOURCE_DATE_EPOCH)', async () => {
    const a = mkdtempSync(join(tmpdir(), 'report-a-'));
    const b = mkdtempSync(join(tmpdir(), 'report-b-'));
    const env = { SOURCE_DATE_EPOCH: '1611532800' };
    const [ra, rb] = [await runCli(['build', 'data/wujin-2020', '--out', a], { env }), await runCli(['build', 'data/wujin-2020', '--out', b], { env })];
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    for (const name of ['wujin-2020.html', 'wujin-2020.pdf', 'wujin-2020.metrics.json']) {
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
    }
  });

  it('are left as they were when the PDF fails (all or nothing, exit 2)', async () => {
    const dir = copyExample('wujin-2020');
    const out = seedPreviousOutputs(dir);
    const result = await runCli(['build', '.', '--browser', '/bin/false'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/failed to start browser "\/bin\/false"/);
    expectPreviousOutputs(out);
  });

  it('without any browser, exit 2 and say how to get one', async () => {
    const dir = copyExample('wujin-2020');
    const result = await runCli(['build', '.'], { cwd: dir, env: { PATH: '/nonexistent', REPORT_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '', PUPPETEER_CACHE_DIR: '/nonexistent' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no Chromium found/);
    expect(result.stderr).toMatch(/apt-get install chromium-headless-shell/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('writes only the metrics JSON with --format json, without a browser', async () => {
    const dir = copyExample('wujin-2020');
    const result = await runCli(['build', '.', '--format', 'json'], { cwd: dir, env: { PATH: '/nonexistent', REPORT_BROWSER: '', PUPPETEER_EXECUTABLE_PATH: '', PUPPETEER_CACHE_DIR: '/nonexistent' } });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'dist'))).toEqual(['wujin-2020.metrics.json']);
    const json = JSON.parse(readFileSync(join(dir, 'dist/wujin-2020.metrics.json'), 'utf8'));
    expect(json.metrics.length).toBeGreaterThan(60);
  });

  it('rejects an unknown format or flag as a usage error (exit 2)', async () => {
    expect((await runCli(['build', 'data/wujin-2020', '--format', 'odt'])).code).toBe(2);
    expect((await runCli(['build', 'data/wujin-2020', '--frmat', 'html'])).code).toBe(2);
  });
});

describe('help', () => {
  it('documents every command, flag and exit code', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/build \[options\] \[dirs\.\.\.\]/);
    expect(top.stdout).toMatch(/check \[options\] \[dirs\.\.\.\]/);
    expect(top.stdout).toMatch(/init \[options\] <dir>/);
    expect(top.stdout).toMatch(/diff \[options\] \[dirs\.\.\.\]/);
    expect(top.stdout).toMatch(/Exit codes: 0 success, 1 the input has errors/);
    const build = await runCli(['build', '--help']);
    for (const flag of ['--out', '--format', '--strict', '--browser', '--reporter', 'SOURCE_DATE_EPOCH']) expect(build.stdout).toContain(flag);
    const check = await runCli(['check', '--help']);
    for (const flag of ['--strict', '--reporter', '--quiet', '--all', '--shard']) expect(check.stdout).toContain(flag);
    const init = await runCli(['init', '--help']);
    expect(init.stdout).toContain('--from');
    const diff = await runCli(['diff', '--help']);
    for (const flag of ['--rev', '--format', 'text, markdown or json']) expect(diff.stdout).toContain(flag);
  });
});
