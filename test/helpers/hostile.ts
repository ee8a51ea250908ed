import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { copyExample } from './report-copy.js';
import { runCli, type CliResult } from './run-cli.js';

/** What a hostile case did: the CLI's answer, how long it took, and the report it ran on. */
export interface HostileRun extends CliResult {
  dir: string;
  seconds: number;
}

/**
 * Builds (HTML and JSON: the PDF adds only the browser) a copy of wujin-2020 with the
 * files given written over it, as a pull request could.
 */
export async function buildHostile(files: Record<string, string | Uint8Array>): Promise<HostileRun> {
  const dir = copyExample('wujin-2020');
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  const started = performance.now();
  const result = await runCli(['build', dir, '-f', 'html,json']);
  return { ...result, dir, seconds: (performance.now() - started) / 1000 };
}

/** The error lines of a run's output: `file:line:column rule`. */
export function errorsOf(run: CliResult): string[] {
  return run.stderr
    .split('\n')
    .filter((line) => / error /.test(line))
    .map((line) => `${line.slice(line.indexOf('wujin-2020/') + 'wujin-2020/'.length, line.indexOf(' '))} ${line.slice(line.lastIndexOf(' ') + 1)}`);
}

/** The common answer to hostile input: exit 1, these errors and no other, nothing written, no stack trace. */
export function expectRefused(run: HostileRun, errors: string[]): void {
  expect(run.code, run.stderr).toBe(1);
  expect(errorsOf(run)).toEqual(errors);
  expect(existsSync(join(run.dir, 'dist'))).toBe(false);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toContain('Maximum call stack');
}
