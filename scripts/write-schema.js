#!/usr/bin/env node
// Regenerates schema/report.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { manifestJsonSchema } from '../dist/validate/json-schema.js';

writeFileSync(new URL('../schema/report.schema.json', import.meta.url), manifestJsonSchema());
console.log('wrote schema/report.schema.json');
