import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/load/limits.js';
import { buildHostile, expectRefused } from '../helpers/hostile.js';

/**
 * issue 9, bounded work: every pathological input gets one error at its place and exit 1,
 * in about the time of a normal check (`report check`: 0.8 to 1.8 s for these and for the
 * bundled example alike on the shared two-core machine; before, nesting ended in "Maximum
 * call stack size exceeded", exit 2, after 15 to 25 s).
 */
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
const SECONDS = 20; // generous for a loaded CI machine: the point is minutes never, and no overflow

describe('hostile input: limits', () => {
  it.each([
    ['5000 block quotes on a line', `${'> '.repeat(5000)}x\n`, '1:65', 'block'],
    ['5000 list levels on a line', `${'- '.repeat(5000)}x\n`, '1:65', 'block'],
    ['a list indented one more level each line', lines(400, (i) => `${'  '.repeat(i)}- x`), '33:65', 'block'],
    [':::containers 400 deep', lines(400, (i) => `${':'.repeat(403 - i)}note`), '33:1', 'block'],
    ['50000 [', '['.repeat(50000), '1:33', 'inline'],
    ['emphasis nested 5000 deep', `${'**a '.repeat(5000)}x${' a**'.repeat(5000)}`, '1:129', 'inline'],
    ['links nested 5000 deep', `${'[a '.repeat(5000)}x${'](u)'.repeat(5000)}`, '1:97', 'inline'],
    ['5000 bold phrases in a paragraph', 'a **b** '.repeat(5000), '1:4003', 'marks'],
    ['one run of 20 000 * each side of a word (ended in a stack overflow, exit 2)', `${'*'.repeat(20000)}x${'*'.repeat(20000)}`, '1:1', 'inline'],
  ])('refuses %s at the mark past the limit', async (_name, text, place, _kind) => {
    const run = await buildHostile({ 'sections/09-hostile.md': text });
    expectRefused(run, [`sections/09-hostile.md:${place} nesting`]);
    expect(run.seconds).toBeLessThan(SECONDS);
  });

  it('refuses a YAML alias bomb in a metric file at the alias, not with a stack-less exit 2', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const run = await buildHostile({ 'metrics/zz-bomb.yaml': bomb });
    expectRefused(run, ['metrics/zz-bomb.yaml:4:16 yaml-aliases']);
  });

  it('refuses a section larger than the limit by its size', async () => {
    const run = await buildHostile({ 'sections/09-big.md': `${'正文。'.repeat(LIMITS.fileBytes / 9 + 1)}\n` });
    expectRefused(run, ['sections/09-big.md file-too-large']);
  });

  it('refuses a formula longer than the limit at the formula, where 1+1+1… overflowed the stack', async () => {
    const run = await buildHostile({ 'metrics/zz-long.yaml': `长公式:\n  合计:\n    formula: 1${'+1'.repeat(20000)}\n` });
    expectRefused(run, [`metrics/zz-long.yaml:3:${14 + LIMITS.formulaLength} expression-limit`]);
  });

  it('refuses a section of dense markup at the mark past the limit for a section', async () => {
    const paragraph = `${'a **b** '.repeat(50)}\n\n`;
    const run = await buildHostile({ 'sections/09-dense.md': paragraph.repeat(Math.floor((LIMITS.fileBytes - 1000) / paragraph.length)) });
    expectRefused(run, ['sections/09-dense.md:201:3 nesting']);
    expect(run.seconds).toBeLessThan(SECONDS);
  });

  it('refuses a section of more lines than the limit at the first line past it: 256 KiB of one-line list items took 10 s', async () => {
    const run = await buildHostile({ 'sections/09-long.md': '- a\n'.repeat(60000) });
    expectRefused(run, [`sections/09-long.md:${LIMITS.sectionLines + 1}:1 file-too-large`]);
    expect(run.seconds).toBeLessThan(SECONDS);
  });

  it.each([
    ['a line of 250 000 letters (an address regex tried each start: 38 s)', 'a'.repeat(250000)],
    ['a line of 120 000 {{ (a reference regex scanned to the line end from each: 19 s)', '{{'.repeat(120000)],
    ['a paragraph of 2000 lines of 120 letters (its offsets were spread onto the stack)', `${'a'.repeat(120)}\n`.repeat(1999)],
  ])('answers %s promptly, without overflowing', async (_name, text) => {
    const run = await buildHostile({ 'sections/09-line.md': `${text}\n` });
    expect(run.stderr).not.toContain('Maximum call stack');
    expect(run.code).toBeLessThan(2);
    expect(run.seconds).toBeLessThan(10);
  });

  it('refuses more section files than the limit, once', async () => {
    const files = Object.fromEntries(Array.from({ length: LIMITS.sectionFiles + 1 }, (_, i) => [`sections/1${String(i).padStart(3, '0')}.md`, '正文。\n']));
    const run = await buildHostile(files);
    expectRefused(run, ['sections/ too-many-files']);
  });
});
