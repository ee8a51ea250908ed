import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { makeMistake, type Mistake } from '../helpers/mistake.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/mistakes');

/**
 * The clerk's real mistakes (issue 7), each made in a copy of a bundled example:
 * `mistake.json` says what was done, `expected.<lang>.txt` is what `report check` prints
 * (in English, and in Chinese where listed). Regenerate with UPDATE_GOLDENS=1 and review.
 */
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => [e.name, JSON.parse(readFileSync(join(FIXTURES, e.name, 'mistake.json'), 'utf8')) as Mistake] as const)
  .flatMap(([name, mistake]) => (mistake.langs ?? ['en']).map((lang) => [`${name} (${lang})`, name, lang, mistake] as const));

describe('report check on the clerk\'s mistakes', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', async (_label, name, lang, mistake) => {
    const dir = makeMistake(mistake);
    const result = await runCli(['check', '.', ...(mistake.args ?? [])], { cwd: dir, env: { REPORT_LANG: lang } });
    expectGolden(result.stderr.replaceAll(dir, '<report>'), join(FIXTURES, name, `expected.${lang}.txt`));
    expect(result.stdout).toBe('');
    expect(result.code).toBe(mistake.code);
  });
});
