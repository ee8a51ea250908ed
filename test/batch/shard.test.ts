import { describe, expect, it } from 'vitest';
import { parseShard, shareOf } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it('reads i/n with 1 ≤ i ≤ n and nothing else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/0', '2', '2/4/1', '-1/4', 'a/b', '1.5/4', '']) expect(parseShard(bad)).toBeUndefined();
  });
});

describe('shareOf', () => {
  // a province's reports: sizes from a few KB to a few hundred
  const reports = Array.from({ length: 137 }, (_, i) => ({ path: `/r/${String(i).padStart(3, '0')}-局`, size: ((i * 7919) % 311) * 1000 + 500 }));

  it('gives every report to exactly one share, for every n', () => {
    for (const count of [1, 2, 3, 4, 7, 16, 137, 200]) {
      const shares = Array.from({ length: count }, (_, i) => shareOf(reports, { index: i + 1, count }));
      const all = shares.flat().map((r) => r.path);
      expect(all.length).toBe(reports.length);
      expect(new Set(all)).toEqual(new Set(reports.map((r) => r.path)));
    }
  });

  it('is the same split whatever order the machine listed the reports in', () => {
    const reversed = [...reports].reverse();
    for (let i = 1; i <= 4; i++) {
      expect(new Set(shareOf(reversed, { index: i, count: 4 }).map((r) => r.path))).toEqual(new Set(shareOf(reports, { index: i, count: 4 }).map((r) => r.path)));
    }
  });

  it('balances the shares by size, not by count', () => {
    const sizes = Array.from({ length: 4 }, (_, i) => shareOf(reports, { index: i + 1, count: 4 }).reduce((sum, r) => sum + r.size, 0));
    const largest = Math.max(...reports.map((r) => r.size));
    // greedy largest-first: no share exceeds another by more than one report
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largest);
    // one huge report and many small ones: the huge one gets a share to itself
    const skewed = [{ path: '/big', size: 100 }, ...Array.from({ length: 10 }, (_, i) => ({ path: `/s${i}`, size: 10 }))];
    expect(shareOf(skewed, { index: 1, count: 2 }).map((r) => r.path)).toEqual(['/big']);
  });

  it('keeps the list order within a share', () => {
    const share = shareOf(reports, { index: 2, count: 3 }).map((r) => r.path);
    expect(share).toEqual([...share].sort());
  });
});
