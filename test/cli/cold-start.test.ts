import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

interface BundleMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/**
 * The sources `report <args>` loads, as paths from the repository root (`/dist/cli/main.js`,
 * `/node_modules/zod/…`; node: builtins as they are): each bundle chunk it opens stands for
 * the sources scripts/bundle.js put in it (dist/bundle-meta.json).
 */
async function modulesOf(args: string[]): Promise<string[]> {
  const meta = JSON.parse(readFileSync(join(ROOT, 'dist/bundle-meta.json'), 'utf8')) as BundleMeta;
  const urls = await urlsOf(args);
  return urls.flatMap((url) => {
    const output = meta.outputs[url.replace(/^\//, '')];
    return output ? Object.keys(output.inputs).map((input) => `/${input}`) : [url];
  });
}

/** The module URLs `report <args>` loads, relative to the repository. */
function urlsOf(args: string[]): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'report-modules-')), 'modules.txt');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', join(ROOT, 'test/helpers/module-log.mjs'), BIN, ...args], { cwd: ROOT, env: { ...process.env, MODULE_LOG: log, REPORT_LANG: 'en' } }, (error) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve(readFileSync(log, 'utf8').trim().split('\n').map((url) => url.replace(`file://${ROOT}`, '')));
    });
  });
}

const pipeline = /node_modules\/(unified|micromark|zod|yaml|echarts|puppeteer|puppeteer-core|hast-util-to-html)\//;

describe('cold start: a command loads what it needs', () => {
  it('--version alone loads nothing past bin/report.js: it answers from package.json', async () => {
    for (const args of [['--version'], ['-V']]) expect(await urlsOf(args)).toEqual(['bin/report.js', 'node:fs']);
  });

  it('--help and a --version among other words load no pipeline: no Markdown, YAML, zod, chart or browser code', async () => {
    for (const args of [['--lang', 'zh', '--version'], ['--help'], ['help', 'build']]) {
      const loaded = await modulesOf(args);
      expect(loaded.some((url) => url.endsWith('dist/cli/main.js'))).toBe(true);
      expect(loaded.filter((url) => pipeline.test(url) || url.includes('/dist/render/') || url.includes('/dist/transform/'))).toEqual([]);
    }
  });

  it('report check loads neither ECharts nor the browser, though the example has charts', async () => {
    expect(readFileSync(join(ROOT, 'data/wujin-2020/sections/05-disputes.md'), 'utf8')).toContain('::chart');
    const loaded = await modulesOf(['check', 'data/wujin-2020']);
    expect(loaded.some((url) => url.includes('node_modules/micromark'))).toBe(true);
    expect(loaded.filter((url) => /echarts|puppeteer|\/dist\/render\/|\/dist\/browser\//.test(url))).toEqual([]);
  });

  it('an HTML build loads no DOCX writer; a DOCX build does', async () => {
    const docxWriter = /node_modules\/docx\/|\/dist\/docx\/docx\.js/;
    const out = mkdtempSync(join(tmpdir(), 'report-cold-'));
    const html = await modulesOf(['build', 'data/wujin-2020', '--format', 'html', '--out', out]);
    expect(html.some((url) => url.includes('/dist/render/html.js'))).toBe(true);
    expect(html.filter((url) => docxWriter.test(url))).toEqual([]);
    const docx = await modulesOf(['build', 'data/wujin-2020', '--format', 'docx', '--out', out]);
    expect(docx.filter((url) => docxWriter.test(url)).length).toBeGreaterThan(0);
  });
});
