#!/usr/bin/env node
// Prints each rule id with its Chinese message (the catalogue's example), as the README's
// rule table quotes it: `npm run build && node scripts/rule-messages.js`.
import { catalogue, ruleOf } from '../dist/i18n/catalogue.js';

const seen = new Set();
for (const [key, entry] of Object.entries(catalogue)) {
  if (key.startsWith('ui.')) continue;
  const rule = ruleOf(key);
  if (seen.has(rule)) continue;
  seen.add(rule);
  console.log(`${rule}\t${entry.zh(entry.example)}`);
}
