/**
 * The fixed tables of the 政府信息公开工作年度报告, one definition per format (the 2021
 * format of 国办公开办函〔2021〕30号 and the 2019 试行 format of 国办公开办函〔2019〕60号):
 * their rows, columns and labels, and the metric ids each cell is read from. The checks
 * and the rendered tables both walk it (docs: disclosure-annual-report.md).
 */

/** A row of a table: the metric group its cells live in, and its label in the template. */
export interface Row {
  /** e.g. `依申请.本年新收`; a cell is `<id>.<column key>` */
  id: string;
  label: string;
}

// ── 二、主动公开政府信息情况 ───────────────────────────────────────────────────────────

/** What a cell of table 二 holds: a count (whole, ≥ 0), a signed change (本年增/减), an amount (≥ 0). */
export type CellKind = 'count' | 'signed' | 'amount';

/** One block of table 二: the clause of article 20 it reports on, its columns and rows. */
export interface ProactiveBlock {
  clause: string;
  columns: Array<{ key: string; label: string; kind?: CellKind }>;
  rows: Row[];
}

/** Table 二 of the 2021 format (国办公开办函〔2021〕30号). */
const PROACTIVE_2021: readonly ProactiveBlock[] = [
  {
    clause: '第二十条第（一）项',
    columns: [
      { key: '本年制发', label: '本年制发件数' },
      { key: '本年废止', label: '本年废止件数' },
      { key: '现行有效', label: '现行有效件数' },
    ],
    rows: [
      { id: '主动公开.规章', label: '规章' },
      { id: '主动公开.行政规范性文件', label: '行政规范性文件' },
    ],
  },
  {
    clause: '第二十条第（五）项',
    columns: [{ key: '本年处理决定', label: '本年处理决定数量' }],
    rows: [{ id: '主动公开.行政许可', label: '行政许可' }],
  },
  {
    clause: '第二十条第（六）项',
    columns: [{ key: '本年处理决定', label: '本年处理决定数量' }],
    rows: [
      { id: '主动公开.行政处罚', label: '行政处罚' },
      { id: '主动公开.行政强制', label: '行政强制' },
    ],
  },
  {
    clause: '第二十条第（八）项',
    columns: [{ key: '本年收费金额', label: '本年收费金额（单位：万元）', kind: 'amount' }],
    rows: [{ id: '主动公开.行政事业性收费', label: '行政事业性收费' }],
  },
];

/** The three columns of 第二十条第（五）项 and （六）项 in the 2019 format; 本年增/减 is signed. */
const ITEMS_2019 = [
  { key: '上一年项目数量', label: '上一年项目数量' },
  { key: '本年增减', label: '本年增/减', kind: 'signed' as const },
  { key: '处理决定数量', label: '处理决定数量' },
];

/** Table 二 of the 2019 试行 format (国办公开办函〔2019〕60号): other columns, and （九）项. */
const PROACTIVE_2019: readonly ProactiveBlock[] = [
  {
    clause: '第二十条第（一）项',
    columns: [
      { key: '本年新制作', label: '本年新制作数量' },
      { key: '本年新公开', label: '本年新公开数量' },
      { key: '对外公开总数', label: '对外公开总数量' },
    ],
    rows: [
      { id: '主动公开.规章', label: '规章' },
      { id: '主动公开.规范性文件', label: '规范性文件' },
    ],
  },
  {
    clause: '第二十条第（五）项',
    columns: ITEMS_2019,
    rows: [
      { id: '主动公开.行政许可', label: '行政许可' },
      { id: '主动公开.其他对外管理服务事项', label: '其他对外管理服务事项' },
    ],
  },
  {
    clause: '第二十条第（六）项',
    columns: ITEMS_2019,
    rows: [
      { id: '主动公开.行政处罚', label: '行政处罚' },
      { id: '主动公开.行政强制', label: '行政强制' },
    ],
  },
  {
    clause: '第二十条第（八）项',
    columns: ITEMS_2019.slice(0, 2),
    rows: [{ id: '主动公开.行政事业性收费', label: '行政事业性收费' }],
  },
  {
    clause: '第二十条第（九）项',
    columns: [
      { key: '采购项目数量', label: '采购项目数量' },
      { key: '采购总金额', label: '采购总金额', kind: 'amount' },
    ],
    rows: [{ id: '主动公开.政府集中采购', label: '政府集中采购' }],
  },
];

// ── 三、收到和处理政府信息公开申请情况 ─────────────────────────────────────────────────

