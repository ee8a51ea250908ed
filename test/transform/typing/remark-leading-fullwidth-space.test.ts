import { describe, expect, it } from 'vitest';
import { render } from '../../helpers/typing-messages.js';

describe('remarkLeadingFullwidthSpace', () => {
  it('strips 　 at the start of every line and warns at each', async () => {
    const { html, texts } = await render('　　全区共收到申请。\n　　第二句。\n\n正文　中间的不动。\n');
    expect(html).toBe('<p>全区共收到申请。第二句。</p>\n<p>正文　中间的不动。</p>');
    expect(texts).toEqual([
      ['1:1 leading-fullwidth-space 2 full-width spaces "　" at the start of a line removed (the layout indents each paragraph 2 字 itself: delete them)', '已删除行首的 2 个全角空格“　”（版式自动首行缩进 2 字，无需输入空格：请删除）'],
      ['2:1 leading-fullwidth-space 2 full-width spaces "　" at the start of a line removed (the layout indents each paragraph 2 字 itself: delete them)', '已删除行首的 2 个全角空格“　”（版式自动首行缩进 2 字，无需输入空格：请删除）'],
    ]);
  });

  it('strips them after spaces, after a hard break and in a heading', async () => {
    expect(await render('  　全区。\n')).toMatchObject({ html: '<p>全区。</p>', places: ['1:3 leading-fullwidth-space'] });
    expect(await render('第一句。\\\n　　第二句。\n')).toMatchObject({ html: '<p>第一句。<br>\n第二句。</p>', places: ['2:1 leading-fullwidth-space'] });
    expect(await render('## 　总体情况\n')).toMatchObject({ html: '<h2>一、总体情况</h2>', places: ['1:4 leading-fullwidth-space'] });
  });

  it('leaves a line that starts with emphasis alone', async () => {
    expect((await render('**加强领导。**　全区。\n')).places).toEqual([]);
  });
});
