import type { Artifact } from '../write/atomic.js';
import { defaultTemplate, templateNamed } from '../kinds/disclosure-annual/layout.js';
import { disclosureTableMetrics } from './disclosure-metrics.js';
import { sectionGuide } from './plain-report.js';

/**
 * The sections and metric files of a new 政府信息公开工作年度报告 (kind disclosure-annual):
 * the six parts of the standard format (国办公开办函〔2021〕30号) with placeholder prose, the
 * three standard tables placed by `{{table:…}}` in the format of the year (2019 and 2020:
 * the 试行 format of 2019), and every table cell at 0. `year` is the year the report covers.
 */
export function disclosureReportFiles(year: number): Artifact[] {
  const template = templateNamed(defaultTemplate(year));
  const tables = disclosureTableMetrics(template);
  return [
    { name: 'sections/00-前言.md', content: opening(year, template.issuedBy) },
    { name: 'sections/01-总体情况.md', content: overview(year) },
    { name: 'sections/02-主动公开.md', content: '## 主动公开政府信息情况\n\n{{table:二}}\n' },
    { name: 'sections/03-依申请公开.md', content: '## 收到和处理政府信息公开申请情况\n\n{{table:三}}\n' },
    { name: 'sections/04-复议诉讼.md', content: REVIEW },
    { name: 'sections/05-问题及改进.md', content: PROBLEMS },
    { name: 'sections/06-其他事项.md', content: OTHER },
    { name: 'metrics/1-总体情况.yaml', content: OVERVIEW_METRICS },
    { name: 'metrics/2-主动公开.yaml', content: tables.proactive },
    { name: 'metrics/3-依申请公开.yaml', content: tables.applications },
    { name: 'metrics/4-复议诉讼.yaml', content: tables.review },
    { name: 'metrics/6-其他事项.yaml', content: OTHER_METRICS },
  ];
}

function opening(year: number, issuedBy: string): string {
  return `${sectionGuide(['第二、三、四部分的标准表格由 02、03、04 号文件中独占一行的表格占位符生成，数字取自 metrics 目录，不要删除占位符。'])}
本报告由某区人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式${issuedBy.includes('2019') ? '（试行）' : ''}》（${issuedBy}）要求编制。
全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。
本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。
如对本报告有疑问，请与某区人民政府办公室联系（地址：某区某路某号；邮编：000000；电话：0000-00000000）。
`;
}

function overview(year: number): string {
  return `## 总体情况

### 主动公开

${year}年，通过区政府门户网站主动公开政府信息{{主动公开情况.公开信息}}条，发布政策解读{{主动公开情况.政策解读}}篇，其中图解{{主动公开情况.图解}}篇。
本年制发行政规范性文件{{主动公开.行政规范性文件.本年制发}}件，废止{{主动公开.行政规范性文件.本年废止}}件，现行有效{{主动公开.行政规范性文件.现行有效}}件。
（此处写明主动公开的主要做法。）

### 依申请公开

全年新收政府信息公开申请{{依申请.本年新收.总计}}件，上年结转{{依申请.上年结转.总计}}件。
本年度办结{{依申请.办理结果.总计.总计}}件，其中予以公开{{依申请.办理结果.予以公开.总计}}件，部分公开{{依申请.办理结果.部分公开.总计}}件；结转下年度继续办理{{依申请.结转下年度.总计}}件。
（此处写明依申请公开的办理情况，如答复是否均在法定期限内。）

### 政府信息管理

（此处写明公开前保密审查、发布审核，政府信息公开指南和目录的更新，已失效政策文件的清理等情况。）

### 政府信息公开平台建设

（此处写明政府网站信息公开专栏、政务新媒体等平台的建设和更新情况。）

### 监督保障

（此处写明组织领导、工作考核、业务培训和责任追究等情况。）
`;
}

const REVIEW = `## 政府信息公开行政复议、行政诉讼情况

{{table:四}}

本年度因政府信息公开被申请行政复议{{复议诉讼.行政复议.总计}}件，被直接提起行政诉讼{{复议诉讼.未经复议直接起诉.总计}}件，经复议后被提起行政诉讼{{复议诉讼.复议后起诉.总计}}件。
`;

const PROBLEMS = `## 存在的主要问题及改进情况

（此处写明本年度政府信息公开工作存在的主要问题和改进措施，以及上年度问题的改进情况。）
一是……。下一步将……。
二是……。下一步将……。
`;

const OTHER = `## 其他需要报告的事项

本年度收取信息处理费{{信息处理费}}元。
（此处写明本年度政务公开工作要点落实情况，人大代表建议和政协提案办理结果公开情况等。）
`;

const OVERVIEW_METRICS = `# 总体情况中写到、表格里没有的数字。全部预填为 0，请按本年度的实际数字填写；
# 不用的可以删去（同时删去正文中的引用），需要的照样增加，如 新媒体发布: { value: 0, unit: 条 }。
主动公开情况:
  公开信息: { value: 0, unit: 条, label: 通过门户网站主动公开的政府信息 }
  政策解读: { value: 0, unit: 篇, label: 发布的政策解读 }
  图解: { value: 0, unit: 篇, label: 政策解读中的图解 }

# 比例：写明的百分数和它的计算公式（formula），report check 核对二者在所示精度上是否一致。
# 分母（本年新收申请的总计）为 0 时无法计算，所以先注释掉；填好表格三的数字后删去行首的“# ”启用，
# 并把 value 改成实际的比例（不一致时 report check 会给出按公式算得的数），正文中写 {{占比.自然人申请}} 引用。
# 占比:
#   自然人申请:
#     value: 82.1%
#     formula: 依申请.本年新收.自然人 / 依申请.本年新收.总计
#     label: 自然人申请占本年新收申请的比例

# 校验：应当成立的等式或不等式（== 相等，<= 不大于），report check 逐条核对，不成立时报错并给出两边的数字。
# 表格内的合计关系由 report check 自动核对，不用在这里写。
checks:
  - { name: 图解包含在政策解读中, expr: "主动公开情况.图解 <= 主动公开情况.政策解读" }
`;

const OTHER_METRICS = `# 六、其他需要报告的事项：本年度收取的信息处理费（《政府信息公开信息处理费管理办法》，国办函〔2020〕109号）。
信息处理费: { value: 0, unit: 元, label: 本年度收取的信息处理费 }
`;
