import { describe, expect, it } from 'vitest';
import { chineseCount } from '../../src/transform/remark-heading-numbers.js';
import { buildStore } from '../../src/metrics/store.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { createMarkdownProcessor } from '../../src/transform/markdown.js';
import { transformSections } from '../../src/transform/sections.js';

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
});
