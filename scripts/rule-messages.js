#!/usr/bin/env node
// Prints each rule id with its example message in English and Chinese, as JSON lines, for
// the README's rule table: `npm run build && node scripts/rule-messages.js`.
import { ruleExamples } from '../dist/i18n/rule-examples.js';

for (const [rule, text] of ruleExamples()) console.log(JSON.stringify({ rule, ...text }));
