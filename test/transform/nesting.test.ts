import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/load/limits.js';
import { nestingProblem } from '../../src/transform/nesting.js';
import { ROOT } from '../helpers/run-cli.js';

const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('nestingProblem', () => {
  it('finds nothing in the bundled reports, nor in nesting a real report might have', () => {
    for (const report of readdirSync(join(ROOT, 'data'))) {
      for (const name of readdirSync(join(ROOT, 'data', report, 'sections'))) {
        expect(nestingProblem(readFileSync(join(ROOT, 'data', report, 'sections', name), 'utf8')), `${report}/${name}`).toBeUndefined();
      }
    }
    expect(nestingProblem('> - 一是\n>   - 二是\n>     1. 三是 **加粗[链接](https://a.cn)**\n\n:::table{group=x}\n:::\n')).toBeUndefined();
    expect(nestingProblem(`${'> '.repeat(LIMITS.blockDepth)}x\n`)).toBeUndefined();
    expect(nestingProblem(`${'*a '.repeat(LIMITS.inlineDepth)}x${' a*'.repeat(LIMITS.inlineDepth)}`)).toBeUndefined();
  });

  it.each([
    ['block quotes on one line', `${'> '.repeat(5000)}x\n`, 'block', 1, 2 * LIMITS.blockDepth + 1],
    ['block quotes without spaces', `${'>'.repeat(5000)}x\n`, 'block', 1, LIMITS.blockDepth + 1],
    ['list items on one line', `${'- '.repeat(5000)}x\n`, 'block', 1, 2 * LIMITS.blockDepth + 1],
    ['ordered items on one line', `${'1. '.repeat(5000)}x\n`, 'block', 1, 3 * LIMITS.blockDepth + 1],
    ['a list indented one level a line', lines(400, (i) => `${'  '.repeat(i)}- x`), 'block', LIMITS.blockDepth + 1, 2 * LIMITS.blockDepth + 1],
    ['a quote one deeper a line', lines(400, (i) => `${'>'.repeat(i + 1)} x`), 'block', LIMITS.blockDepth + 1, LIMITS.blockDepth + 1],
    [':::containers inside one another', lines(400, (i) => `${':'.repeat(403 - i)}note`), 'block', LIMITS.blockDepth + 1, 1],
    ['a run of [', '['.repeat(50000), 'inline', 1, LIMITS.inlineDepth + 1],
    ['nested emphasis', `${'*a '.repeat(5000)}x${' a*'.repeat(5000)}`, 'inline', 1, 3 * LIMITS.inlineDepth + 1],
    ['nested strong', `${'**a '.repeat(5000)}x${' a**'.repeat(5000)}`, 'inline', 1, 4 * LIMITS.inlineDepth + 1],
    ['nested links', `${'[a '.repeat(5000)}x${'](u)'.repeat(5000)}`, 'inline', 1, 3 * LIMITS.inlineDepth + 1],
    ['nested images', `${'![a '.repeat(5000)}x${'](u)'.repeat(5000)}`, 'inline', 1, 4 * LIMITS.inlineDepth + 2],
    // one run opens half its length in levels: strong inside strong, as deep as the run is long
    ['one long run of * each side of a word', `${'*'.repeat(20000)}x${'*'.repeat(20000)}`, 'inline', 1, 1],
    ['one long run of _ after text', `文字 ${'_'.repeat(30000)}x${'_'.repeat(30000)}`, 'inline', 1, 4],
    ['thousands of bold phrases in one paragraph', 'a **b** '.repeat(5000), 'marks', 1, 4 * LIMITS.inlineMarks + 3],
  ] as const)('refuses %s, at the mark past the limit', (_name, text, kind, line, column) => {
    expect(nestingProblem(text)).toEqual({ kind, place: { line, column } });
  });

  it('refuses more marks in a section than the limit, at the mark past it', () => {
    const paragraph = `${'a **b** '.repeat(50)}\n\n`;
    // 100 marks a paragraph on every other line: mark 10 001 starts paragraph 101, on line 201
    expect(nestingProblem(paragraph.repeat(LIMITS.sectionMarks / 100 + 1))).toEqual({ kind: 'section-marks', place: { line: 201, column: 3 } });
  });

  it('counts marks per paragraph, and skips escaped ones', () => {
    const paragraph = 'a **b** '.repeat(LIMITS.inlineMarks / 2);
    expect(nestingProblem(`${paragraph}\n\n${paragraph}`)).toBeUndefined();
    expect(nestingProblem('\\['.repeat(50000))).toBeUndefined();
    // a blank to fill in, as forms have it, opens nothing
    expect(nestingProblem(`于${'_'.repeat(200)}年（${'_'.repeat(200)}）填写：${'_'.repeat(200)}\n`)).toBeUndefined();
  });

  it('answers promptly on the largest file allowed', () => {
    const started = performance.now();
    nestingProblem('中文 *强调* [链接](u) > x\n'.repeat(LIMITS.fileBytes / 40));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
