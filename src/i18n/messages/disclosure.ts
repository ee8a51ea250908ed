import { entry } from '../entry.js';

/** Messages about the 政府信息公开工作年度报告 tables and their checks. */
export const disclosure = {
  // ── placing a table: {{table:三}} (remark-disclosure-tables) ─────────────────────────
  'unknown-table/not-alone': entry({
    en: () => 'a standard table "{{table:…}}" must stand alone on its line',
    zh: () => '统计表占位符“{{table:…}}”必须单独成行（同一行不能有其他文字）',
    example: {},
  }),
  'unknown-table/wrong-kind': entry({
    en: (a: { part: string }) => `standard table "${a.part}" exists only in a report of kind disclosure-annual (set kind: in report.yaml)`,
    zh: (a) => `统计表“${a.part}”只用于政府信息公开工作年度报告（请在 report.yaml 中写 kind: disclosure-annual）`,
    example: { part: '三' },
  }),
  'unknown-table/no-such-table': entry({
    en: (a: { part: string; parts: readonly string[] }) => `no standard table "${a.part}" (the tables are ${a.parts.join(', ')})`,
    zh: (a) => `没有统计表“${a.part}”（统计表只有${a.parts.join('、')}，写作 {{table:${a.parts[0]}}} 等）`,
    example: { part: '3', parts: ['二', '三', '四'] as readonly string[] },
  }),

  // ── the checks (check-disclosure, check-prose) ───────────────────────────────────────
  'disclosure-missing/none': entry({
    en: (a: { part: string; example: string }) => `table ${a.part} has none of its metrics (see the README for the ids, e.g. "${a.example}")`,
    zh: (a) => `统计表${a.part}的指标全部缺失（指标编号见 README，例如“${a.example}”）`,
    example: { part: '四', example: '复议诉讼.行政复议.结果维持' },
  }),
  'disclosure-missing/some': entry({
    en: (a: { part: string; rows: ReadonlyArray<{ label: string; ids: readonly string[] }> }) =>
      `table ${a.part} lacks metrics (${a.rows.map((r) => `${r.label}: ${r.ids.map((id) => `"${id}"`).join(', ')}`).join('; ')})`,
    zh: (a) => `统计表${a.part}缺少指标（${a.rows.map((r) => `${r.label}：${r.ids.map((id) => `“${id}”`).join('、')}`).join('；')}）`,
    example: { part: '二', rows: [{ label: '行政许可', ids: ['主动公开.行政许可.本年处理决定'] }] },
  }),
  'disclosure-count/count': entry({
    en: (a: { id: string; value: number }) => `"${a.id}" is ${a.value} (a count is a whole number, 0 or more)`,
    zh: (a) => `指标“${a.id}”为 ${a.value}（件数应为 0 或正整数）`,
    example: { id: '依申请.本年新收.自然人', value: 4.5 },
  }),
  'disclosure-count/signed': entry({
    en: (a: { id: string; value: number }) => `"${a.id}" is ${a.value} (本年增/减 is a whole number, negative for a decrease)`,
    zh: (a) => `指标“${a.id}”为 ${a.value}（本年增/减应为整数，减少时写负数）`,
    example: { id: '主动公开.行政许可.本年增减', value: 1.5 },
  }),
  'disclosure-count/amount': entry({
    en: (a: { id: string; value: number }) => `"${a.id}" is ${a.value} (an amount in 万元 is 0 or more)`,
    zh: (a) => `指标“${a.id}”为 ${a.value}（收费金额以万元计，不能为负数）`,
    example: { id: '主动公开.行政事业性收费.本年收费金额', value: -1 },
  }),
  'disclosure-row-sum': entry({
    en: (a: { row: string; total: number; added: number; terms: string }) => `总计 of row "${a.row}" is ${a.total} but its columns add up to ${a.added} (${a.terms})`,
    zh: (a) => `“${a.row}”行的总计为 ${a.total}，但各列相加为 ${a.added}（${a.terms}）`,
    example: { row: '一、本年新收政府信息公开申请数量', total: 57, added: 56, terms: '自然人 46 + 商业企业 5 + 科研机构 0 + 社会公益组织 1 + 法律服务机构 3 + 其他 1' },
  }),
  'disclosure-column-sum': entry({
    en: (a: { column: string; total: number; added: number; terms: string }) => `（七）总计 of column ${a.column} is ${a.total} but the results add up to ${a.added} (${a.terms})`,
    zh: (a) => `“${a.column}”列的（七）总计为 ${a.total}，但（一）至（六）相加为 ${a.added}（${a.terms}）`,
    example: { column: '自然人', total: 45, added: 44, terms: '（一）20 + （二）6 + （三）3 + （四）10 + （五）3 + （六）2' },
  }),
  'disclosure-carry-over/balance': entry({
    en: (a: { column: string; received: number; carriedIn: number; answered: number; carriedOut: number }) =>
      `column ${a.column}: 一 + 二 = ${a.received} + ${a.carriedIn} = ${a.received + a.carriedIn} but 三（七） + 四 = ${a.answered} + ${a.carriedOut} = ${a.answered + a.carriedOut} (what is received and carried over must be answered or carried on)`,
    zh: (a) =>
      `“${a.column}”列：一 + 二 = ${a.received} + ${a.carriedIn} = ${a.received + a.carriedIn}，而三（七） + 四 = ${a.answered} + ${a.carriedOut} = ${a.answered + a.carriedOut}，两者不等（本年新收与上年结转之和，应等于本年办结与结转下年度之和）`,
    example: { column: '总计', received: 56, carriedIn: 4, answered: 55, carriedOut: 4 },
  }),
  'disclosure-carry-over/last-year': entry({
    en: (a: { column: string; value: number; lastYear: number; id: string }) => `上年结转 of column ${a.column} is ${a.value} but last year's report carried ${a.lastYear} on ("${a.id}")`,
    zh: (a) => `“${a.column}”列的上年结转为 ${a.value}，但上年报告的结转下年度为 ${a.lastYear}（“${a.id}”）`,
    example: { column: '总计', value: 4, lastYear: 5, id: '依申请.结转下年度.总计' },
  }),
  'disclosure-block-total': entry({
    en: (a: { block: string; total: number; added: number; terms: string }) => `总计 of ${a.block} is ${a.total} but ${a.terms} = ${a.added}`,
    zh: (a) => `“${a.block}”的总计为 ${a.total}，但 ${a.terms} = ${a.added}`,
    example: { block: '行政复议', total: 3, added: 2, terms: '结果维持 1 + 结果纠正 0 + 其他结果 1 + 尚未审结 0' },
  }),
  'disclosure-blank-total': entry({
    en: (a: { id: string; row: string; added: number }) =>
      `"${a.id}" (总计 of ${a.row}) is blank as published but its parts add up to ${a.added}: the rules that read it could not be checked`,
    zh: (a) => `“${a.id}”（${a.row}的总计）为空白单元格，但其各项相加为 ${a.added}，涉及该总计的勾稽关系无法校验`,
    example: { id: '依申请.本年新收.总计', row: '一、本年新收政府信息公开申请数量', added: 12 },
  }),
  'disclosure-table-missing': entry({
    en: (a: { part: string; title: string }) => `standard table ${a.part} is placed nowhere (write {{table:${a.part}}} on a line of its own under ${a.title})`,
    zh: (a) => `正文中没有放置统计表${a.part}（请在“${a.title}”下另起一行，单独写 {{table:${a.part}}}）`,
    example: { part: '三', title: '三、收到和处理政府信息公开申请情况' },
  }),
  // ── a formula or check reading a cell with no figure (metrics/store.ts) ─────────────
  'formula-unchecked/blank': entry({
    en: (a: { id: string; operand: string; formula: string }) =>
      `the figure of "${a.id}" could not be checked against its formula ${a.formula} ("${a.operand}" is blank as published): it is printed unverified`,
    zh: (a) => `指标“${a.id}”填写的数值无法按公式 ${a.formula} 校验（“${a.operand}”为空白单元格），将未经校验印出`,
    example: { id: '占比.公开和部分公开', operand: '依申请.办理结果.部分公开.总计', formula: '(予以公开 + 部分公开) / 办结' },
  }),
  'formula-unchecked/unfilled': entry({
    en: (a: { id: string; operand: string; formula: string }) =>
      `the figure of "${a.id}" could not be checked against its formula ${a.formula} ("${a.operand}" is not filled in yet)`,
    zh: (a) => `指标“${a.id}”填写的数值暂无法按公式 ${a.formula} 校验（“${a.operand}”尚未填写）`,
    example: { id: '占比.公开和部分公开', operand: '依申请.办理结果.部分公开.总计', formula: '(予以公开 + 部分公开) / 办结' },
  }),
  'formula-unchecked/check-blank': entry<{ name?: string; expr: string; operand: string }>({
    en: (a) => `check ${a.name ? `"${a.name}" ` : ''}(${a.expr}) could not run ("${a.operand}" is blank as published)`,
    zh: (a) => `校验${a.name ? `“${a.name}”` : ''}（${a.expr}）无法进行（“${a.operand}”为空白单元格）`,
    example: { name: '图解包含在政策解读中', expr: '主动公开情况.图解 <= 主动公开情况.政策解读', operand: '主动公开情况.图解' },
  }),
};
