#!/usr/bin/env node
// Benchmark: the rows of issue 10's table, each next to its peer, median wall time of
// fresh processes on this machine. Usage: npm run bench [-- --runs 9]. Prints figures;
// asserts nothing.
//   report --version              vs node -e 0 (the floor of any Node CLI)
//   report check, build html      vs node -e 0
//   report build --format pdf     vs Typst (typst-ts-node-compiler, a fresh process) typesetting
//                                    the same text on the same page with the same font files
//   report build (all formats)    vs chromium --print-to-pdf of the report's own HTML
//   Wujin ×10 text                vs Wujin ×1, full build (cost linear in length)
//   a batch of 20 reports, one run vs Typst's cold compile, per report; peak memory (PSS of
//                                    node and every Chromium process, summed)
//   report preview                 saves of a section: from the write to the new text in the open
//                                    portal page, and to the new PDF in the print view
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../dist/browser/find-browser.js';
import { runMeasured } from './peers/peak-memory.js';
import { typstSource } from './peers/typst-source.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 7;
const example = join(root, 'data/wujin-2020');
const bin = join(root, 'bin/report.js');
const out = mkdtempSync(join(tmpdir(), 'report-bench-'));

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median of `runs` timed calls after one untimed warm-up (disk cache). */
function measure(fn) {
  fn();
  return median(Array.from({ length: runs }, () => time(fn)));
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
}

const report = (...args) => () => run(process.execPath, [bin, ...args]);

function row(what, ours, peerName, peer) {
  const ms = (v) => `${(v / 1000).toFixed(2)} s`;
  console.log(`| ${what} | ${ms(ours)} | ${peerName} ${ms(peer)} | ${(ours / peer).toFixed(2)}× |`);
}

const browser = findBrowser();
if (!browser) {
  console.error('no browser found; install chromium-headless-shell');
  process.exit(2);
}
const version = execFileSync(browser.path, ['--version'], { encoding: 'utf8' }).trim();
console.log(`report benchmark: median of ${runs} runs each, ${cpus().length} cores, node ${process.version}, ${version} (${browser.path})\n`);
console.log('| what | report | peer | ratio |');
console.log('|---|---|---|---|');

const node = measure(() => run(process.execPath, ['-e', '0']));
row('`report --version`', measure(report('--version')), '`node -e 0`', node);
row('`report --help`', measure(report('--help')), '`node -e 0`', node);
row('`report check` (Wujin)', measure(report('check', example)), '`node -e 0`', node);
row('`report build --format html` (Wujin)', measure(report('build', example, '--format', 'html', '--out', out)), '`node -e 0`', node);

// the PDF alone, then Typst typesetting the same text (from the HTML just built) with the same fonts
const pdf = measure(report('build', example, '--format', 'pdf', '--out', out));
run(process.execPath, [bin, 'build', example, '--format', 'html', '--out', out]);
const fontFiles = ['AR PL SungtiL GB', 'WenQuanYi Micro Hei', 'AR PL KaitiM GB'].map((family) => execFileSync('fc-match', ['-f', '%{file}', family], { encoding: 'utf8' }));
const typ = join(out, 'peer.typ');
writeFileSync(typ, typstSource(join(out, 'wujin-2020.html'), { families: ['AR PL SungtiL GB', 'WenQuanYi Micro Hei', 'AR PL KaitiM GB'] }));
const typst = measure(() => run(process.execPath, [join(root, 'scripts/peers/typst-compile.js'), typ, join(out, 'peer.pdf'), ...fontFiles]));
row('`report build --format pdf` (Wujin)', pdf, 'Typst, same text', typst);

const full = measure(report('build', example, '--out', out));
const chromeArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--no-pdf-header-footer', `--print-to-pdf=${join(out, 'chromium.pdf')}`, `file://${join(out, 'wujin-2020.html')}`,
];
row('`report build` (all formats)', full, '`chromium --print-to-pdf`', measure(() => run(browser.path, chromeArgs)));

