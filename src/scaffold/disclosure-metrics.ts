import {
  APPLICATION_COLUMNS,
  BLOCK_COLUMNS,
  CARRIED_IN,
  CARRIED_OUT,
  NEW_APPLICATIONS,
  RESULTS_TOTAL,
  REVIEW_BLOCKS,
  templateNamed,
  type Template,
} from '../kinds/disclosure-annual/layout.js';

/**
 * The metric files of the three standard tables of a 政府信息公开工作年度报告, every cell at
 * 0, each row under a comment giving its label in the template (default: 国办公开办函〔2021〕30号).
 * Walks layout.ts, the one definition of each template, so a cell added there is here too.
 */
export function disclosureTableMetrics(template: Template = templateNamed(2021)): { proactive: string; applications: string; review: string } {
  return { proactive: proactiveYaml(template), applications: applicationsYaml(template), review: reviewYaml() };
}

/** One line of a metric file: its indentation depth, the YAML, and a comment above it. */
interface Line {
  depth: number;
  yaml: string;
  comment?: string;
}

function proactiveYaml(template: Template): string {
  const lines: Line[] = [];
  for (const block of template.proactive) {
    const columns = block.columns.map((c) => c.label).join('、');
    lines.push({ depth: 1, yaml: '', comment: `${block.clause}：${columns}` });
    for (const row of block.rows) {
      const zero = (kind: string | undefined) => (kind === 'amount' ? '{ value: 0, format: fixed:2, unit: 万元 }' : '0');
      lines.push({ depth: 1, yaml: `${last(row.id)}: ${flowOf(block.columns.map((c) => [c.key, zero(c.kind)]))}`, comment: row.label === last(row.id) ? undefined : row.label });
    }
  }
  return `# 二、主动公开政府信息情况：标准表格二，生成在正文 {{table:二}} 所在的位置。
# 每行一个键，花括号内是该行各栏的数字；全部预填为 0，请按本年度的统计数字填写。
# 收费金额以万元为单位，可以有小数；其他各栏是件数或数量，为不小于 0 的整数。
${group('主动公开', lines)}`;
}

function applicationsYaml(template: Template): string {
  const columns = [...APPLICATION_COLUMNS];
  const row = (id: string, label: string, depth: number): Line[] => [{ depth, yaml: '', comment: label }, { depth, yaml: `${last(id)}: ${flow(columns, '0')}` }];
  const lines: Line[] = [...row(NEW_APPLICATIONS.id, NEW_APPLICATIONS.label, 1), ...row(CARRIED_IN.id, CARRIED_IN.label, 1)];
  lines.push({ depth: 1, yaml: '', comment: '三、本年度办理结果' }, { depth: 1, yaml: '办理结果:' });
  for (const result of template.results) {
    if (!result.items) {
      lines.push(...row(result.key, result.label, 2));
      continue;
    }
    lines.push({ depth: 2, yaml: '', comment: result.label }, { depth: 2, yaml: `${result.key}:` });
    for (const item of result.items) lines.push(...row(item.key, item.label, 3));
  }
  lines.push(...row(RESULTS_TOTAL.id, `${RESULTS_TOTAL.label}：（一）至（六）各项之和`, 2), ...row(CARRIED_OUT.id, CARRIED_OUT.label, 1));
  return `# 三、收到和处理政府信息公开申请情况：标准表格三，生成在正文 {{table:三}} 所在的位置。
# 每行一个键，花括号内依次是申请人情况的各栏：自然人，法人或其他组织（${APPLICATION_COLUMNS.slice(1, -1).join('、')}），总计。
# 全部预填为 0，请按本年度的统计数字填写。report check 自动核对：每行的总计等于前六栏之和，
# （七）总计等于（一）至（六）各项之和，一加二等于（七）总计加四，上年结转等于上年报告的结转下年度。
${group('依申请', lines)}`;
}

function reviewYaml(): string {
  const lines: Line[] = REVIEW_BLOCKS.map((block) => ({ depth: 1, yaml: `${last(block.id)}: ${flow([...BLOCK_COLUMNS], '0')}`, comment: block.label.replace(' ', '：') }));
  return `# 四、政府信息公开行政复议、行政诉讼情况：标准表格四，生成在正文 {{table:四}} 所在的位置。
# 每行花括号内依次是：${BLOCK_COLUMNS.join('、')}；总计等于前四项之和。全部预填为 0，请按实际填写。
${group('复议诉讼', lines)}`;
}

/** A top-level group key and its lines, each comment on a line of its own above its row. */
function group(key: string, lines: readonly Line[]): string {
  const out = [`${key}:`];
  for (const line of lines) {
    const indent = '  '.repeat(line.depth);
    if (line.comment !== undefined) out.push(`${indent}# ${line.comment}`);
    if (line.yaml !== '') out.push(`${indent}${line.yaml}`);
  }
  return `${out.join('\n')}\n`;
}

/** `{ 自然人: 0, …, 总计: 0 }`: one row of a table as a YAML flow mapping. */
function flow(keys: readonly string[], value: string): string {
  return flowOf(keys.map((k) => [k, value]));
}

function flowOf(entries: ReadonlyArray<readonly [string, string]>): string {
  return `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

function last(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1);
}
