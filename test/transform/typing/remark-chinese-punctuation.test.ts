import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/build-store.js';
import { ROOT } from '../../helpers/run-cli.js';
import { places, render } from '../../helpers/typing-messages.js';

describe('remarkChinesePunctuation', () => {
  it('reports half-width punctuation between Chinese characters at its column, with the replacement', async () => {
    const { html, texts } = await render('全区,共收到申请.\n');
    expect(html).toBe('<p>全区,共收到申请.</p>'); // printed as written
    expect(texts).toEqual([
      ['1:3 halfwidth-punctuation half-width "," in Chinese text (write "，": 全区,共收到申 → 全区，共收到申)', '中文中的半角“,”应为全角“，”（全区,共收到申 → 全区，共收到申）'],
      ['1:9 halfwidth-punctuation half-width "." in Chinese text (write "。": 收到申请. → 收到申请。)', '中文中的半角“.”应为全角“。”（收到申请. → 收到申请。）'],
    ]);
  });

  it('knows ; : ? ! and parentheses, next to a reference and across a line break', async () => {
    expect((await render('如下:一是;二是?三是!\n')).places).toEqual(['1:3 halfwidth-punctuation', '1:6 halfwidth-punctuation', '1:9 halfwidth-punctuation', '1:12 halfwidth-punctuation']);
    expect((await render('全区(含开发区)共有\n')).places).toEqual(['1:3 halfwidth-punctuation', '1:8 halfwidth-punctuation']);
    expect((await render('收到{{行政复议.收到}}件,同比{{行政复议.收到}}.\n')).places).toEqual(['1:15 halfwidth-punctuation', '1:29 halfwidth-punctuation']);
    expect((await render('全区共收到,\n同比增长。\n')).places).toEqual(['1:6 halfwidth-punctuation']);
    expect((await render('占15.3%,同比增长;共48,其中\n')).places).toEqual(['1:7 halfwidth-punctuation', '1:12 halfwidth-punctuation', '1:16 halfwidth-punctuation']);
    expect((await render('审结5件(含结转{{行政复议.收到}}件),其中"维持"为主,共\n')).places).toEqual([
      '1:5 halfwidth-punctuation', '1:21 halfwidth-punctuation', '1:22 halfwidth-punctuation', '1:25 straight-quotes', '1:28 straight-quotes', '1:31 halfwidth-punctuation',
    ]);
    expect((await render('(1)加强领导。\n\n一.加强领导。\n')).texts.map(([en]) => en.replace(/ half-width.*: /, ' '))).toEqual([
      '1:1 halfwidth-punctuation (1)加强 → （1)加强)',
      '1:3 halfwidth-punctuation (1)加强领导 → (1）加强领导)',
      '3:2 halfwidth-punctuation 一.加强领导 → 一、加强领导)',
    ]);
  });

  it('reports straight quotes around Chinese text, opening and closing', async () => {
    const { texts } = await render('坚持"依法行政"原则，他说"好”。\n');
    expect(texts).toEqual([
      ['1:3 straight-quotes straight quote " around Chinese text (write the opening quote “: 坚持"依法行政 → 坚持“依法行政)', '中文中的直引号 " 应为中文前引号 “：坚持"依法行政 → 坚持“依法行政'],
      ['1:8 straight-quotes straight quote " around Chinese text (write the closing quote ”: 依法行政"原则，他 → 依法行政”原则，他)', '中文中的直引号 " 应为中文后引号 ”：依法行政"原则，他 → 依法行政”原则，他'],
      ['1:14 straight-quotes straight quote " around Chinese text (write the opening quote “: 则，他说"好”。 → 则，他说“好”。)', '中文中的直引号 " 应为中文前引号 “：则，他说"好”。 → 则，他说“好”。'],
    ]);
    expect((await render('坚持"依**法**行政"原则\n')).places).toEqual(['1:3 straight-quotes', '1:12 straight-quotes']);
  });

  it('reports a space between Chinese characters or before a closing mark', async () => {
    const { texts } = await render('全区 共收到申请 。\n');
    expect(texts).toEqual([
      ['1:3 space-in-chinese space in Chinese text prints as a gap (delete it: 全区 共收到申 → 全区共收到申)', '中文中的空格会印出空隙（请删除：全区 共收到申 → 全区共收到申）'],
      ['1:9 space-in-chinese space in Chinese text prints as a gap (delete it: 收到申请 。 → 收到申请。)', '中文中的空格会印出空隙（请删除：收到申请 。 → 收到申请。）'],
    ]);
    expect((await render('## 一、 总体情况\n')).places).toEqual(['1:6 space-in-chinese']);
  });

  const clean: Array<[string, string]> = [
    ['numbers and times', '共3,000件，增长1.5倍，12:30召开，比例3:1。'],
    ['metric references', '共{{行政复议.收到 | percent:1}}，{{行政复议.直接纠错率}}。'],
    ['an unclosed metric reference', '收到{{行政复议.收到件，同比'],
    ['English words', '使用Excel,Word等软件，即“PPP(public-private partnership)”外的PPP (public-private) 模式: yes.'],
    ['a URL and an e-mail address', '详见http://www.wj.gov.cn/a.html?b=1,c=2及wjsfj@wj.gov.cn。'],
    ['inline code and code', '写作`全区,共`即可。\n\n```\n全区,共\n```'],
    ['a directive line', ':::table{group="行政复议" rows="收到,受理" caption="收案(件)"}\n:::\n\n::table{caption="全区,共" group="行政复议"}'],
    ['a slogan and a title with a space', '开展“疫情防控 法治同行”活动，出台《协同联动 民事与刑事相互衔接的实施意见》。'],
    ['a space between Chinese and a figure', '全区共 {{行政复议.收到}} 件，共 48 件。'],
    ['an ellipsis and a heading number', '等等...\n\n1.主要做法\n\n#### 1.规章'],
    ['English sentences', 'It is 12:30. Call (0519) 8888-8888, "quote" here!'],
  ];

  it.each(clean)('leaves %s alone', async (_what, markdown) => {
    const { file } = await renderMarkdown(markdown);
    expect(places(file).filter((p) => / (halfwidth-punctuation|straight-quotes|space-in-chinese)$/.test(p))).toEqual([]);
  });

  it('finds nothing to report in the bundled examples', async () => {
    const found: string[] = [];
    for (const example of readdirSync(join(ROOT, 'data'))) {
      const dir = join(ROOT, 'data', example, 'sections');
      for (const name of readdirSync(dir)) {
        const { file } = await renderMarkdown(readFileSync(join(dir, name), 'utf8'));
        found.push(...places(file).map((p) => `${example}/${name}:${p}`));
      }
    }
    expect(found).toEqual([]);
  });
});
