import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/batch/pool.js';

describe('runPool', () => {
  it('runs at most `jobs` at once and keeps the results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await runPool([30, 10, 20, 5, 15], 2, async (ms, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return i * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(2);
  });

  it('copes with no items and with more jobs than items', async () => {
    expect(await runPool([], 4, async () => 1)).toEqual([]);
    expect(await runPool([1], 8, async (x) => x + 1)).toEqual([2]);
  });
});
