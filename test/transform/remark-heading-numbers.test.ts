import { describe, expect, it } from 'vitest';
import { chineseCount } from '../../src/transform/remark-heading-numbers.js';
import { buildStore } from '../../src/metrics/store.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { createMarkdownProcessor } from '../../src/transform/markdown.js';
import { transformSections } from '../../src/transform/sections.js';
import { render } from '../helpers/typing-messages.js';

async function headings(...sections: string[]): Promise<string[]> {
  const sink = new Sink();
  const store = buildStore([], [], sink);
  const files = sections.map((text, i) => ({ path: `sections/0${i}.md`, text }));
  const rendered = await transformSections(files, store, createMarkdownProcessor(), sink);
  return rendered.flatMap((s) => [...s.html.matchAll(/<h(\d)>([^<]*)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`));
}

describe('remarkHeadingNumbers', () => {
  it('numbers unnumbered headings 一、 （一） 1. （1）, resetting lower levels', async () => {
    expect(await headings('## 总体情况\n\n### 主动公开\n\n#### 规章\n\n##### 制发\n\n##### 废止\n\n#### 文件\n\n### 依申请公开\n\n## 存在问题\n\n### 问题')).toEqual([
      'h2 一、总体情况',
      'h3 （一）主动公开',
      'h4 1.规章',
      'h5 （1）制发',
      'h5 （2）废止',
      'h4 2.文件',
      'h3 （二）依申请公开',
      'h2 二、存在问题',
      'h3 （一）问题',
    ]);
  });

  it('keeps literal numbers, never doubles them, and continues from them', async () => {
    expect(await headings('## 一、坚持高位统筹\n\n### （一）强化组织领导\n\n### 科学有序部署', '## 聚焦六稳六保\n\n## 五、凝聚多元合力\n\n## 开展法治宣传')).toEqual([
      'h2 一、坚持高位统筹',
      'h3 （一）强化组织领导',
      'h3 （二）科学有序部署',
      'h2 二、聚焦六稳六保',
      'h2 五、凝聚多元合力',
      'h2 六、开展法治宣传',
    ]);
  });

  it('writes Chinese counts the way headings do', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseCount)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('reports a number typed for another level, with the Markdown to write', async () => {
    const { html, texts } = await render('## （一）加强组织领导\n');
    expect(html).toBe('<h2>一、（一）加强组织领导</h2>');
    expect(texts).toEqual([[
      '1:4 heading-number-level level-1 heading "## （一）加强组织领导" starts with "（一）", a level-2 number (it prints "一、（一）加强组织领导"; write "### 加强组织领导", numbered for you, or "### （一）加强组织领导")',
      '一级标题“## （一）加强组织领导”以二级标题序号“（一）”开头，将印为“一、（一）加强组织领导”（应写为“### 加强组织领导”，序号自动生成；或写为“### （一）加强组织领导”）',
    ]]);
    const others = await render('### 一、总体情况\n\n## 1.主要做法\n\n#### (2)规章\n\n##### 3．制发\n');
    expect(others.texts.map(([en]) => en.replace(/ \(it prints.*/, ''))).toEqual([
      '1:5 heading-number-level level-2 heading "### 一、总体情况" starts with "一、", a level-1 number',
      '3:4 heading-number-level level-1 heading "## 1.主要做法" starts with "1.", a level-3 number',
      '5:6 heading-number-level level-3 heading "#### (2)规章" starts with "(2)", a level-4 number',
      '7:7 heading-number-level level-4 heading "##### 3．制发" starts with "3．", a level-3 number',
    ]);
    expect(others.texts[2]![0]).toContain('write "##### 规章", numbered for you, or "##### （2）规章"');
  });

  it('reports a number of the right level typed in another form', async () => {
    const { html, texts } = await render('#### 1、规章\n\n### (二)依申请公开\n\n## 三.存在问题\n');
    expect(html).toContain('<h4>1.1、规章</h4>');
    expect(texts[0]).toEqual([
      '1:6 heading-number-form level-3 heading "#### 1、规章" starts with "1、", not a level-3 number as the layout writes it (it prints "1.1、规章"; write "#### 规章", numbered for you, or "#### 1.规章")',
      '三级标题“#### 1、规章”的序号“1、”写法不规范，将印为“1.1、规章”（应写为“#### 规章”，序号自动生成；或写为“#### 1.规章”）',
    ]);
    expect(texts.slice(1).map(([en]) => en.split(' starts')[0])).toEqual(['3:5 heading-number-form level-2 heading "### (二)依申请公开"', '5:4 heading-number-form level-1 heading "## 三.存在问题"']);
  });

  it('leaves figures at the start of a heading alone', async () => {
    expect((await render('## 2020年工作安排\n\n#### 1.5倍增长\n\n### 十三五规划\n')).texts).toEqual([]);
  });

  it('reports a # heading (the title comes from report.yaml) and one deeper than #####', async () => {
    const { texts } = await render('# 2020年法治政府建设情况报告\n\n###### 细则\n');
    expect(texts).toEqual([
      [
        '1:1 title-heading "# 2020年法治政府建设情况报告" is a "#" heading: it prints a second title-size heading in the body (the title comes from report.yaml title:, so delete the line; for a level-1 heading, 一、, write "## 2020年法治政府建设情况报告")',
        '“# 2020年法治政府建设情况报告”是“#”标题，会在正文中再排一个文件标题大小的标题（文件标题取自 report.yaml 的 title，请删除此行；如为一级标题“一、”，请写为“## 2020年法治政府建设情况报告”）',
      ],
      [
        '3:1 heading-too-deep heading "###### 细则" is deeper than the four levels a 公文 numbers (## 一、, ### （一）, #### 1., ##### （1））: it prints unnumbered (use at most five #)',
        '标题“###### 细则”超出公文的四级标题（## 一、，### （一），#### 1.，##### （1）），将不编号排印（请用不超过 5 个 # 的标题）',
      ],
    ]);
  });
});
