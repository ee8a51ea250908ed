import { z } from 'zod';
import { manifestSchema, NONE_BLOCKS, NONE_WORDS } from './manifest-schema.js';

/**
 * JSON Schema of report.yaml, generated from the zod schema (the single definition), for
 * editors. The package ships it as schema/report.schema.json, and every report carries a copy
 * (`.report/report.schema.json`, which report.yaml names in its modeline).
 */
export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(manifestSchema, {
    io: 'input',
    unrepresentable: 'any',
    // `classification: none`, `signature: none`: the zod schema reads the word before the block
    override: (ctx) => {
      if (!NONE_BLOCKS.has(ctx.zodSchema)) return;
      const { default: fallback, ...block } = ctx.jsonSchema;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, { ...(fallback === undefined ? {} : { default: fallback }), anyOf: [{ enum: [...NONE_WORDS] }, block] });
    },
  });
  return `${JSON.stringify({ ...schema, title: 'report.yaml', description: 'Manifest of a report compiled by `report` (GB/T 9704 公文 and portal page)' }, null, 2)}\n`;
}
