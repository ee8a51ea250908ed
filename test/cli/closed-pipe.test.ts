import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

/** Runs `report <args> | <reader>` in bash with pipefail: report's own exit code and stderr count. */
function headOne(args: string, reader = 'head -1'): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" ${args} | ${reader}`;
    execFile('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, REPORT_LANG: 'en' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

// issue 9: `report help build | head -1` ended with an EPIPE stack trace and exit 1
describe('a reader that closes the pipe early', () => {
  it('ends report quietly with its own exit code, every time', async () => {
    for (let i = 0; i < 8; i++) {
      const result = await headOne('help build');
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('Usage: report build [options] [dirs...]\n');
      expect(result.code).toBe(0);
    }
  });

  it('--version (answered by bin/report.js alone) to a reader that reads nothing', async () => {
    for (const reader of ['head -c0', 'true']) {
      const result = await headOne('--version', reader);
      expect(result.stderr, reader).toBe('');
      expect(result.code, reader).toBe(0);
    }
  });
});
