import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/build-store.js';

const rawHtml = (file: { messages: Array<{ ruleId?: string | null; line?: number | null; column?: number | null }> }) =>
  file.messages.filter((m) => m.ruleId === 'raw-html').map((m) => `${m.line}:${m.column}`);

describe('remarkRawContent', () => {
  it('drops the text of an inline <script> or <style> with its tags, and keeps the words around them (issue 9)', async () => {
    const { html, file } = await renderMarkdown('特此报告 <script>alert(3)</script> 和 <style>p{color:red}</style> 结束。\n');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('color');
    expect(html).toBe('<p>特此报告  和  结束。</p>');
    // the warning still points at every tag
    expect(rawHtml(file)).toEqual(['1:6', '1:22', '1:34', '1:53']);
  });

  it.each(['textarea', 'title', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'template', 'SCRIPT'])('drops the content of <%s>, Markdown in it too', async (tag) => {
    const { html } = await renderMarkdown(`a <${tag} x="1">**secret** [words](https://a.cn)</${tag}> b\n`);
    expect(html).toBe('<p>a  b</p>');
  });

  it('drops the blocks between an opening and a closing tag on lines of their own', async () => {
    const { html } = await renderMarkdown('<noscript>\n\nsecret *words*\n\n</noscript>\n\n之后的文字。\n');
    expect(html).toBe('<p>之后的文字。</p>');
  });

  it('drops to the end of the paragraph when the tag is never closed, as a browser would', async () => {
    const { html } = await renderMarkdown('前文 <script>alert(3) 后文\n\n下一段。\n');
    expect(html).toBe('<p>前文 </p>\n<p>下一段。</p>');
  });

  it('keeps the content of other tags, which is prose (their tags are still removed)', async () => {
    const { html } = await renderMarkdown('a <span>words</span> <b>bold</b> b\n');
    expect(html).toBe('<p>a words bold b</p>');
  });
});
