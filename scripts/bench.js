#!/usr/bin/env node
// Benchmark: median wall time of `report build` on the bundled example, HTML only and
// HTML+PDF, next to Chromium's own `--print-to-pdf` of the produced HTML on this machine.
// Usage: npm run bench [-- --runs 9]. Prints figures; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../dist/browser/find-browser.js';

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

function measure(label, fn) {
  fn(); // warm the disk cache; not counted
  const samples = Array.from({ length: runs }, () => time(fn));
  const row = { label, median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
  console.log(`${label.padEnd(44)} median ${row.median.toFixed(0).padStart(5)} ms   min ${row.min.toFixed(0).padStart(5)}   max ${row.max.toFixed(0).padStart(5)}`);
  return row;
}

function report(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`report ${args.join(' ')} failed:\n${result.stderr}`);
}

const browser = findBrowser();
if (!browser) {
  console.error('no browser found; install chromium-headless-shell');
  process.exit(2);
}
const version = execFileSync(browser.path, ['--version'], { encoding: 'utf8' }).trim();
console.log(`report benchmark: ${runs} runs each, ${cpus().length} cores, node ${process.version}, ${version} (${browser.path})`);

measure('report check (validate only)', () => report('check', example));
measure('report build --format html', () => report('build', example, '--format', 'html', '--out', out));
measure('report build --format html,pdf', () => report('build', example, '--out', out));

const html = join(out, 'wujin-2020.html');
const chromeArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--no-pdf-header-footer', `--print-to-pdf=${join(out, 'chromium.pdf')}`, `file://${html}`,
];
measure(`chromium --print-to-pdf of the HTML`, () => {
  const result = spawnSync(browser.path, chromeArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
});

rmSync(out, { recursive: true, force: true });
