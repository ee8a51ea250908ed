import { describe, expect, it } from 'vitest';
import { manifestSchema } from '../../src/validate/manifest-schema.js';
import { schemaKeysAt } from '../../src/validate/schema-keys.js';

describe('schemaKeysAt', () => {
  it('lists the keys allowed at the top and inside nested, defaulted objects', () => {
    expect(schemaKeysAt(manifestSchema, [])).toEqual(expect.arrayContaining(['title', 'issuer', 'document-number', 'index-number', 'keywords', 'portal']));
    expect(schemaKeysAt(manifestSchema, ['classification'])).toEqual(['topic', 'genre', 'series']);
    expect(schemaKeysAt(manifestSchema, ['portal'])).toEqual(['site-name', 'site-domain', 'site-id-code', 'column-name', 'column-type', 'url', 'index-number-pattern']);
    // behind the preprocessing that reads `none` for the whole block
    expect(schemaKeysAt(manifestSchema, ['signature'])).toEqual(['show', 'seal']);
  });

  it('returns nothing below a leaf or an unknown key', () => {
    expect(schemaKeysAt(manifestSchema, ['title'])).toEqual([]);
    expect(schemaKeysAt(manifestSchema, ['nope', 'deeper'])).toEqual([]);
  });
});
