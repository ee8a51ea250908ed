import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { Sink } from '../../../src/diagnostics/diagnostic.js';
import { formatReportText } from '../../../src/diagnostics/format-text.js';
import { cells, defaultTemplate, reportYear, templateNamed, templateOf } from '../../../src/kinds/disclosure-annual/layout.js';
import { ROOT } from '../../helpers/run-cli.js';
import { projectOf } from '../../helpers/project.js';

/** An example's files, path → text, for a test to change. */
function example(name: string): Record<string, string> {
  const dir = join(ROOT, 'data', name);
  const files: Record<string, string> = { 'report.yaml': readFileSync(join(dir, 'report.yaml'), 'utf8') };
  for (const folder of ['metrics', 'sections']) {
    for (const file of readdirSync(join(dir, folder))) files[`${folder}/${file}`] = readFileSync(join(dir, folder, file), 'utf8');
  }
  return files;
}

function edit(files: Record<string, string>, path: string, from: string, to: string): Record<string, string> {
  if (!files[path]!.includes(from)) throw new Error(`"${from}" not in ${path}`);
  return { ...files, [path]: files[path]!.replace(from, to) };
}

async function check(files: Record<string, string>) {
  const sink = new Sink();
  const result = await analyze(projectOf(files), sink);
  return { ...result, lines: formatReportText(sink.sorted()).split('\n'), zh: formatReportText(sink.sorted(), '', 'zh').split('\n') };
}

const html = (result: { sections: Array<{ path: string; html: string }> }, path: string) => result.sections.find((s) => s.path === path)!.html;

const UNDIVIDED_2023 = `    其他处理:
      申请人逾期不补正: { 自然人: 1, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 1 }
      申请人逾期未缴费: { 自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 0 }
      其他: { 自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 0 }
`;

describe('the two templates', () => {
  it('takes the format from the year the report is on, unless report.yaml names one', () => {
    expect(reportYear('某县2019年政府信息公开工作年度报告', '2020-01-17')).toBe(2019);
    expect(reportYear('政府信息公开工作年度报告', '2021-01-20')).toBe(2020);
    expect(reportYear(undefined, undefined)).toBeUndefined();
    expect([2019, 2020, 2021, 2024].map(defaultTemplate)).toEqual([2019, 2019, 2021, 2021]);
    expect(defaultTemplate(undefined)).toBe(2021);
    expect(templateOf(2021, 2019, () => false).name).toBe(2021);
    expect(templateOf(undefined, 2020, () => false).name).toBe(2019);
  });

  it('has table 二 of 2019 with its own columns, （九）项 and a signed 本年增/减; table 三 with （六） as one row', () => {
    const ids = cells(templateNamed(2019)).flatMap((c) => c.ids);
    expect(ids).toContain('主动公开.政府集中采购.采购总金额');
    expect(ids).toContain('主动公开.其他对外管理服务事项.本年增减');
    expect(ids).toContain('依申请.办理结果.其他处理.总计');
    expect(ids).not.toContain('依申请.办理结果.其他处理.其他.总计');
    expect(ids.length).toBe(3 * 2 + 3 * 2 + 3 * 2 + 2 + 2 + 23 * 7 + 3 * 5);
    expect(cells(templateNamed(2021)).flatMap((c) => c.ids).length).toBe(10 + 25 * 7 + 3 * 5);
  });

  it('finds the 2019 example consistent, with the format named or taken from the year', async () => {
    expect((await check(example('disclosure-2019'))).lines).toEqual(['no problems']);
    const unnamed = edit(example('disclosure-2019'), 'report.yaml', 'disclosure-template: 2019 ', '');
    expect((await check(unnamed)).lines).toEqual(['no problems']);
  });

  it('checks the cells of the 2019 table 二: 本年增/减 whole (negative allowed), counts ≥ 0, the 采购总金额 amount ≥ 0', async () => {
    let files = edit(example('disclosure-2019'), 'metrics/proactive.yaml', '本年增减: -3,', '本年增减: -3.5,');
    files = edit(files, 'metrics/proactive.yaml', '上一年项目数量: 12,', '上一年项目数量: -12,');
    files = edit(files, 'metrics/proactive.yaml', 'value: 186.42,', 'value: -186.42,');
    expect((await check(files)).lines).toEqual([
      'metrics/proactive.yaml:7:24 error "主动公开.行政许可.本年增减" is -3.5 (本年增/减 is a whole number, negative for a decrease) disclosure-count',
      'metrics/proactive.yaml:8:17 error "主动公开.其他对外管理服务事项.上一年项目数量" is -12 (a count is a whole number, 0 or more) disclosure-count',
      'metrics/proactive.yaml:12:24 error "主动公开.政府集中采购.采购总金额" is -186.42 (an amount in 万元 is 0 or more) disclosure-count',
      '3 errors, 0 warnings',
    ]);
  });

  it('adds the undivided （六） of the 2019 table 三 into （七）总计', async () => {
    const files = edit(example('disclosure-2019'), 'metrics/applications.yaml', '其他处理: { 自然人: 1, 商业企业: blank,', '其他处理: { 自然人: 2, 商业企业: blank,');
    const { lines } = await check(files);
    expect(lines).toEqual([
      'metrics/applications.yaml:31:88 error 总计 of row "（六）其他处理" is 1 but its columns add up to 2 (自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0) disclosure-row-sum',
      'metrics/applications.yaml:32:11 error （七）总计 of column 自然人 is 39 but the results add up to 40 (（一）15 + （二）4 + （三）6 + （四）10 + （五）3 + （六）2) disclosure-column-sum',
      '2 errors, 0 warnings',
    ]);
  });

  it('asks a 2019-format report written with the 2021 table 二 for the 2019 cells', async () => {
    const files = edit(example('disclosure-2019'), 'metrics/proactive.yaml', '  规范性文件: { 本年新制作: 3, 本年新公开: 3, 对外公开总数: 17 }', '  行政规范性文件: { 本年制发: 3, 本年废止: 0, 现行有效: 17 }');
    const { lines } = await check(files);
    expect(lines[0]).toBe('metrics/ error table 二 lacks metrics (规范性文件: "主动公开.规范性文件.本年新制作", "主动公开.规范性文件.本年新公开", "主动公开.规范性文件.对外公开总数") disclosure-missing');
  });

  it('accepts （六）其他处理 as one row under the 2021 format too, and prints it so', async () => {
    const files = edit(example('disclosure-2023'), 'metrics/applications.yaml', UNDIVIDED_2023, '    其他处理: { 自然人: 1, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 1 }\n');
    const chart = edit(files, 'metrics/applications.yaml', '其他处理:\n    formula: 依申请.办理结果.其他处理.申请人逾期不补正.总计 + 依申请.办理结果.其他处理.申请人逾期未缴费.总计 + 依申请.办理结果.其他处理.其他.总计', '其他处理:\n    formula: 依申请.办理结果.其他处理.总计');
    const result = await check(chart);
    expect(result.lines).toEqual(['no problems']);
    const table = html(result, 'sections/03-applications.md');
    expect(table).toContain('<th scope="row" colspan="2">（六）其他处理</th>');
    expect(table).not.toContain('申请人逾期不补正');
  });
});

