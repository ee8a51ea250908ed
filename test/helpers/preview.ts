import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { BIN } from './run-cli.js';

/** `report preview` running in a child process, as a user starts it. */
export interface RunningPreview {
  child: ChildProcess;
  url: string;
  /** Everything it printed on stdout and stderr so far. */
  output: () => { stdout: string; stderr: string };
  /** Resolves with the exit code once it ended. */
  exited: Promise<number | null>;
  /** Resolves when stderr has a line matching `pattern` (from offset `from` on). */
  waitForLine: (pattern: RegExp, from?: number, timeoutMs?: number) => Promise<void>;
}

/** Starts `report preview <dir> ...args` and resolves once it printed its address. */
export function startPreviewCli(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<RunningPreview> {
  const child = spawn(process.execPath, [BIN, 'preview', dir, ...args], { env: { ...process.env, REPORT_LANG: 'en', GITHUB_ACTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  child.stdout!.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), changed()));
  child.stderr!.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), changed()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const waitFor = (test: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!test()) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no ${what} within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
      }, timeoutMs);
      listeners.add(check);
      void exited.then(() => {
        if (listeners.has(check)) reject(new Error(`report preview ended before ${what}\nstdout: ${stdout}\nstderr: ${stderr}`));
      });
      check();
    });
  return waitFor(() => /http:\/\/\S+\//.test(stdout), 'address', 30_000).then(() => ({
    child,
    url: /(http:\/\/[\w.:]+\/)/.exec(stdout)![1]!,
    output: () => ({ stdout, stderr }),
    exited,
    waitForLine: (pattern, from = 0, timeoutMs = 30_000) => waitFor(() => pattern.test(stderr.slice(from)), `line ${pattern}`, timeoutMs),
  }));
}

/**
 * Milliseconds until `test` holds in the page, polled from here (so a reload in between
 * does not lose the wait); throws past `timeoutMs`.
 */
export async function msUntil(page: Page, started: number, test: (arg: never) => boolean, arg: string | number | undefined, timeoutMs = 10_000): Promise<number> {
  for (;;) {
    const ok = await page.evaluate(test as (arg: unknown) => boolean, arg).catch(() => false);
    const ms = performance.now() - started;
    if (ok) return ms;
    if (ms > timeoutMs) throw new Error(`not seen within ${timeoutMs} ms: ${test.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