/** The applicant columns: 自然人, the five kinds of 法人或其他组织, then 总计. */
export const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;
export const ORGANISATIONS = APPLICANTS.slice(1);
export const TOTAL = '总计';
export const APPLICATION_COLUMNS = [...APPLICANTS, TOTAL] as const;

/** A group of 三、本年度办理结果: a row of its own, or numbered items with no subtotal row. */
export interface ResultGroup {
  key: string;
  label: string;
  items?: Array<{ key: string; label: string }>;
}

/** The groups of 三、本年度办理结果 in the 2021 format, （六） in its three items. */
const RESULTS_2021: readonly ResultGroup[] = [
  { key: '予以公开', label: '（一）予以公开' },
  { key: '部分公开', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  {
    key: '不予公开',
    label: '（三）不予公开',
    items: [
      { key: '属于国家秘密', label: '1.属于国家秘密' },
      { key: '其他法律行政法规禁止公开', label: '2.其他法律行政法规禁止公开' },
      { key: '危及三安全一稳定', label: '3.危及“三安全一稳定”' },
      { key: '保护第三方合法权益', label: '4.保护第三方合法权益' },
      { key: '属于三类内部事务信息', label: '5.属于三类内部事务信息' },
      { key: '属于四类过程性信息', label: '6.属于四类过程性信息' },
      { key: '属于行政执法案卷', label: '7.属于行政执法案卷' },
      { key: '属于行政查询事项', label: '8.属于行政查询事项' },
    ],
  },
  {
    key: '无法提供',
    label: '（四）无法提供',
    items: [
      { key: '本机关不掌握相关政府信息', label: '1.本机关不掌握相关政府信息' },
      { key: '没有现成信息需要另行制作', label: '2.没有现成信息需要另行制作' },
      { key: '补正后申请内容仍不明确', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: '不予处理',
    label: '（五）不予处理',
    items: [
      { key: '信访举报投诉类申请', label: '1.信访举报投诉类申请' },
      { key: '重复申请', label: '2.重复申请' },
      { key: '要求提供公开出版物', label: '3.要求提供公开出版物' },
      { key: '无正当理由大量反复申请', label: '4.无正当理由大量反复申请' },
      { key: '要求行政机关确认或重新出具已获取信息', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    key: '其他处理',
    label: '（六）其他处理',
    items: [
      { key: '申请人逾期不补正', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { key: '申请人逾期未缴费', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { key: '其他', label: '3.其他' },
    ],
  },
];

/** （六）其他处理 as one row: the 2019 format's only form, and printed so under 2021 by many reports. */
const OTHER_UNDIVIDED: ResultGroup = { key: '其他处理', label: '（六）其他处理' };

/** The 2019 format's results: the 2021 groups, but （六） is one row. */
const RESULTS_2019: readonly ResultGroup[] = RESULTS_2021.map((group) => (group.key === OTHER_UNDIVIDED.key ? OTHER_UNDIVIDED : group));

export const NEW_APPLICATIONS: Row = { id: '依申请.本年新收', label: '一、本年新收政府信息公开申请数量' };
export const CARRIED_IN: Row = { id: '依申请.上年结转', label: '二、上年结转政府信息公开申请数量' };
export const RESULTS_TOTAL: Row = { id: '依申请.办理结果.总计', label: '（七）总计' };
export const CARRIED_OUT: Row = { id: '依申请.结转下年度', label: '四、结转下年度继续办理' };

/** The id of a result row: `依申请.办理结果.不予公开.属于国家秘密`, or `依申请.办理结果.予以公开` for a group without items. */
export function resultRowId(group: ResultGroup, item?: { key: string }): string {
  return item ? `依申请.办理结果.${group.key}.${item.key}` : `依申请.办理结果.${group.key}`;
}

// ── 四、政府信息公开行政复议、行政诉讼情况 ───────────────────────────────────────────

export const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结'] as const;
export const BLOCK_COLUMNS = [...OUTCOMES, TOTAL] as const;

export const REVIEW_BLOCKS: readonly Row[] = [
  { id: '复议诉讼.行政复议', label: '行政复议' },
  { id: '复议诉讼.未经复议直接起诉', label: '行政诉讼 未经复议直接起诉' },
  { id: '复议诉讼.复议后起诉', label: '行政诉讼 复议后起诉' },
];

// ── the two templates ─────────────────────────────────────────────────────────────────

/** report.yaml `disclosure-template:`: the year of the format's issue. */
export const TEMPLATE_NAMES = [2019, 2021] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/**
 * A format of the report: the tables of one 国办公开办函 (table 二 and the results of
 * table 三 differ; table 四 and the rest of table 三 are common), and the form its （六）
 * takes in this report.
 */
export interface Template {
  name: TemplateName;
  /** 国办公开办函〔2021〕30号 */
  issuedBy: string;
  proactive: readonly ProactiveBlock[];
  results: readonly ResultGroup[];
}

const TEMPLATES: Record<TemplateName, Template> = {
  2019: { name: 2019, issuedBy: '国办公开办函〔2019〕60号', proactive: PROACTIVE_2019, results: RESULTS_2019 },
  2021: { name: 2021, issuedBy: '国办公开办函〔2021〕30号', proactive: PROACTIVE_2021, results: RESULTS_2021 },
};

/**
 * The template a report follows: report.yaml's `disclosure-template:`, else by the year it
 * reports on (2019 and 2020: the 试行 format of 2019; 2021 on: the format of 2021).
 * Under 2021, （六）其他处理 is one row when the metrics give it so
 * (`依申请.办理结果.其他处理.自然人`), else its three items.
 */
export function templateOf(chosen: TemplateName | undefined, year: number | undefined, has: (id: string) => boolean): Template {
  const template = TEMPLATES[chosen ?? defaultTemplate(year)];
  if (template.name !== 2021 || !APPLICATION_COLUMNS.some((c) => has(`${resultRowId(OTHER_UNDIVIDED)}.${c}`))) return template;
  return { ...template, results: RESULTS_2019 };
}

/** A template as issued (under 2021, （六） in its three items). */
export function templateNamed(name: TemplateName): Template {
  return TEMPLATES[name];
}

/** The template of a report: report.yaml's choice, its year, and the form its metrics give （六）. */
export function templateOfReport(manifest: { title?: string; date?: string; 'disclosure-template'?: TemplateName } | undefined, has: (id: string) => boolean): Template {
  return templateOf(manifest?.['disclosure-template'], reportYear(manifest?.title, manifest?.date), has);
}

/** 2019 for reports on 2019 and 2020, 2021 from then on (and when the year is unknown). */
export function defaultTemplate(year: number | undefined): TemplateName {
  return year !== undefined && year <= 2020 ? 2019 : 2021;
}

/**
 * The year a report is on: the year its title names (某区2020年政府信息公开工作年度报告),
 * else the year before its 成文日期 (reports are due by 31 January).
 */
export function reportYear(title: string | undefined, date: string | undefined): number | undefined {
  const named = title ? /(\d{4})\s*年度?/.exec(title) : null;
  if (named) return Number(named[1]);
  const dated = date ? /^(\d{4})-/.exec(date) : null;
  return dated ? Number(dated[1]) - 1 : undefined;
}

// ── all cells ─────────────────────────────────────────────────────────────────────────

/** The rows of 三、本年度办理结果 that are counted in （七）总计: every group's items, or the group itself. */
export function resultRows(template: Template): Row[] {
  return template.results.flatMap((group) =>
    group.items ? group.items.map((item) => ({ id: resultRowId(group, item), label: `${group.label}${item.label}` })) : [{ id: resultRowId(group), label: group.label }],
  );
}

/** Every row of table 三 in template order. */
export function applicationRows(template: Template): Row[] {
  return [NEW_APPLICATIONS, CARRIED_IN, ...resultRows(template), RESULTS_TOTAL, CARRIED_OUT];
}

/** The parts whose tables `{{table:…}}` places. */
export const PARTS = ['二', '三', '四'] as const;
export type Part = (typeof PARTS)[number];

/** Every cell of every table, by part and row, with what it holds. */
export function cells(template: Template): Array<{ part: Part; row: Row; ids: string[]; kinds: CellKind[] }> {
  return [
    ...template.proactive.flatMap((block) =>
      block.rows.map((row) => ({ part: '二' as const, row, ids: block.columns.map((c) => `${row.id}.${c.key}`), kinds: block.columns.map((c) => c.kind ?? 'count') })),
    ),
    ...applicationRows(template).map((row) => ({ part: '三' as const, row, ids: APPLICATION_COLUMNS.map((c) => `${row.id}.${c}`), kinds: APPLICATION_COLUMNS.map(() => 'count' as const) })),
    ...REVIEW_BLOCKS.map((row) => ({ part: '四' as const, row, ids: BLOCK_COLUMNS.map((c) => `${row.id}.${c}`), kinds: BLOCK_COLUMNS.map(() => 'count' as const) })),
  ];
}
