import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './run-cli.js';

/** A private copy of a bundled example (without its dist/), which a test may change. */
export function copyExample(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `report-${name}-`)), name);
  cpSync(join(ROOT, 'data', name), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
  return dir;
}

/**
 * A build's stderr has no error and no warning but the font ones: this machine (and CI)
 * has no office fonts, so every role of a PDF build falls back to an open face.
 */
export function expectOnlyFontWarnings(stderr: string): void {
  expect(stderr).toMatch(/^(no problems|0 errors, \d+ warnings?)$/m);
  const problems = stderr.split('\n').filter((line) => / (error|warning) /.test(line));
  expect(problems.every((line) => / font-(fallback|missing-glyph)$/.test(line)), stderr).toBe(true);
}
