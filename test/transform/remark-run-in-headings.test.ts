import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { buildStore } from '../../src/metrics/store.js';
import { createMarkdownProcessor } from '../../src/transform/markdown.js';
import { transformSections } from '../../src/transform/sections.js';
import { renderMarkdown, storeFromYaml } from '../helpers/build-store.js';

/** The HTML of sections rendered together, as a build does (heading counters shared). */
async function html(...sections: string[]): Promise<{ html: string[]; messages: string[] }> {
  const sink = new Sink();
  const store = buildStore([], [], sink);
  const files = sections.map((text, i) => ({ path: `sections/0${i}.md`, text }));
  const rendered = await transformSections(files, store, createMarkdownProcessor(), sink);
  return { html: rendered.map((s) => s.html), messages: sink.diagnostics.map((d) => `${d.rule} ${d.message}`) };
}

describe('remarkRunInHeadings', () => {
  it('runs a heading line that goes on after its 。 into its text: the heading numbered, in its element', async () => {
    const { html } = await renderMarkdown('### 主动公开情况。2024年，本机关主动公开信息。');
    expect(html).toBe('<div class="run-in"><h3>（一）主动公开情况。</h3><p>2024年，本机关主动公开信息。</p></div>');
  });

  it('keeps a heading that ends at its 。 an ordinary heading', async () => {
    expect((await renderMarkdown('### 主动公开情况。')).html).toBe('<h3>（一）主动公开情况。</h3>');
    expect((await renderMarkdown('### 主动公开情况。  ')).html).toBe('<h3>（一）主动公开情况。</h3>');
    expect((await renderMarkdown('### 主动公开情况')).html).toBe('<h3>（一）主动公开情况</h3>');
  });

  it('works at every numbered level, with the number typed or not', async () => {
    const { html: out } = await html('## 总体情况。全年工作平稳。\n\n### （一）主动公开。公开信息100条。\n\n#### 规章。制发1件。\n\n##### 制发。共1件。');
    expect(out[0]).toBe(
      [
        '<div class="run-in"><h2>一、总体情况。</h2><p>全年工作平稳。</p></div>',
        '<div class="run-in"><h3>（一）主动公开。</h3><p>公开信息100条。</p></div>',
        '<div class="run-in"><h4>1.规章。</h4><p>制发1件。</p></div>',
        '<div class="run-in"><h5>（1）制发。</h5><p>共1件。</p></div>',
      ].join('\n'),
    );
  });

  it('continues the numbering across run-in and ordinary headings, and across sections', async () => {
    const { html: out, messages } = await html('## 总体情况\n\n### 主动公开。公开信息。\n\n### 依申请公开\n\n正文。', '### 政府信息管理。严格审查。\n\n## 存在的问题\n\n### 问题。略。');
    const headings = out.join('\n').match(/<h\d>[^<]*<\/h\d>/g);
    expect(headings).toEqual(['<h2>一、总体情况</h2>', '<h3>（一）主动公开。</h3>', '<h3>（二）依申请公开</h3>', '<h3>（三）政府信息管理。</h3>', '<h2>二、存在的问题</h2>', '<h3>（一）问题。</h3>']);
    expect(messages).toEqual([]);
  });

  it('takes a paragraph line typed right under it as more of its text, but not one after a blank line', async () => {
    expect((await renderMarkdown('### 主动公开。第一句。\n第二句。')).html).toBe('<div class="run-in"><h3>（一）主动公开。</h3><p>第一句。第二句。</p></div>');
    expect((await renderMarkdown('### 主动公开。第一句。\n\n第二段。')).html).toBe('<div class="run-in"><h3>（一）主动公开。</h3><p>第一句。</p></div>\n<p>第二段。</p>');
  });

  it('keeps inline content and metric references on their side of the 。', async () => {
    const store = storeFromYaml('公开:\n  信息: 1234\n');
    const { html } = await renderMarkdown('### **重点**公开。公开信息{{公开.信息}}条，*其中*政策解读若干。', store);
    expect(html).toBe('<div class="run-in"><h3>（一）<strong>重点</strong>公开。</h3><p>公开信息1234条，<em>其中</em>政策解读若干。</p></div>');
  });

  it('leaves a run-in heading typed as a paragraph (as in Word) as typed: a typed-run-in-heading warning, not typed-heading', async () => {
    const { html: out, messages } = await html('（一）主动公开情况。2024年，本机关主动公开信息。');
    expect(out[0]).toBe('<p>（一）主动公开情况。2024年，本机关主动公开信息。</p>');
    expect(messages.map((m) => m.split(' ')[0])).toEqual(['typed-run-in-heading']);
  });
});
