import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openUrl } from '../../src/preview/open-url.js';

describe('openUrl', () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  /** A desktop's opener on PATH (this machine has none) that writes down what it was asked to open. */
  function opener(name: string, exit: number): string {
    const bin = mkdtempSync(join(tmpdir(), 'report-opener-'));
    const log = join(bin, 'opened');
    writeFileSync(join(bin, name), `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\nexit ${exit}\n`);
    chmodSync(join(bin, name), 0o755);
    process.env.PATH = `${bin}:${path}`;
    return log;
  }

  it.runIf(process.platform === 'linux')('asks xdg-open on Linux, and open on macOS, for the URL', async () => {
    const log = opener('xdg-open', 0);
    await openUrl('http://127.0.0.1:41234/', 'linux');
    expect(readFileSync(log, 'utf8')).toBe('http://127.0.0.1:41234/\n');
    const mac = opener('open', 0);
    await openUrl('http://127.0.0.1:41234/', 'darwin');
    expect(readFileSync(mac, 'utf8')).toBe('http://127.0.0.1:41234/\n');
  });

  it.runIf(process.platform === 'linux')('rejects when the opener fails or is not there, saying which', async () => {
    opener('xdg-open', 3);
    await expect(openUrl('http://127.0.0.1:1/', 'linux')).rejects.toThrow('xdg-open exited with code 3');
    process.env.PATH = mkdtempSync(join(tmpdir(), 'report-empty-path-'));
    await expect(openUrl('http://127.0.0.1:1/', 'linux')).rejects.toThrow('xdg-open not found');
  });
});
