/**
 * The Chinese names of the keys, as a clerk who knows the portal's 信息公开 table and
 * GB/T 9704 would type them instead of the kebab-case key: `文件编号:` for
 * `document-number:`. The first name of each key is the one the messages use.
 */
export type KeyNames = ReadonlyArray<readonly [path: string, names: readonly string[]]>;

/** report.yaml, every key at its full dotted path (README, "report.yaml"). */
export const MANIFEST_KEY_NAMES: KeyNames = [
  ['title', ['标题', '文件标题', '公文标题', '文件名称', '报告标题']],
  ['name', ['信息名称', '名称']],
  ['issuer', ['发文机关', '发文单位', '发文机关署名', '署名机关', '发文机关名称']],
  ['document-number', ['发文字号', '文件编号', '文号', '发文文号', '字号', '编号']],
  ['index-number', ['索引号', '信息索引号']],
  ['recipients', ['主送机关', '主送', '主送单位']],
  ['date', ['成文日期', '产生日期', '日期', '生成日期', '发文日期']],
  ['published', ['发布日期', '公开日期', '发布时间']],
  ['expires', ['废止日期', '失效日期', '有效期', '有效性']],
  ['publisher', ['发布机构', '发布单位', '公开机构', '公开主体']],
  ['classification', ['分类', '信息分类']],
  ['classification.topic', ['主题分类', '主题']],
  ['classification.genre', ['体裁分类', '体裁', '文种']],
  ['classification.series', ['组配分类', '组配']],
  ['summary', ['内容概述', '摘要', '内容摘要', '概述']],
  ['keywords', ['主题词', '关键词', '关键字']],
  ['note', ['附注']],
  ['portal', ['门户网站', '网站', '政府网站']],
  ['portal.site-name', ['网站名称', '站点名称']],
  ['portal.site-domain', ['网站域名', '域名']],
  ['portal.site-id-code', ['网站标识码', '标识码']],
  ['portal.column-name', ['栏目名称', '栏目']],
  ['portal.column-type', ['栏目类型']],
  ['portal.url', ['网址', '页面地址', '链接']],
  ['portal.index-number-pattern', ['索引号格式', '索引号规则', '索引号编码规则']],
  ['masthead', ['版头']],
  ['masthead.organ', ['发文机关标志', '机关标志']],
  ['masthead.suffix', ['文件字样', '后缀']],
  ['masthead.color', ['颜色', '版头颜色']],
  ['masthead.signers', ['签发人']],
  ['masthead.copy-number', ['份号']],
  ['masthead.secrecy', ['密级', '密级和保密期限']],
  ['masthead.urgency', ['紧急程度']],
  ['signature', ['署名', '落款']],
  ['signature.show', ['显示署名', '显示落款']],
  ['signature.seal', ['印章', '盖章', '加盖印章']],
  ['colophon', ['版记']],
  ['colophon.cc', ['抄送机关', '抄送']],
  ['colophon.printer', ['印发机关']],
  ['colophon.printed', ['印发日期']],
  ['fonts', ['字体']],
  ['fonts.body', ['正文字体', '正文']],
  ['fonts.title', ['标题字体']],
  ['fonts.heading1', ['一级标题字体', '一级标题']],
  ['fonts.heading2', ['二级标题字体', '二级标题']],
  ['fonts.page-number', ['页码字体', '页码']],
  ['layout', ['版式', '排版', '页面设置']],
  ['layout.mirror-margins', ['对称页边距', '镜像页边距']],
  ['layout.heading3-bold', ['三级标题加粗']],
  ['layout.page-number-indent', ['页码缩进']],
  ['output', ['输出文件名', '文件名']],
  ['kind', ['报告类型', '类型', '种类']],
  ['disclosure-template', ['表格格式', '报告格式', '年度报告格式']],
  ['previous', ['上年报告', '上一年度报告', '去年报告', '上年度报告']],
  ['confirmed-years', ['已核对年份', '确认年份', '保留年份']],
];

/** The attributes of a metric written as a mapping (README, "Metrics"). */
export const METRIC_KEY_NAMES: KeyNames = [
  ['value', ['数值', '值', '数', '数据', '数字']],
  ['formula', ['公式', '计算公式', '算式']],
  ['format', ['格式', '显示格式']],
  ['unit', ['单位', '计量单位']],
  ['label', ['标签', '名称', '项目', '指标名称']],
  ['note', ['备注', '说明', '注', '注释', '附注']],
  ['source', ['来源', '数据来源', '出处']],
];

/** The attributes of `:::table` and `:::chart` (README, "Tables" and "Charts"). */
export const DIRECTIVE_KEY_NAMES: KeyNames = [
  ['caption', ['表题', '标题', '题注', '图题']],
  ['group', ['分组', '组']],
  ['rows', ['行']],
  ['columns', ['列']],
  ['format', ['格式']],
  ['corner', ['表头', '左上角']],
  ['type', ['类型', '图表类型']],
];

/** Where a key the schema does not have belongs: a key at `under` (`''`: the top level), or here. */
export interface KeySuggestion {
  key: string;
  /** The mapping the key belongs in, when it is not the one the clerk wrote it in. */
  under?: string;
}

/**
 * The key meant by a key the schema does not have at `parent`: a Chinese name
 * (`文件编号` → `document-number`, `主题分类` inside `classification` → `topic`), or an
 * English key written in the wrong mapping (`printer` at the top level → `printer` under
 * `colophon`). Names meant for this mapping win over the same name elsewhere (`标题` is
 * `title` at the top level and `fonts.title` inside `fonts`).
 */
export function suggestKey(names: KeyNames, key: string, parent: readonly PropertyKey[]): KeySuggestion | undefined {
  const here = parent.map(String).join('.');
  const typed = key.trim();
  const matches = names.filter(([path, chinese]) => chinese.includes(typed) || lastSegment(path) === typed).map(([path]) => path);
  const best = matches.find((path) => parentOf(path) === here) ?? matches[0];
  if (best === undefined || best === (here ? `${here}.${typed}` : typed)) return undefined;
  const under = parentOf(best);
  return under === here ? { key: lastSegment(best) } : { key: lastSegment(best), under };
}

/** The Chinese name of a key at a dotted path (`date` → 成文日期), for the Chinese messages. */
export function chineseNameOf(names: KeyNames, path: string): string | undefined {
  return names.find(([p]) => p === path)?.[1][0];
}

function parentOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(0, dot);
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}
