import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { Sink } from '../../../src/diagnostics/diagnostic.js';
import { formatReportText } from '../../../src/diagnostics/format-text.js';
import { ROOT } from '../../helpers/run-cli.js';
import { projectOf } from '../../helpers/project.js';

const EXAMPLE = join(ROOT, 'data/disclosure-2023');

/** The example's files, path → text, for a test to change. */
function example(): Record<string, string> {
  const files: Record<string, string> = { 'report.yaml': readFileSync(join(EXAMPLE, 'report.yaml'), 'utf8') };
  for (const folder of ['metrics', 'sections']) {
    for (const name of readdirSync(join(EXAMPLE, folder))) files[`${folder}/${name}`] = readFileSync(join(EXAMPLE, folder, name), 'utf8');
  }
  return files;
}

function edit(files: Record<string, string>, path: string, from: string, to: string): Record<string, string> {
  if (!files[path]!.includes(from)) throw new Error(`"${from}" not in ${path}`);
  return { ...files, [path]: files[path]!.replace(from, to) };
}

async function check(files: Record<string, string>, previous?: Record<string, string>) {
  const sink = new Sink();
  const result = await analyze(projectOf(files, previous && { files: previous }), sink);
  return { ...result, lines: formatReportText(sink.sorted()).split('\n'), zh: formatReportText(sink.sorted(), '', 'zh').split('\n') };
}

describe('checkDisclosure (kind: disclosure-annual)', () => {
  it('finds the example consistent', async () => {
    expect((await check(example())).lines).toEqual(['no problems']);
  });

  it('checks （七）总计 of each column against the results （一）–（六）', async () => {
    const files = edit(example(), 'metrics/applications.yaml', '属于行政查询事项: { 自然人: 1,', '属于行政查询事项: { 自然人: 2,');
    const { lines } = await check(edit(files, 'metrics/applications.yaml', '属于行政查询事项: { 自然人: 2, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 1 }', '属于行政查询事项: { 自然人: 2, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 2 }'));
    expect(lines).toEqual([
      'metrics/applications.yaml:32:11 error （七）总计 of column 自然人 is 46 but the results add up to 47 (（一）20 + （二）6 + （三）6 + （四）11 + （五）3 + （六）1) disclosure-column-sum',
      'metrics/applications.yaml:32:67 error （七）总计 of column 总计 is 55 but the results add up to 56 (（一）24 + （二）8 + （三）7 + （四）13 + （五）3 + （六）1) disclosure-column-sum',
      '2 errors, 0 warnings',
    ]);
  });

  it('checks each block of table 四 and that counts are whole numbers', async () => {
    const files = edit(example(), 'metrics/review.yaml', '行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 1, 尚未审结: 0, 总计: 2 }', '行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 1, 尚未审结: 0, 总计: 3 }');
    const { lines } = await check(edit(files, 'metrics/proactive.yaml', '行政许可: { 本年处理决定: 35 }', '行政许可: { 本年处理决定: 35.5 }'));
    expect(lines).toEqual([
      'metrics/proactive.yaml:5:11 error "主动公开.行政许可.本年处理决定" is 35.5 (a count is a whole number, 0 or more) disclosure-count',
      'metrics/review.yaml:3:47 error 总计 of 行政复议 is 3 but 结果维持 1 + 结果纠正 0 + 其他结果 1 + 尚未审结 0 = 2 disclosure-block-total',
      '2 errors, 0 warnings',
    ]);
  });

  it('names the missing cells of a table, and a table not placed in the text', async () => {
    let files = edit(example(), 'metrics/review.yaml', '  复议后起诉: { 结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0 }\n', '  复议后起诉: { 结果维持: 0, 结果纠正: 0, 其他结果: 0, 总计: 0 }\n');
    files = edit(files, 'sections/02-proactive.md', '{{table:二}}', '');
    const { lines } = await check(files);
    expect(lines).toEqual([
      'metrics/ error table 四 lacks metrics (行政诉讼 复议后起诉: "复议诉讼.复议后起诉.尚未审结") disclosure-missing',
      'sections/ error standard table 二 is placed nowhere (write {{table:二}} on a line of its own under 二、主动公开政府信息情况) disclosure-table-missing',
      '2 errors, 0 warnings',
    ]);
  });

  it('checks 上年结转 against what last year\'s report carried on', async () => {
    const files = edit(example(), 'report.yaml', 'keywords:', 'previous: ../disclosure-2022\nkeywords:');
    const carried = edit(example(), 'metrics/applications.yaml', '结转下年度: { 自然人: 3, 商业企业: 2,', '结转下年度: { 自然人: 4, 商业企业: 1,');
    // last year's is the 2022 report: a text naming this year's 2023 would be a stale copy (stale-year)
    const lastYear = Object.fromEntries(Object.entries(carried).map(([path, text]) => [path, text.replaceAll('2023年', '2022年')]));
    const { lines } = await check(files, lastYear);
    expect(lines).toEqual([
      'metrics/applications.yaml:5:11 error 上年结转 of column 自然人 is 3 but last year\'s report carried 4 on ("依申请.结转下年度.自然人") disclosure-carry-over',
      'metrics/applications.yaml:5:66 error 上年结转 of column 总计 is 4 but last year\'s report carried 5 on ("依申请.结转下年度.总计") disclosure-carry-over',
      '2 errors, 0 warnings',
    ]);
  });
});