describe('cells left blank as published', () => {
  it('prints a blank cell empty, a 0 as 0, and a dash the same as blank', async () => {
    const files = edit(example('disclosure-2019'), 'metrics/review.yaml', '行政复议: { 结果维持: 1, 结果纠正: blank,', '行政复议: { 结果维持: 1, 结果纠正: "-",');
    const result = await check(files);
    expect(result.lines).toEqual(['no problems']);
    const review = html(result, 'sections/04-review.md');
    expect(review).toContain('<td>1</td><td></td><td></td><td></td><td>1</td><td></td><td></td><td></td><td></td><td></td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>');
    const proactive = html(result, 'sections/02-proactive.md');
    expect(proactive).toContain('<th scope="row">规章</th><td colspan="2"></td><td colspan="2"></td><td colspan="2"></td>');
    expect(proactive).toContain('采购总金额（单位：万元）');
  });

  it('counts a blank as 0 in the rules', async () => {
    const files = edit(example('disclosure-2019'), 'metrics/applications.yaml', '保护第三方合法权益: { 自然人: 1,', '保护第三方合法权益: { 自然人: blank,');
    const { lines } = await check(files);
    expect(lines[0]).toBe('metrics/applications.yaml:15:99 error 总计 of row "（三）不予公开4.保护第三方合法权益" is 1 but its columns add up to 0 (自然人 0 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0) disclosure-row-sum');
  });

  it('says a blank 总计 over figures could not be checked, and checks nothing against it', async () => {
    const files = edit(example('disclosure-2019'), 'metrics/applications.yaml', '法律服务机构: 2, 其他: blank, 总计: 46 }', '法律服务机构: 2, 其他: blank, 总计: blank }');
    const { lines, zh } = await check(files);
    expect(lines).toEqual([
      'metrics/applications.yaml:6:79 warning "依申请.本年新收.总计" (总计 of 一、本年新收政府信息公开申请数量) is blank as published but its parts add up to 46: the rules that read it could not be checked disclosure-blank-total',
      'metrics/applications.yaml:42:12 warning the figure of "占比.自然人申请" could not be checked against its formula 依申请.本年新收.自然人 / 依申请.本年新收.总计 ("依申请.本年新收.总计" is blank as published): it is printed unverified formula-unchecked',
      '0 errors, 2 warnings',
    ]);
    expect(zh[0]).toContain('为空白单元格，但其各项相加为 46，涉及该总计的勾稽关系无法校验');
  });
});
