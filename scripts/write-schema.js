#!/usr/bin/env node
// Regenerates the report.yaml JSON Schema from the zod schema (npm run schema): the copy the
// package ships (schema/report.schema.json) and the copy each bundled example carries beside
// its report.yaml (data/<example>/.report/report.schema.json), as `report new` writes one.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE } from '../dist/scaffold/schema-file.js';
import { manifestJsonSchema } from '../dist/validate/json-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = manifestJsonSchema();
const targets = ['schema/report.schema.json'];
for (const example of readdirSync(join(root, 'data')).sort()) {
  if (existsSync(join(root, 'data', example, 'report.yaml'))) targets.push(`data/${example}/${SCHEMA_FILE}`);
}
for (const target of targets) {
  mkdirSync(dirname(join(root, target)), { recursive: true });
  writeFileSync(join(root, target), schema);
  console.log(`wrote ${target}`);
}
