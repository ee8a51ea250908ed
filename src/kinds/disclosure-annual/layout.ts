/**
 * The fixed tables of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号): their rows,
 * columns and labels, and the metric ids each cell is read from. The one definition of
 * that structure; the checks and the rendered tables both walk it.
 */

/** A row of a table: the metric group its cells live in, and its label in the template. */
export interface Row {
  /** e.g. `依申请.本年新收`; a cell is `<id>.<column key>` */
  id: string;
  label: string;
}

// ── 二、主动公开政府信息情况 ───────────────────────────────────────────────────────────

/** One block of table 二: the clause of article 20 it reports on, its columns and rows. */
export interface ProactiveBlock {
  clause: string;
  columns: Array<{ key: string; label: string }>;
  rows: Row[];
  /** Counts, except the fee amount in 万元. */
  amount?: boolean;
}

export const PROACTIVE: readonly ProactiveBlock[] = [
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
    columns: [{ key: '本年收费金额', label: '本年收费金额（单位：万元）' }],
    rows: [{ id: '主动公开.行政事业性收费', label: '行政事业性收费' }],
    amount: true,
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

export const RESULTS: readonly ResultGroup[] = [
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

export const NEW_APPLICATIONS: Row = { id: '依申请.本年新收', label: '一、本年新收政府信息公开申请数量' };
export const CARRIED_IN: Row = { id: '依申请.上年结转', label: '二、上年结转政府信息公开申请数量' };
export const RESULTS_TOTAL: Row = { id: '依申请.办理结果.总计', label: '（七）总计' };
export const CARRIED_OUT: Row = { id: '依申请.结转下年度', label: '四、结转下年度继续办理' };

/** The rows of 三、本年度办理结果 that are counted in （七）总计: every group's items, or the group itself. */
export function resultRows(): Row[] {
  return RESULTS.flatMap((group) =>
    group.items
      ? group.items.map((item) => ({ id: `依申请.办理结果.${group.key}.${item.key}`, label: `${group.label}${item.label}` }))
      : [{ id: `依申请.办理结果.${group.key}`, label: group.label }],
  );
}

/** Every row of table 三 in template order. */
export function applicationRows(): Row[] {
  return [NEW_APPLICATIONS, CARRIED_IN, ...resultRows(), RESULTS_TOTAL, CARRIED_OUT];
}

// ── 四、政府信息公开行政复议、行政诉讼情况 ───────────────────────────────────────────

export const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结'] as const;
export const BLOCK_COLUMNS = [...OUTCOMES, TOTAL] as const;

export const REVIEW_BLOCKS: readonly Row[] = [
  { id: '复议诉讼.行政复议', label: '行政复议' },
  { id: '复议诉讼.未经复议直接起诉', label: '行政诉讼 未经复议直接起诉' },
  { id: '复议诉讼.复议后起诉', label: '行政诉讼 复议后起诉' },
];

// ── all cells ─────────────────────────────────────────────────────────────────────────

/** The parts whose tables `{{table:…}}` places. */
export const PARTS = ['二', '三', '四'] as const;
export type Part = (typeof PARTS)[number];

/** Every cell of every table, by part and row, with whether it is a count. */
export function cells(): Array<{ part: Part; row: Row; ids: string[]; amount: boolean }> {
  return [
    ...PROACTIVE.flatMap((block) => block.rows.map((row) => ({ part: '二' as const, row, ids: block.columns.map((c) => `${row.id}.${c.key}`), amount: block.amount === true }))),
    ...applicationRows().map((row) => ({ part: '三' as const, row, ids: APPLICATION_COLUMNS.map((c) => `${row.id}.${c}`), amount: false })),
    ...REVIEW_BLOCKS.map((row) => ({ part: '四' as const, row, ids: BLOCK_COLUMNS.map((c) => `${row.id}.${c}`), amount: false })),
  ];
}
