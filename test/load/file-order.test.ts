import { describe, expect, it } from 'vitest';
import { compareFileNames, sharedNumbers, sortFileNames } from '../../src/load/file-order.js';

describe('sortFileNames', () => {
  it('orders by the number a name starts with, not by code point (2 before 10)', () => {
    expect(sortFileNames(['10-next.md', '2-problems.md', '1-summary.md'])).toEqual(['1-summary.md', '2-problems.md', '10-next.md']);
    expect(sortFileNames(['010-c.md', '9-b.md', '00-a.md'])).toEqual(['00-a.md', '9-b.md', '010-c.md']);
  });

  it('orders names that share a number by name, and puts unnumbered names last', () => {
    expect(sortFileNames(['3-b.md', 'notes.md', '03-a.md', '03-b.md', 'appendix.md'])).toEqual(['03-a.md', '03-b.md', '3-b.md', 'appendix.md', 'notes.md']);
  });

  it('keeps the order of zero-padded names, as every bundled example has', () => {
    const names = ['07-closing.md', '00-opening.md', '05-disputes.md', '01-leadership.md'];
    expect(sortFileNames(names)).toEqual([...names].sort());
  });

  it('compares numbers of any length', () => {
    expect(compareFileNames('99999999999999999999-a.md', '100000000000000000000-a.md')).toBeLessThan(0);
  });
});

describe('sharedNumbers', () => {
  it('names each file whose number an earlier file already has, with that file', () => {
    expect(sharedNumbers(['01-a.md', '03-a.md', '3-b.md', '03-c.md', '04-d.md'])).toEqual([
      { name: '3-b.md', first: '03-a.md', number: '3' },
      { name: '03-c.md', first: '03-a.md', number: '3' },
    ]);
    expect(sharedNumbers(['00-a.md', '0-b.md'])).toEqual([{ name: '0-b.md', first: '00-a.md', number: '0' }]);
  });

  it('says nothing when every number is different, or a name has none', () => {
    expect(sharedNumbers(['1-a.md', '2-b.md', '10-c.md', 'notes.md', 'more.md'])).toEqual([]);
  });
});
