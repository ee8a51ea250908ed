import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/report.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI (bin/report.js → dist/) as a user would, in a child process. English
 * unless the test asks otherwise (REPORT_LANG: '' lets the locale decide), so a machine
 * whose locale is Chinese gets the same goldens; and not as GitHub Actions, whose runner
 * would switch the reporter to annotations (GITHUB_ACTIONS: 'true' asks for that).
 */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, REPORT_LANG: 'en', GITHUB_ACTIONS: '', ...options.env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
