import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanSuffix, didYouMeanText } from '../../src/diagnostics/did-you-mean.js';

const MANIFEST_KEYS = ['title', 'name', 'issuer', 'document-number', 'index-number', 'recipients', 'date', 'published', 'expires', 'publisher', 'classification', 'summary', 'keywords', 'note', 'portal', 'output'];

describe('didYouMean', () => {
  it('finds a close key', () => {
    expect(didYouMean('isuer', MANIFEST_KEYS)).toBe('issuer');
    expect(didYouMean('sumary', MANIFEST_KEYS)).toBe('summary');
    expect(didYouMean('document-numbr', MANIFEST_KEYS)).toBe('document-number');
    expect(didYouMean('keyword', MANIFEST_KEYS)).toBe('keywords');
  });

  it('finds a close Chinese metric id', () => {
    expect(didYouMean('行政复议.收', ['行政复议.收到', '行政复议.受理', '行政应诉.案件数'])).toBe('行政复议.收到');
    expect(didYouMean('行政复议.受里', ['行政复议.收到', '行政复议.受理'])).toBe('行政复议.受理');
  });

  // The doc comment promises this; "titel" is the typo a user makes most.
  it('finds "title" for "titel" (two letters swapped)', () => {
    expect(didYouMean('titel', MANIFEST_KEYS)).toBe('title');
  });

  it('stays silent for unrelated names', () => {
    expect(didYouMean('colour', MANIFEST_KEYS)).toBeUndefined();
    expect(didYouMean('xyz', ['abc'])).toBeUndefined();
    expect(didYouMean('行政应诉.案件数', ['行政复议.收到'])).toBeUndefined();
  });

  it('returns undefined without candidates', () => {
    expect(didYouMean('title', [])).toBeUndefined();
  });

  it('accepts any iterable of candidates', () => {
    const ids = new Map([['a.收到', 1]]).keys();
    expect(didYouMean('a.收', ids)).toBe('a.收到');
  });
});

describe('didYouMeanSuffix', () => {
  it('formats the hint in parentheses, or nothing', () => {
    expect(didYouMeanSuffix('isuer', MANIFEST_KEYS)).toBe(' (did you mean "issuer"?)');
    expect(didYouMeanSuffix('colour', MANIFEST_KEYS)).toBe('');
  });
});

describe('didYouMeanText', () => {
  it('gives the hint in both languages, or nothing in either', () => {
    expect(didYouMeanText('isuer', MANIFEST_KEYS)).toEqual({ en: ' (did you mean "issuer"?)', zh: '（是否应为“issuer”？）' });
    expect(didYouMeanText('colour', MANIFEST_KEYS)).toEqual({ en: '', zh: '' });
  });
});
