import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserMain, groupProcesses, ownBrowser, renderers, startCli, waitUntil } from '../helpers/faults.js';
import { inspectPdf } from '../helpers/pdf.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'data')).filter((name) => existsSync(join(ROOT, 'data', name, 'report.yaml'))).sort();

/** Copies of the bundled examples under one root; `broken` gets an unknown metric. */
function province(broken?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'report-batch-'));
  for (const name of EXAMPLES) cpSync(join(ROOT, 'data', name), join(root, 'reports', name), { recursive: true, filter: (src) => !src.includes('/dist') });
  if (broken) {
    const file = join(root, 'reports', broken, 'sections/05-disputes.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{{行政复议.收到}}', '{{行政复议.收}}'));
  }
  return root;
}

describe('report build on many reports', () => {
  it('builds every bundled example in one run with one browser', async () => {
    const root = province();
    const browser = ownBrowser(root);
    const result = await runCli(['build', 'reports/*', '-o', 'out', '--browser', browser.path], { cwd: root });
    expect(result.code, result.stderr).toBe(0);
    expect(browser.launches()).toBe(1);
    expect(groupProcesses(browser.group())).toEqual([]);
    for (const name of EXAMPLES) {
      const dir = join(root, 'out/reports', name);
      expect(readdirSync(dir).sort()).toEqual([`${name}.html`, `${name}.metrics.json`, `${name}.pdf`]);
      const pdf = await inspectPdf(join(dir, `${name}.pdf`));
      // the table's page count is the PDF's
      expect(result.stderr).toMatch(new RegExp(`^reports/${name} +${pdf.pages.length} +\\d+ +0 +[\\d.]+ s$`, 'm'));
    }
    expect(result.stderr).toMatch(new RegExp(`^${EXAMPLES.length} reports, 0 failed, in [\\d.]+ s$`, 'm'));
  });

  it('a browser that crashes mid-batch fails the report it was printing; a new one prints the rest', async () => {
    const root = province();
    const browser = ownBrowser(root);
    const run = startCli(['build', 'reports/*', '-o', 'out', '--format', 'pdf', '--jobs', '1', '--browser', browser.path], { cwd: root });
    // the first report's page is the second renderer: it is printing; kill the browser under it
    expect(await waitUntil(() => renderers(browser.group()) >= 2, run.done)).toBe(true);
    const first = browser.group();
    process.kill(browserMain(first)!, 'SIGKILL');
    const result = await run.done;

    expect(result.code, result.stderr).toBe(2);
    const [crashed, ...rest] = EXAMPLES;
    expect(result.stderr).toMatch(new RegExp(`^reports/${crashed}: report: failed to print the PDF \\(the browser quit mid-print; nothing was written; run again\\)$`, 'm'));
    expect(existsSync(join(root, 'out/reports', crashed!))).toBe(false);
    expect(result.stderr).toMatch(/^the browser had quit or stopped answering on an earlier report: started it again/m);
    for (const name of rest) expect(existsSync(join(root, 'out/reports', name, `${name}.pdf`)), name).toBe(true);
    expect(result.stderr).toMatch(new RegExp(`^${EXAMPLES.length} reports, 1 failed, in`, 'm'));
    // two browsers in all, and neither left behind
    expect(browser.launches()).toBe(2);
    expect(browser.group()).not.toBe(first);
    expect(groupProcesses(first)).toEqual([]);
    expect(groupProcesses(browser.group())).toEqual([]);
  });

  it('a broken report fails alone: the others are built, it writes nothing, the exit code is 1', async () => {
    const root = province('wujin-2021');
    const result = await runCli(['build', '--all', '--format', 'html,json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^reports\/wujin-2021\/sections\/05-disputes\.md:\d+:\d+ error unknown metric "行政复议\.收"/m);
    expect(existsSync(join(root, 'reports/wujin-2021/dist'))).toBe(false);
    for (const name of EXAMPLES.filter((n) => n !== 'wujin-2021')) expect(existsSync(join(root, 'reports', name, 'dist', `${name}.html`))).toBe(true);
    expect(result.stderr).toMatch(new RegExp(`^${EXAMPLES.length} reports, 1 failed, in`, 'm'));
  });

  it('--shard i/n builds each report exactly once across the n shares', async () => {
    const root = province();
    for (let i = 1; i <= 3; i++) {
      const result = await runCli(['build', '--all', 'reports', '--shard', `${i}/3`, '--format', 'json', '-o', 'out'], { cwd: root });
      expect(result.code, result.stderr).toBe(0);
    }
    const built = readdirSync(join(root, 'out/reports')).sort();
    expect(built).toEqual(EXAMPLES);
    for (const name of built) expect(readdirSync(join(root, 'out/reports', name))).toEqual([`${name}.metrics.json`]);
  });
});
