import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/load/limits.js';
import { TREE_DEPTH } from '../../src/transform/remark-tree-limits.js';
import { renderMarkdown } from '../helpers/build-store.js';

describe('remarkTreeLimits', () => {
  it('empties a tree deeper than the limit and says where, instead of overflowing the stack later', async () => {
    // past the scan (transformSections runs it first), so straight to the processor
    const { html, file } = await renderMarkdown(`${'> '.repeat(TREE_DEPTH + 1)}x\n`);
    expect(html).toBe('');
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`1:${2 * TREE_DEPTH + 1} nesting`]);
  });

  it('leaves a tree within the limit alone', async () => {
    const { html, file } = await renderMarkdown(`${'> '.repeat(20)}x\n`);
    expect(html).toContain('<p>x</p>');
    expect(file.messages).toEqual([]);
  });

  it('empties a section with more nodes than the limit, at the first node past it', async () => {
    // the root, then a paragraph and its text every other line: node 20 001 is the text of paragraph 10 000, on line 19 999
    const { html, file } = await renderMarkdown('段落。\n\n'.repeat(LIMITS.sectionNodes / 2 + 1));
    expect(html).toBe('');
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${LIMITS.sectionNodes - 1}:1 file-too-large`]);
  });
});
