import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema } from '../../src/validate/json-schema.js';

describe('manifestJsonSchema', () => {
  it('matches the committed schema/report.schema.json (run npm run schema after changing the zod schema)', () => {
    const committed = readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(manifestJsonSchema());
  });

  it('lists every manifest key and rejects unknown ones', () => {
    const schema = JSON.parse(manifestJsonSchema()) as { properties: Record<string, unknown>; additionalProperties: boolean; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'document-number', 'index-number', 'masthead', 'colophon']));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'issuer', 'index-number', 'date']));
  });
});
