import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/build-store.js';

/** `line:column rule message` and the Chinese, for this rule's messages. */
async function warnings(markdown: string): Promise<{ html: string; texts: Array<[string, string]> }> {
  const { html, file } = await renderMarkdown(markdown);
  const texts = file.messages.filter((m) => m.ruleId === 'typed-run-in-heading').map((m): [string, string] => [`${m.line}:${m.column} ${m.fatal ? 'fatal' : 'warn'} ${m.reason}`, m.zh as string]);
  return { html, texts };
}

describe('remarkTypedHeadings: a run-in heading typed as in Word', () => {
  it('warns about a run-in heading typed as in Word, with the run-in heading to write', async () => {
    const { html, texts } = await warnings('（一）主动公开情况。2024年，本机关主动公开信息。\n');
    expect(html).toBe('<p>（一）主动公开情况。2024年，本机关主动公开信息。</p>');
    expect(texts).toEqual([[
      '1:1 warn line "（一）主动公开情况。2024年，本机关主动公开…" is typed like a run-in heading but prints as body text, unnumbered (write "### 主动公开情况。2024年，本机关主动公…": the heading in its face, numbered for you)',
      '“（一）主动公开情况。2024年，本机关主动公开…”按标题接正文的样式录入，但会整段排成正文，标题不编号（应写为“### 主动公开情况。2024年，本机关主动公…”，标题按级用字体，序号自动生成）',
    ]]);
  });

  it('knows every level and the forms Word users type, on any line of a paragraph', async () => {
    const { texts } = await warnings('一、总体情况。全年平稳。\n\n正文第一行。\n(二)依申请公开。全年新收申请。\n\n　　1．主要做法。一是加强领导。\n\n（1）制发。共1件。\n');
    expect(texts.map(([en]) => en.replace(/ is typed.*\(write/, ' (write').replace(/: the heading.*/, ''))).toEqual([
      '1:1 warn line "一、总体情况。全年平稳。" (write "## 总体情况。全年平稳。"',
      '4:1 warn line "(二)依申请公开。全年新收申请。" (write "### 依申请公开。全年新收申请。"',
      '6:3 warn line "1．主要做法。一是加强领导。" (write "#### 主要做法。一是加强领导。"',
      '8:1 warn line "（1）制发。共1件。" (write "##### 制发。共1件。"',
    ]);
  });

  it('leaves sentences, headings alone on their line, run-in headings written as such, and lists alone', async () => {
    const text = [
      '（一）加强组织领导，全区成立领导小组。',
      '（一）主动公开情况。',
      `（一）${'很'.repeat(21)}。正文。`,
      '2020年。全区共收到申请。',
      '1.5倍于上年。增长明显。',
      '一是加强领导。二是完善制度。',
      '',
      '### 主动公开情况。2024年，本机关主动公开信息。',
      '',
      '1. 列表项。正文。',
    ].join('\n');
    expect((await warnings(text)).texts).toEqual([]);
  });
});
