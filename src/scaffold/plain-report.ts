import type { Artifact } from '../write/atomic.js';

/**
 * The sections and the metric file of a new report of kind `report`: the shape of a
 * 法治政府建设情况报告 (the commonest annual report of a district office), short placeholder
 * prose that shows the heading levels and cites the metric file with `{{…}}`.
 * `year` is the year the report covers.
 */
export function plainReportFiles(year: number): Artifact[] {
  return [
    { name: 'sections/01-工作情况.md', content: workSection(year) },
    { name: 'sections/02-问题和安排.md', content: nextSection(year) },
    { name: 'metrics/主要指标.yaml', content: METRICS },
  ];
}

/**
 * What the clerk needs to know of Markdown, atop the first section file: an HTML comment,
 * which prints nothing. It names no metric and no placeholder, so no check reads it as text.
 */
export function sectionGuide(extra: readonly string[] = []): string {
  return `<!--
这段说明不会出现在生成的网页和 PDF 中，看完可以删除。
正文按文件名开头的数字排序（01、02……）；需要时可以增加章节文件，文件名同样以两位数字开头。
以“## ”开头的行是一级标题，自动编号为“一、”；以“### ”开头的是二级标题，自动编号为“（一）”；
以“#### ”开头的是三级标题，自动编号为“1.”。标题不用自己输入编号；不要用单个“# ”，公文标题取自 report.yaml。
段落之间空一行；段首不要输入空格，生成时自动首行缩进两字。
两层花括号括起的指标名，生成时换成 metrics 目录中该指标的数字，不要改成全角花括号。
${extra.map((line) => `${line}\n`).join('')}-->
`;
}

function workSection(year: number): string {
  return `${sectionGuide()}
${year}年，某区人民政府（此处用一段话概述全年法治政府建设的总体情况和主要成效）。现将有关情况报告如下：

## 主要工作和成效

### 依法化解行政争议

全年共收到行政复议申请{{行政复议.收到}}件，依法受理{{行政复议.受理}}件，不予受理{{行政复议.不予受理}}件。（此处写明主要做法和成效。）

### 严格规范公正文明执法

开展行政执法案卷评查，共评查案卷{{行政执法.评查案卷}}卷，评查合格率{{行政执法.评查合格率}}。（此处写明主要做法和成效。）
`;
}

function nextSection(year: number): string {
  return `## 存在的不足和原因

（此处写明工作中存在的主要问题及其原因。）一是……；二是……。

## ${year + 1}年工作安排

### 持续推进……

（此处写明下一年度的工作思路和主要措施。）

特此报告。
`;
}

const METRICS = `# 指标：正文引用的数字，每个数字一个键，键名可以用中文。
# 正文中写 {{行政复议.收到}}，生成时换成下面“行政复议”一组中“收到”的数字。
# 冒号用英文半角，冒号后空一格；下一级缩进两个空格，不要用 Tab。
# 以下均为示例数字，请改为本年度的实际数字；不用的删去（同时删去正文中的引用），需要的照样增加。
#
# 写法：
#   收到: 48                                         只写数字
#   收到: { value: 48, unit: 件, label: 收到申请 }   数字、单位和说明
#   合格率: 93.8%                                    比例写成百分数，原样印出
#   一个比例同时写明 value 和 formula（计算公式）时，report check 核对二者在所示精度上是否一致。

行政复议:
  收到: { value: 48, unit: 件, label: 收到行政复议申请 }
  受理: { value: 45, unit: 件, label: 依法受理的行政复议申请 }
  不予受理: { value: 3, unit: 件 }

行政执法:
  评查案卷: { value: 65, unit: 卷, label: 评查的行政执法案卷 }
  评查合格: { value: 61, unit: 卷, label: 评查合格的案卷 }
  # 公式中的名称先在本组（行政执法）内查找，也可以写完整的名称，如 行政执法.评查合格
  评查合格率:
    value: 93.8%
    formula: 评查合格 / 评查案卷
    label: 行政执法案卷评查合格率

# 校验：应当成立的等式或不等式（== 相等，<= 不大于），report check 逐条核对，不成立时报错并给出两边的数字。
checks:
  - { name: 收到等于受理加不予受理, expr: "行政复议.收到 == 行政复议.受理 + 行政复议.不予受理" }
`;
