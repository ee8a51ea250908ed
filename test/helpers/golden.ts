import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares text with a golden file; `UPDATE_GOLDENS=1 npm test` rewrites the goldens,
 * which are then reviewed as diffs like any other change.
 */
export function expectGolden(actual: string, goldenPath: string): void {
  if (process.env.UPDATE_GOLDENS === '1' || !existsSync(goldenPath)) {
    if (process.env.CI === 'true' && !existsSync(goldenPath)) throw new Error(`missing golden ${goldenPath}`);
    writeFileSync(goldenPath, actual);
    return;
  }
  expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
}
