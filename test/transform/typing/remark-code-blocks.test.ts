import { describe, expect, it } from 'vitest';
import { render } from '../../helpers/typing-messages.js';

describe('remarkCodeBlocks', () => {
  it('prints a paragraph indented with 4 spaces as a paragraph and warns at the indent', async () => {
    const { html, texts } = await render('第一段。\n\n    全区共收到申请。\n    第二句。\n');
    expect(html).toBe('<p>第一段。</p>\n<p>全区共收到申请。第二句。</p>');
    expect(texts).toEqual([[
      '3:1 indented-code paragraph indented with 4 spaces would be a code block (a 公文 has none; printed as a normal paragraph, which the layout indents 2 字 itself: remove the indent)',
      '段落开头用 4 个空格缩进，按 Markdown 规则会成为代码块（公文中没有代码块；已按普通段落排印，版式自动首行缩进 2 字：请删除缩进）',
    ]]);
  });

  it('does the same for a tab, says so, and leaves a 3-space indent alone', async () => {
    const tab = await render('\t全区共收到申请。\n');
    expect(tab.html).toBe('<p>全区共收到申请。</p>');
    expect(tab.texts[0]![1]).toContain('段落开头用制表符缩进');
    expect((await render('   全区共收到申请。\n')).places).toEqual([]);
  });

  it('still reads metric references and headings in an indented block', async () => {
    expect((await render('        ## 总体情况\n')).html).toBe('<h2>一、总体情况</h2>');
  });

  it('reports a fenced code block as an error and leaves it for the clerk', async () => {
    const { html, texts } = await render('前文。\n\n```\n:::table{caption="收案"}\n:::\n```\n');
    expect(html).toContain('<pre><code>');
    expect(texts).toEqual([[
      '3:1 fenced-code a fenced code block (```) prints as code, in a monospace face and off the grid (a 公文 has no code: delete the two ``` lines to print what is between them as text)',
      '代码块（```）会以等宽字体排印，不合公文版式（公文中没有代码：请删除前后两行 ```，其间内容即按正文排印）',
    ]]);
    expect((await render('~~~~\n代码\n~~~~\n')).texts[0]![0]).toContain('(~~~~)');
  });
});
