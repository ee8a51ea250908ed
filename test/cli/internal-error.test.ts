import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { describeInternalError } from '../../src/cli/internal-error.js';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/run-cli.js';

describe('describeInternalError', () => {
  const error = new Error('failed to read the fonts Chromium used (Target closed)\n    at Page.evaluate (x.js:1:1)', { cause: new Error('socket hang up') });

  it('says the reason in one line and what to do, without a stack', () => {
    const out = describeInternalError(error, 'en', {});
    expect(out).toBe(
      'report: failed to read the fonts Chromium used (Target closed)\n' +
        'report: this is a fault of the tool or the machine, not of the report; run again with REPORT_DEBUG=1 for the details, and report it if it happens again\n',
    );
    expect(describeInternalError(error, 'zh', {})).toMatch(/^report: 运行出错（failed to read the fonts Chromium used \(Target closed\)）\nreport: 这是本工具或运行环境的故障/);
  });

  it('adds the stack and its causes under REPORT_DEBUG', () => {
    const out = describeInternalError(error, 'en', { REPORT_DEBUG: '1' });
    expect(out).toMatch(/^\s+at /m);
    expect(out).toContain('caused by:\nError: socket hang up');
  });

  it('takes what is thrown even when it is not an Error', () => {
    expect(describeInternalError('boom', 'en', {})).toMatch(/^report: boom\n/);
  });
});

describe('main on a failure of its own', () => {
  it('prints one line and the hint, exit 2', async () => {
    let stderr = '';
    const code = await main(['node', 'report', 'help'], {
      stdout: () => {
        throw new TypeError('Cannot read properties of undefined (reading \'write\')');
      },
      stderr: (text) => {
        stderr += text;
      },
      env: { REPORT_LANG: 'en' },
    });
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      'report: Cannot read properties of undefined (reading \'write\')',
      expect.stringMatching(/^report: this is a fault of the tool/),
      '',
    ]);
  });
});

describe('endQuietlyOnUncaughtErrors (bin/report.js installs it)', () => {
  it('ends an error nobody caught, and a rejection nobody awaited, with one line, the hint and exit 2', async () => {
    const script = "const m = await import('./dist/cli/internal-error.js'); m.endQuietlyOnUncaughtErrors(['node', 'report', '--lang', 'zh'], {}); setTimeout(() => { throw new TypeError('x is undefined'); });";
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT }, (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }));
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^report: 运行出错（x is undefined）\nreport: 这是本工具或运行环境的故障.*\n$/);
  });
});