// ×10: every section's text ten times over
const tenfold = join(out, 'wujin-x10');
cpSync(example, tenfold, { recursive: true });
for (const name of readdirSync(join(tenfold, 'sections'))) {
  const path = join(tenfold, 'sections', name);
  writeFileSync(path, Array(10).fill(readFileSync(path, 'utf8')).join('\n\n'));
}
row('Wujin ×10 text, full build', measure(report('build', tenfold, '--out', join(out, 'x10'))), 'Wujin ×1', full);

// a district's batch: 20 reports built in one run, the bundled examples copied into
// folders of their own (wujin-2021 reads ../wujin-2020, so each folder has the set)
const examples = readdirSync(join(root, 'data')).filter((name) => !name.startsWith('.')).sort();
const batch = join(out, 'batch');
for (let i = 0; i < 20; i++) {
  const name = examples[i % examples.length];
  const folder = `district-${Math.floor(i / examples.length) + 1}`;
  cpSync(join(root, 'data', name), join(batch, folder, name), { recursive: true, filter: (src) => !src.includes('/dist') });
}
const batchRuns = [];
for (let i = 0; i < Math.max(1, Math.min(3, runs)); i++) batchRuns.push(await runMeasured(process.execPath, [bin, 'build', '--all', batch, '-o', join(out, 'batch-out')]));
const batchMs = median(batchRuns.map((r) => r.ms));
row('batch of 20 reports, one run, per report', batchMs / 20, 'Typst, same text', typst);
console.log(`\nbatch of 20: ${(batchMs / 1000).toFixed(2)} s in all, peak memory ${Math.max(...batchRuns.map((r) => r.peakMiB)).toFixed(0)} MiB (PSS, node and Chromium); one report alone: peak ${(await runMeasured(process.execPath, [bin, 'build', example, '--out', out])).peakMiB.toFixed(0)} MiB`);

// report preview: from the write of a section file to the new text in the open portal page,
// and to the print view's new PDF (both pages open in a browser driven by puppeteer), median of `runs` saves
{
  const { spawn } = await import('node:child_process');
  const { launchBrowser } = await import('../dist/browser/launch.js');
  const dir = join(out, 'preview', 'wujin-2020');
  cpSync(example, dir, { recursive: true, filter: (src) => !src.includes('/dist') });
  const section = join(dir, 'sections/01-leadership.md');
  const original = readFileSync(section, 'utf8');
  const anchor = '党政主要领导全面履行法治政府建设第一责任人职责';
  const child = spawn(process.execPath, [bin, 'preview', dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REPORT_LANG: 'en' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const until = async (test, what, ms = 30_000) => {
    const start = performance.now();
    while (!(await test())) {
      if (performance.now() - start > ms) throw new Error(`preview: no ${what} within ${ms} ms\n${stdout}${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return performance.now() - start;
  };
  await until(() => /print view rebuilt/.test(stderr), 'first print');
  const url = /(http:\/\/\S+?\/) /.exec(stdout)[1];
  const viewer = await launchBrowser(browser);
  const portal = await viewer.newPage();
  await portal.goto(url);
  const print = await viewer.newPage();
  await print.goto(`${url}print`);
  const has = (page, fn, arg) => () => page.evaluate(fn, arg).catch(() => false);
  await until(has(print, () => Number(document.body.dataset.pdfVersion ?? 0) > 0), 'print view');
  const portalMs = [];
  const printMs = [];
  for (let i = 0; i < Math.max(5, runs); i++) {
    const version = await print.evaluate(() => Number(document.body.dataset.pdfVersion));
    const marker = `预览计时第${i + 1}次修改`;
    const started = performance.now();
    writeFileSync(section, original.replace(anchor, `${marker}。${anchor}`));
    await until(has(portal, (text) => document.body.innerText.includes(text), marker), 'new text in the portal page', 10_000);
    portalMs.push(performance.now() - started);
    await until(has(print, (v) => Number(document.body.dataset.pdfVersion) > v, version), 'new PDF in the print view', 10_000);
    printMs.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await viewer.close();
  child.kill('SIGINT');
  const figures = (values) => `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
  console.log(`\n\`report preview\` (Wujin), ${portalMs.length} saves of a section, from the write to the new text on screen: portal page ${figures(portalMs)} (goal 300 ms); print view ${figures(printMs)} (goal 1500 ms)`);
}

rmSync(out, { recursive: true, force: true });
