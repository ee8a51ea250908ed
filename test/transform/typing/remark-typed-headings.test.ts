import { describe, expect, it } from 'vitest';
import { render } from '../../helpers/typing-messages.js';

describe('remarkTypedHeadings', () => {
  it('warns about a line typed 一、… as in Word, with the Markdown heading to write', async () => {
    const { html, texts } = await render('一、总体情况\n\n2020年，我局依法行政。\n');
    expect(html).toBe('<p>一、总体情况</p>\n<p>2020年，我局依法行政。</p>');
    expect(texts).toEqual([[
      '1:1 typed-heading line "一、总体情况" is typed like a heading but prints as body text (write "## 总体情况", numbered for you)',
      '“一、总体情况”按标题样式录入，但会排成正文（应写为“## 总体情况”，序号自动生成）',
    ]]);
  });

  it('knows every level, and a heading line joined to the text under it', async () => {
    const { texts } = await render('（二）依申请公开\n全年新收申请。\n\n1．主要做法\n\n　　（1）制发情况\n');
    expect(texts.filter(([en]) => en.includes('typed-heading')).map(([en]) => en.replace(/ is typed.*\(write/, ' (write'))).toEqual([
      '1:1 typed-heading line "（二）依申请公开" (write "### 依申请公开", numbered for you)',
      '4:1 typed-heading line "1．主要做法" (write "#### 主要做法", numbered for you)',
      '6:3 typed-heading line "（1）制发情况" (write "##### 制发情况", numbered for you)',
    ]);
  });

  it('leaves sentences, long lines, years and lists alone', async () => {
    const text = [
      '（一）加强组织领导。全区成立领导小组。',
      '一、要求如下：',
      `一、${'很'.repeat(41)}`,
      '2020年全区共收到申请。',
      '1.5倍于上年。',
      '1. 列表项',
    ].join('\n\n');
    expect((await render(text)).places).toEqual([]);
  });
});
