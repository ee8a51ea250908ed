import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { createMarkdownProcessor } from '../../src/transform/markdown.js';
import { transformSections } from '../../src/transform/sections.js';
import { storeFromYaml } from '../helpers/build-store.js';

describe('transformSections', () => {
  it('renders sections in order and turns plugin messages into diagnostics', async () => {
    const sink = new Sink();
    const store = storeFromYaml('行政复议:\n  收到: 48\n');
    const sections = await transformSections(
      [
        { path: 'sections/01.md', text: '收到{{行政复议.收到}}件' },
        { path: 'sections/02.md', text: '中文\n<b>粗</b>\n收到{{行政复议.收}}件' },
      ],
      store,
      createMarkdownProcessor(),
      sink,
    );
    expect(sections).toEqual([
      { path: 'sections/01.md', html: '<p>收到48件</p>' },
      { path: 'sections/02.md', html: expect.stringContaining('收到{{行政复议.收}}件') },
    ]);
    expect(sink.sorted()).toEqual([
      { severity: 'warning', file: 'sections/02.md', place: { line: 2, column: 1 }, message: 'raw HTML is not allowed and was removed (write Markdown instead)', zh: expect.any(String), rule: 'raw-html' },
      { severity: 'warning', file: 'sections/02.md', place: { line: 2, column: 5 }, message: 'raw HTML is not allowed and was removed (write Markdown instead)', zh: expect.any(String), rule: 'raw-html' },
      { severity: 'error', file: 'sections/02.md', place: { line: 3, column: 3 }, message: 'unknown metric "行政复议.收" (did you mean "行政复议.收到"?)', zh: expect.any(String), rule: 'unknown-metric' },
    ]);
  });
});
