import { z } from 'zod';
import { manifestSchema } from './manifest-schema.js';

/**
 * JSON Schema of report.yaml, generated from the zod schema (the single definition), for
 * editors. The package ships it as schema/report.schema.json, and every report carries a copy
 * (`.report/report.schema.json`, which report.yaml names in its modeline).
 */
export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'report.yaml', description: 'Manifest of a report compiled by `report` (GB/T 9704 公文 and portal page)' }, null, 2)}\n`;
}
