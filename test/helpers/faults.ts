import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { findBrowser, puppeteerCacheDir } from '../../src/browser/find-browser.js';
import { cachedBrowsers } from '../../src/browser/puppeteer-cache.js';
import { inspectPdf } from './pdf.js';
import { copyExample } from './report-copy.js';
import { BIN, ROOT, runCli } from './run-cli.js';

/** What a finished CLI run left: its exit code (or the signal that killed it) and its output. */
export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A CLI run in progress: the child, its output so far, and its end. */
export interface Running {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<Finished>;
}

/** Starts the real CLI (bin/report.js) as a user would, without waiting for it. */
export function startCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, REPORT_LANG: 'en', ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, stderr: () => stderr, done };
}

/**
 * A browser of this test's own: a script named like the real one (so puppeteer drives it
 * the same way) that records its pid (and counts its starts) and execs the real browser. Puppeteer starts it as
 * the leader of a new process group, so every Chromium process of this test, and no
 * other engineer's, has that pid as its group.
 */
export function ownBrowser(dir: string): { path: string; group: () => number | undefined; launches: () => number } {
  const real = findBrowser({ env: process.env, cached: () => cachedBrowsers(puppeteerCacheDir(process.env)) });
  if (!real) throw new Error('these tests need a Chromium (see report doctor)');
  const bin = join(dir, 'browser-bin');
  mkdirSync(bin, { recursive: true });
  const path = join(bin, basename(real.path));
  const pidFile = join(dir, 'browser.pid');
  const launchLog = join(dir, 'browser.launches');
  writeFileSync(path, `#!/bin/sh\necho $$ > '${pidFile}'\necho $$ >> '${launchLog}'\nexec '${real.path}' "$@"\n`);
  chmodSync(path, 0o755);
  const group = () => {
    try {
      return Number(readFileSync(pidFile, 'utf8').trim()) || undefined;
    } catch {
      return undefined;
    }
  };
  const launches = () => (existsSync(launchLog) ? readFileSync(launchLog, 'utf8').trim().split('\n').length : 0);
  return { path, group, launches };
}

/** The live processes (zombies aside) of a process group, with their command lines. */
export function groupProcesses(group: number | undefined): Array<{ pid: number; cmdline: string }> {
  if (group === undefined) return [];
  const found: Array<{ pid: number; cmdline: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== group || state === 'Z') continue;
      found.push({ pid: Number(entry), cmdline: readFileSync(`/proc/${entry}/cmdline`, 'latin1').replace(/\0/g, ' ') });
    } catch {
      // it ended while we looked
    }
  }
  return found;
}

/** The browser's own process (not a helper, not a shell wrapper such as Debian's): the one to kill for a crash. */
export function browserMain(group: number | undefined): number | undefined {
  return groupProcesses(group).find((p) => !p.cmdline.includes('--type=') && !/^(\/bin\/)?sh /.test(p.cmdline))?.pid;
}

/** Chromium renderers in the group: the second one is the report's page, so printing has begun. */
export function renderers(group: number | undefined): number {
  return groupProcesses(group).filter((p) => p.cmdline.includes('--type=renderer')).length;
}

/** Polls until `ready` holds (true) or `gone` resolves first (false), within `ms`. */
export async function waitUntil(ready: () => boolean, gone: Promise<unknown>, ms = 45_000): Promise<boolean> {
  let ended = false;
  void gone.then(() => (ended = true));
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (ready()) return true;
    if (ended) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`waitUntil: not ready within ${ms} ms`);
}

/** No process of the group is left, allowing the kernel a moment to finish off killed ones. */
export async function expectNoBrowserLeft(group: number | undefined): Promise<void> {
  const until = Date.now() + 5000;
  while (groupProcesses(group).length > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(groupProcesses(group), 'Chromium processes left running').toEqual([]);
}

/** The files of a directory and their bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

/** The directory holds exactly the snapshot's files (no temp file, no lock), byte for byte. */
export function expectSnapshot(dir: string, before: Map<string, Buffer>): void {
  expect(readdirSync(dir).sort()).toEqual([...before.keys()]);
  for (const [name, bytes] of before) expect(readFileSync(join(dir, name)).equals(bytes), `${name} changed`).toBe(true);
}

/**
 * The run failed the way a user should see it: this exit code, exactly one `report: `
 * line and it says `reason`, and no stack trace anywhere.
 */
export function expectOneLineFailure(run: Finished, code: number, reason: RegExp): void {
  const all = `${run.stdout}${run.stderr}`;
  expect(run.code, all).toBe(code);
  expect(all).not.toContain('    at ');
  const lines = run.stderr.split('\n').filter((line) => line.startsWith('report: '));
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(reason);
}

/** A fresh directory for one test. */
export function scratch(name: string): string {
  return mkdtempSync(join(tmpdir(), `report-faults-${name}-`));
}

/**
 * Outputs of an earlier good build, made once per file from the example with one
 * sentence changed (so a later build's outputs differ from them), copied into `out`.
 */
export function seed(previous: string, out: string): Map<string, Buffer> {
  mkdirSync(out, { recursive: true });
  cpSync(previous, out, { recursive: true });
  return snapshot(out);
}

/** `unshare -rm` (a user and mount namespace) works here: the disk tests can mount a tmpfs or a read-only bind. */
export const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;

/** A copy of the example whose first subheading ends in `marker`: its HTML and PDF say which build made them. */
export function variant(marker: string): string {
  const dir = copyExample('wujin-2020');
  const path = join(dir, 'sections/01-leadership.md');
  const text = readFileSync(path, 'utf8');
  if (!text.includes('强化组织领导')) throw new Error('variant: the example changed');
  writeFileSync(path, text.replace('强化组织领导', `强化组织领导${marker}`));
  return dir;
}

/** Builds a report (all formats) into `out` with fixed PDF dates, and checks it worked. */
export async function goodBuild(dir: string, out: string, extra: string[] = []): Promise<void> {
  const run = await runCli(['build', dir, '--out', out, ...extra], { env: { SOURCE_DATE_EPOCH: '1611532800' } });
  expect(run.code, run.stderr).toBe(0);
}

/**
 * What every fault test starts from: the previous outputs of a good build (marked 前次),
 * to seed an output directory with and check they survive, and an unmarked report to build.
 */
export async function faultScene(extra: string[] = []): Promise<{ previous: string; report: string }> {
  const previous = join(scratch('previous'), 'dist');
  await goodBuild(variant('前次'), previous, extra);
  return { previous, report: variant('') };
}

/** Which build made the HTML and which the PDF: a variant's marker, or `none` for the unmarked one. */
export async function makers(out: string): Promise<{ html: string; pdf: string }> {
  const marker = (text: string) => /强化组织领导(甲|乙|前次)/.exec(text)?.[1] ?? (text.includes('强化组织领导') ? 'none' : 'missing');
  const pdf = await inspectPdf(join(out, 'wujin-2020.pdf'));
  return { html: marker(readFileSync(join(out, 'wujin-2020.html'), 'utf8')), pdf: marker(pdf.pages.map((p) => p.text).join('')) };
}
