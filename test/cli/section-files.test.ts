import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeMistake, type Mistake } from '../helpers/mistake.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

function mistake(name: string): Mistake {
  return JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mistakes', name, 'mistake.json'), 'utf8')) as Mistake;
}

/** Builds the HTML of a mistake's report and returns its level-1 headings in order. */
async function headings(name: string): Promise<string[]> {
  const dir = makeMistake(mistake(name));
  const result = await runCli(['build', '.', '--format', 'html', '--out', 'out'], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  const html = readFileSync(join(dir, 'out', 'wujin-2020.html'), 'utf8');
  return [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]!);
}

const WUJIN = ['一、', '二、', '三、', '四、', '五、', '六、'];

/** The body the clerk sees: sections in the order they meant, whatever the file's encoding (issue 7). */
describe('section files as a clerk leaves them', () => {
  it('keeps 2-….md before 10-….md, so the body reads 一、二、三 and not 一、三、二', async () => {
    expect((await headings('section-order')).map((h) => h.slice(0, 2))).toEqual(WUJIN);
  });

  it('prints a section saved as "Unicode" (UTF-16LE) with its heading, not as garbage', async () => {
    const found = await headings('section-utf16le');
    expect(found.map((h) => h.slice(0, 2))).toEqual(WUJIN);
    expect(found[2]).toBe('三、强化制约监督，推进依法科学民主决策');
  });
});