describe('figures the prose writes out', () => {
  it('must equal the cells they restate (a warning: the phrases are recognised by wording)', async () => {
    const files = edit(example(), 'sections/01-overview.md', '全年新收政府信息公开申请{{依申请.本年新收.总计}}件', '全年新收政府信息公开申请57件，上年结转4件，办结55件');
    const { lines } = await check(edit(files, 'sections/04-review.md', '被申请行政复议{{复议诉讼.行政复议.总计}}件', '被申请行政复议3件'));
    expect(lines).toEqual([
      'sections/01-overview.md:10:13 warning "新收政府信息公开申请57件" says 57 but the table has 56 (write {{依申请.本年新收.总计}}) disclosure-prose-mismatch',
      'sections/04-review.md:5:18 warning "行政复议3件" says 3 but the table has 2 (write {{复议诉讼.行政复议.总计}}) disclosure-prose-mismatch',
      '0 errors, 2 warnings',
    ]);
  });
});

describe('{{table:…}} placeholders', () => {
  it('renders the three standard tables where the text places them', async () => {
    const { sections, lines } = await check(example());
    expect(lines).toEqual(['no problems']);
    const html = sections.map((s) => s.html).join('\n');
    expect(html.match(/<table class="disclosure-annual">/g)).toHaveLength(3);
    expect(html).toContain('<th colspan="3" rowspan="3">本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和</th>');
    expect(html).toContain('<th scope="row" rowspan="22">三、本年度办理结果</th>');
    expect(html).toContain('<tr><th scope="row" colspan="3">一、本年新收政府信息公开申请数量</th><td>46</td><td>5</td><td>0</td><td>1</td><td>3</td><td>1</td><td>56</td></tr>');
    expect(html).toContain('<tr><th scope="row">行政事业性收费</th><td colspan="3">0.00</td></tr>');
    expect(html).toContain('<tbody><tr><td>1</td><td>0</td><td>1</td><td>0</td><td>2</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></tbody>');
    expect(html).not.toContain('{{');
  });

  it('says nothing more about a consistent example while report.yaml is invalid (its kind is still read, issue 8)', async () => {
    const { lines } = await check(edit(example(), 'report.yaml', 'date: 2024-01-19', 'date: null'));
    expect(lines).toEqual(['report.yaml:7:7 error "date" is not filled in field-unfilled', '1 error, 0 warnings']);
  });

  it('reports a placeholder in a report of another kind, an unknown part, or one not alone on its line', async () => {
    let files = edit(example(), 'report.yaml', 'kind: disclosure-annual', 'kind: report');
    files = { ...files, 'sections/07-extra.md': '{{table:五}}\n\n见下表：{{table:三}}\n' };
    const { lines } = await check(files);
    expect(lines).toEqual([
      'sections/02-proactive.md:3:1 error standard table "二" exists only in a report of kind disclosure-annual (set kind: in report.yaml) unknown-table',
      'sections/03-applications.md:3:1 error standard table "三" exists only in a report of kind disclosure-annual (set kind: in report.yaml) unknown-table',
      'sections/04-review.md:3:1 error standard table "四" exists only in a report of kind disclosure-annual (set kind: in report.yaml) unknown-table',
      'sections/07-extra.md:1:1 error standard table "五" exists only in a report of kind disclosure-annual (set kind: in report.yaml) unknown-table',
      'sections/07-extra.md:3:1 error a standard table "{{table:…}}" must stand alone on its line unknown-table',
      '5 errors, 0 warnings',
    ]);
    const disclosure = { ...example(), 'sections/07-extra.md': '{{table:五}}\n' };
    expect((await check(disclosure)).lines).toEqual(['sections/07-extra.md:1:1 error no standard table "五" (the tables are 二, 三, 四) unknown-table', '1 error, 0 warnings']);
  });
});

