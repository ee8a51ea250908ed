import type { ReportKind } from './kinds.js';
import { SCHEMA_FILE } from './schema-file.js';

/** What the skeleton's report.yaml is filled with: the kind, and dates from the CLI's clock. */
export interface ManifestSettings {
  kind: ReportKind;
  /** The year the report covers (an annual report is written after its year ends). */
  year: number;
  /** Today, `YYYY-MM-DD`: the placeholder 成文日期. */
  today: string;
}

/**
 * The skeleton's report.yaml: every key of the manifest schema, each under a Chinese comment
 * saying what it is, where the portal or the printed document shows it, and an example.
 * Required keys hold placeholder values that pass `report check`; optional keys are
 * commented out, so deleting the `# ` before them gives valid YAML.
 */
export function manifestText(settings: ManifestSettings): string {
  const { kind, year, today } = settings;
  const now = Number(today.slice(0, 4));
  const disclosure = kind === 'disclosure-annual';
  const subject = disclosure ? '政府信息公开工作年度报告' : '法治政府建设情况报告';
  const title = `某区人民政府${year}年${subject}`;
  const summary = disclosure
    ? `某区人民政府${year}年政府信息公开工作总体情况，主动公开、依申请公开、行政复议和行政诉讼情况，存在的主要问题及改进情况`
    : `某区人民政府${year}年法治政府建设工作情况、存在的不足和${year + 1}年工作安排`;
  const keywords = disclosure ? '[政府信息公开, 年度报告]' : '[法治政府建设, 工作报告]';

  return `# yaml-language-server: $schema=${SCHEMA_FILE}
# ${title}：报告的基本信息。
#
# 每个字段上方的注释说明它是什么、在政府信息公开平台或公文的哪里显示，并给出示例。
# 必填字段已填入示例值（某区人民政府、索引号、日期等），请逐项改为本单位的实际内容。
# 选填字段已用 # 注释掉；需要时删去行首的“# ”（井号和其后的空格）再填写。
# 日期一律写成 年-月-日，如 ${today}。冒号、逗号用英文半角（: ,），冒号后空一格。
# 门户网站上本条信息确实没有的栏目（索引号、发布机构、分类、文件编号）写 无（或 none），
# 网页上显示为空白；写 null 表示“尚未填写”，report check 会提示补填。
# 改完后在报告目录运行 report check 检查，没有问题时运行 report build 生成网页和 PDF。

# 标题（必填）：公文标题，也是信息公开表中的“信息名称”。
# 标题较长、需要指定在哪里换行时，写成下面的形式（竖线后每行缩进两格）：
#   title: |-
#     某区人民政府
#     ${year}年${subject}
title: ${title}

# 信息名称（选填）：门户网站列出本条信息时的名称，与标题不同时才填写。
# name: ${title}

# 发文机关（必填）：正文后的落款署名，也是 PDF 文件属性中的“作者”。
issuer: 某区人民政府

# 文件编号（选填）：即发文字号，显示在信息公开表“文件编号”栏和标题上方。
# 年份用六角括号〔〕，序号不编虚位（写 1号，不写 01号），不加“第”；年份应与成文日期一致。
# document-number: 某政发〔${now}〕1号

# 索引号（必填）：信息公开表“索引号”栏，由门户网站或本单位档案部门编制，照网站上的原样填写。
# 常见格式为“9位机构代码/年份-5位序号”，如 014133058/${now}-00012；也有以18位统一社会信用代码
# 或10位代码开头、6位序号的。年份一般与发布日期的年份相同。网站上没有索引号时写 无。
# 本网站的索引号另有格式时，在下面 portal 中写明 index-number-pattern。
index-number: 000000000/${now}-00001

# 主送机关（选填）：正文前顶格书写的受文机关；有多个时写成列表，如 [某市人民政府, 某市司法局]。
# recipients: [某市人民政府]

# 成文日期（必填）：落款下方的日期，也是信息公开表的“产生日期”。
date: ${today}

# 发布日期（选填）：信息公开表“发布日期”栏，也是网页的 PubDate 标签；不早于成文日期。
# published: ${today}

# 废止日期（选填）：信息公开表“废止日期”栏；不填或写 null 时显示“有效”。
# expires: null

# 发布机构（必填）：信息公开表“发布机构”栏；网站上没有时写 无。
publisher: 某区人民政府办公室

# 分类（必填）：信息公开表的“主题分类”“体裁分类”“组配分类”，按门户网站的分类目录填写。
# 网站上没有的分类写 无；三项都没有时可写 classification: 无。
classification:
  topic: 综合政务   # 主题分类
  genre: 报告       # 体裁分类
  series: 其他      # 组配分类

# 内容概述（必填）：信息公开表“内容概述”栏，也是 PDF 文件属性中的“主题”。
summary: ${summary}

# 主题词（选填）：网页的 Keywords 标签和 PDF 的关键词，写成列表。
# keywords: ${keywords}

# 附注（选填）：落款下方加圆括号的说明，如（此件公开发布）；括号不用写。
# note: 此件公开发布

# 门户网站（选填）：网页顶部和底部的网站信息，以及《政府网站发展指引》要求的 meta 标签。
# portal:
#   site-name: 某区人民政府                   # 网站名称
#   site-domain: www.example.gov.cn           # 网站域名
#   site-id-code: '0000000000'                # 网站标识码（见网站底部），数字写在引号内
#   column-name: 政府信息公开                 # 栏目名称
#   column-type: 信息公开                     # 栏目类别
#   url: https://www.example.gov.cn/zfxxgk/   # 本页在网站上的地址
#   index-number-pattern: NNNNNNNNN/YYYY-NNNNN   # 本网站的索引号格式：N 为数字，A 为数字或大写字母，YYYY 为年份；写明后严格核对

# 版头（选填）：首页上端红色的发文机关标志，以及份号、密级、紧急程度、签发人（GB/T 9704 第7.2条）。
# 不写则没有版头，正文从标题开始。
# masthead:
#   organ: 某区人民政府     # 发文机关标志，默认同发文机关
#   suffix: 文件            # 机关名称后的“文件”二字；写 null 则不加
#   color: '#FF0000'        # 红色，写在引号内
#   signers: [张某某]       # 签发人，上行文才写
#   copy-number: '000001'   # 份号，写在引号内
#   secrecy: 秘密★1年       # 密级和保密期限，公开发布的文件不写
#   urgency: 加急           # 紧急程度：特急或加急

# 落款（选填）：加盖印章时写 seal: true，成文日期右空四字，为印章留出位置（GB/T 9704 第7.3.5.1条）。
# 正文后不署发文机关和成文日期的（许多政府信息公开年度报告如此），写 signature: 无（或 show: false）；
# 成文日期（date）仍须填写，用作信息公开表的“产生日期”。
# signature:
#   show: true    # 显示落款；false 则不显示
#   seal: true

# 版记（选填）：末页下端的抄送机关、印发机关和印发日期（GB/T 9704 第7.4条）。
# colophon:
#   cc: [区委办公室, 区人大常委会办公室]   # 抄送机关
#   printer: 某区人民政府办公室            # 印发机关
#   printed: ${today}                    # 印发日期

# 字体（选填）：PDF 各部分优先使用的字体，依次尝试，写本机已安装的字体名。
# 不写时依次尝试仿宋_GB2312、方正小标宋简体、黑体、楷体_GB2312、宋体等常用公文字体。
# fonts:
#   body: [仿宋_GB2312]          # 正文
#   title: [方正小标宋简体]      # 标题
#   heading1: [黑体]             # 一级标题（一、）
#   heading2: [楷体_GB2312]      # 二级标题（（一））
#   page-number: [宋体]          # 页码

# 版式（选填）：标准未作统一规定的几处排法，括号内为默认值。
# layout:
#   mirror-margins: false        # 双面印刷时偶数页左右页边距对调（false）
#   heading3-bold: false         # 三级标题（1.）加粗（false）
#   page-number-indent: 14pt     # 页码外侧空一字的宽度：14pt 或 16pt（14pt）

# 输出文件名（选填）：生成的 .html、.pdf 文件名（不含扩展名），默认为报告目录名。
# output: ${year}年${subject}

# 报告类型：report 为一般报告（默认）；disclosure-annual 为政府信息公开工作年度报告，
# 自动生成第二、三、四部分的标准表格并核对表内数字。
${disclosure ? 'kind: disclosure-annual' : '# kind: report'}

# 表格格式（选填）：仅用于政府信息公开工作年度报告。2021 为国办公开办函〔2021〕30号格式，
# 2019 为国办公开办函〔2019〕60号试行格式；不写时按报告年度，2019、2020年度用 2019，2021年度起用 2021。
# disclosure-template: ${year <= 2020 ? 2019 : 2021}

# 上年报告（选填）：上年报告所在的目录（相对于本目录），正文可用 prev. 引用上年数字、计算同比。
# previous: ../${year - 1}年${subject}

# 已核对的年份（选填）：正文沿用上年报告原句、其中年份确需保留的，列出含该年份的短语，
# report check 不再提示“年份沿用上年报告”（stale-year）；不影响正文。
# confirmed-years: [${year - 5}年以来]
`;
}
