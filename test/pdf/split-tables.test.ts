import { describe, expect, it } from 'vitest';
import { MIN_ROWS, nextCut, planCuts } from '../../src/pdf/split-tables.js';

const rows = (n: number, height = 16) => Array.from({ length: n }, () => height);

describe('planCuts', () => {
  it('leaves a table that fits where it starts uncut', () => {
    expect(planCuts(400, 637, { head: 60, rows: rows(20) })).toEqual({ cuts: [], moved: false });
  });

  it('cuts at the row where the page ends, the header repeated under each part', () => {
    // 200 pt left: 140 under the header, 8 rows of 16; a fresh page holds (637 - 60) / 16 = 36
    expect(planCuts(200, 637, { head: 60, rows: rows(25) })).toEqual({ cuts: [8], moved: false });
    expect(planCuts(200, 637, { head: 60, rows: rows(60) })).toEqual({ cuts: [8, 44], moved: false });
  });

  it('moves the table whole when fewer than 3 rows would stay on the first page', () => {
    expect(planCuts(100, 637, { head: 60, rows: rows(25) })).toEqual({ cuts: [], moved: true });
    expect(planCuts(60, 637, { head: 60, rows: rows(25) })).toEqual({ cuts: [], moved: true });
  });

  it('keeps 3 rows on the last page, moving the cut up', () => {
    // 7 rows fit on the first page, 9 rows in all: the cut goes before row 6
    expect(planCuts(180, 637, { head: 60, rows: rows(9) })).toEqual({ cuts: [6], moved: false });
    // 3 rows fit, 5 in all: 3 on each side cannot be, so the table moves whole
    expect(planCuts(120, 637, { head: 60, rows: rows(5) })).toEqual({ cuts: [], moved: true });
  });

  it('counts tall rows by their height', () => {
    expect(planCuts(200, 637, { head: 60, rows: [16, 16, 16, 48, 48, 16, 16, 16, 16] })).toEqual({ cuts: [4], moved: false });
  });
});

describe('nextCut', () => {
  it('accepts parts that each hold on one page', () => {
    expect(nextCut([2, 2, 2, 3, 3, 3], [3])).toBeUndefined();
    expect(nextCut([2, 2, 2, 2], [])).toBeUndefined();
  });

  it('cuts the last part where it went over, keeping 3 rows for the next page', () => {
    expect(nextCut([2, 2, 2, 2, 3, 3, 3, 3], [])).toBe(4);
    expect(nextCut([2, 2, 2, 2, 2, 2, 3, 3], [])).toBe(5);
  });

  it('gives back one row when an earlier part ran over its page', () => {
    expect(nextCut([2, 2, 2, 2, 3, 3, 3, 3, 3, 3], [5])).toBe(4);
  });

  it('asks to move the table whole when the first part would keep fewer than 3 rows', () => {
    expect(nextCut([2, 2, 3, 3, 3, 3], [])).toBe('move');
    expect(MIN_ROWS).toBe(3);
  });
});
