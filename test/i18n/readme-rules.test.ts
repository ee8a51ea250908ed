import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleExamples } from '../../src/i18n/rule-examples.js';
import { ROOT } from '../helpers/run-cli.js';

/** The README's rule table: rule id → its cells (what, how, 中文提示). */
function readmeRules(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('| rule | what it means | how to fix it | 中文提示（示例） |');
  expect(start, 'the README has the rule table with its Chinese column').toBeGreaterThan(0);
  const table = readme.slice(start, readme.indexOf('\n\n', start)).split('\n').slice(2);
  return new Map(
    table.map((row) => {
      const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      return [/^`([a-z0-9-]+)`/.exec(cells[0]!)![1]!, cells.slice(1)];
    }),
  );
}

describe("the README's rule table", () => {
  const rules = readmeRules();
  const examples = ruleExamples();

  it('lists every rule id of the catalogue, and no other', () => {
    expect([...rules.keys()].sort()).toEqual([...examples.keys()].sort());
  });

  it.each([...examples])('quotes the Chinese message of %s as the catalogue says it', (rule, text) => {
    expect(rules.get(rule)?.[2]).toBe(text.zh.replaceAll('|', '\\|'));
  });
});