describe('the checks in Chinese', () => {
  it('say each problem as a 公文 office would, at the same places', async () => {
    let files = edit(example(), 'metrics/review.yaml', '行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 1, 尚未审结: 0, 总计: 2 }', '行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 1, 尚未审结: 0, 总计: 3 }');
    files = edit(files, 'metrics/review.yaml', '  复议后起诉: { 结果维持: 0, 结果纠正: 0, 其他结果: 0, 尚未审结: 0, 总计: 0 }\n', '  复议后起诉: { 结果维持: 0, 结果纠正: 0, 其他结果: 0, 总计: 0 }\n');
    files = edit(files, 'metrics/proactive.yaml', '行政许可: { 本年处理决定: 35 }', '行政许可: { 本年处理决定: 35.5 }');
    files = edit(files, 'sections/02-proactive.md', '{{table:二}}', '见下表：{{table:二}}');
    files = edit(files, 'sections/01-overview.md', '全年新收政府信息公开申请{{依申请.本年新收.总计}}件', '全年新收政府信息公开申请57件');
    files = edit(files, 'metrics/applications.yaml', '属于行政查询事项: { 自然人: 1, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 1 }', '属于行政查询事项: { 自然人: 2, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 1 }');
    files = edit(files, 'metrics/applications.yaml', '结转下年度: { 自然人: 3, 商业企业: 2,', '结转下年度: { 自然人: 4, 商业企业: 1,');
    const { zh } = await check(files);
    expect(zh).toEqual([
      'metrics/ 错误 统计表四缺少指标（行政诉讼 复议后起诉：“复议诉讼.复议后起诉.尚未审结”） disclosure-missing',
      'metrics/applications.yaml:17:74 错误 “（三）不予公开8.属于行政查询事项”行的总计为 1，但各列相加为 2（自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 0） disclosure-row-sum',
      'metrics/applications.yaml:32:11 错误 “自然人”列的（七）总计为 46，但（一）至（六）相加为 47（（一）20 + （二）6 + （三）6 + （四）11 + （五）3 + （六）1） disclosure-column-sum',
      'metrics/applications.yaml:33:12 错误 “自然人”列：一 + 二 = 46 + 3 = 49，而三（七） + 四 = 46 + 4 = 50，两者不等（本年新收与上年结转之和，应等于本年办结与结转下年度之和） disclosure-carry-over',
      'metrics/applications.yaml:33:20 错误 “商业企业”列：一 + 二 = 5 + 1 = 6，而三（七） + 四 = 4 + 1 = 5，两者不等（本年新收与上年结转之和，应等于本年办结与结转下年度之和） disclosure-carry-over',
      'metrics/proactive.yaml:5:11 错误 指标“主动公开.行政许可.本年处理决定”为 35.5（件数应为 0 或正整数） disclosure-count',
      'metrics/review.yaml:3:47 错误 “行政复议”的总计为 3，但 结果维持 1 + 结果纠正 0 + 其他结果 1 + 尚未审结 0 = 2 disclosure-block-total',
      'sections/ 错误 正文中没有放置统计表二（请在“二、主动公开政府信息情况”下另起一行，单独写 {{table:二}}） disclosure-table-missing',
      'sections/01-overview.md:10:13 警告 正文“新收政府信息公开申请57件”写的是 57，统计表中为 56（请改写为 {{依申请.本年新收.总计}}） disclosure-prose-mismatch',
      'sections/02-proactive.md:3:1 错误 统计表占位符“{{table:…}}”必须单独成行（同一行不能有其他文字） unknown-table',
      '9 个错误，1 个警告',
    ]);
  });
});
