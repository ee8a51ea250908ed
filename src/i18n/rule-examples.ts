import { catalogue, ruleOf } from './catalogue.js';
import type { Entry } from './entry.js';
import type { Text } from './text.js';

/** Rules whose most telling message is a variant: the clerk's own mistake rather than a rare one. */
const SHOWN: Readonly<Record<string, string>> = {
  'yaml-syntax': 'yaml-syntax/full-width-colon',
  'unknown-key': 'unknown-key/field',
  'invalid-value': 'invalid-value/field',
  'metric-invalid': 'metric-invalid/unit',
};

/**
 * Each rule id with one of its messages rendered from the catalogue's example: the variant
 * named above, else the entry keyed by the rule itself, else its first variant. The
 * README's rule table quotes these (test/i18n/readme-rules.test.ts keeps them equal).
 */
export function ruleExamples(): Map<string, Text> {
  const chosen = new Map<string, string>();
  for (const key of Object.keys(catalogue)) {
    if (key.startsWith('ui.')) continue;
    const rule = ruleOf(key);
    if (!chosen.has(rule) || key === rule) chosen.set(rule, key);
  }
  const examples = new Map<string, Text>();
  for (const [rule, key] of chosen) {
    const e = (catalogue as unknown as Record<string, Entry<unknown>>)[SHOWN[rule] ?? key]!;
    examples.set(rule, { en: e.en(e.example), zh: e.zh(e.example) });
  }
  return examples;
}
