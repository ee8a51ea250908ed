import { cpSync, existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../helpers/report-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** issue 9: `report build -o` pointing into the report's own inputs is refused, and nothing is written. */
describe('--out into the inputs', () => {
  const cases: Array<[string, (dir: string) => string]> = [
    ['the report directory', (dir) => dir],
    ['sections/', (dir) => join(dir, 'sections')],
    ['a folder inside metrics/', (dir) => join(dir, 'metrics', 'out')],
    ['.report/', (dir) => join(dir, '.report')],
    ['an input file', (dir) => join(dir, 'report.yaml')],
    ['a link that leads to sections/', (dir) => {
      symlinkSync(join(dir, 'sections'), join(dir, 'out'));
      return join(dir, 'out');
    }],
  ];
  for (const [what, out] of cases) {
    it(`refuses ${what}`, async () => {
      const dir = copyExample('wujin-2020');
      const before = listing(dir);
      const result = await runCli(['build', dir, '-o', out(dir), '-f', 'html,json']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/ error output directory .* out-in-inputs$/m);
      expect(listing(dir).filter((name) => name !== 'out' && !name.startsWith('out/'))).toEqual(before);
    });
  }

  it('refuses the previous report', async () => {
    const dir = copyExample('wujin-2021');
    const previous = join(dir, '..', 'wujin-2020'); // report.yaml says previous: ../wujin-2020
    cpSync(join(ROOT, 'data', 'wujin-2020'), previous, { recursive: true });
    const result = await runCli(['build', dir, '-o', join(previous, 'metrics'), '-f', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ error output directory .* out-in-inputs$/m);
    expect(existsSync(join(previous, 'metrics', 'wujin-2021.metrics.json'))).toBe(false);
  });

  it('still writes to the default dist/ and to a folder beside the report', async () => {
    const dir = copyExample('wujin-2020');
    expect((await runCli(['build', dir, '-f', 'json'])).code).toBe(0);
    expect(existsSync(join(dir, 'dist'))).toBe(true);
    expect((await runCli(['build', dir, '-o', join(dir, '..', 'out'), '-f', 'json'])).code).toBe(0);
  });
});

/** Every file and folder under a directory, for "nothing was written". */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}
