import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { Sink } from '../../../src/diagnostics/diagnostic.js';
import { formatReportText } from '../../../src/diagnostics/format-text.js';
import { readProse } from '../../../src/kinds/disclosure-annual/check-prose.js';
import { projectOf } from '../../helpers/project.js';
import { ROOT } from '../../helpers/run-cli.js';

const EXAMPLE = join(ROOT, 'data/disclosure-2023');

/** The example's files, path → text, with one more section holding the sentence under test. */
function exampleWith(sentence: string): Record<string, string> {
  const files: Record<string, string> = { 'report.yaml': readFileSync(join(EXAMPLE, 'report.yaml'), 'utf8') };
  for (const folder of ['metrics', 'sections']) {
    for (const name of readdirSync(join(EXAMPLE, folder))) files[`${folder}/${name}`] = readFileSync(join(EXAMPLE, folder, name), 'utf8');
  }
  files['sections/07-prose.md'] = `${sentence}\n`;
  return files;
}

async function warnings(sentence: string, lang: 'en' | 'zh' = 'en'): Promise<string[]> {
  const sink = new Sink();
  await analyze(projectOf(exampleWith(sentence)), sink);
  return formatReportText(sink.sorted(), '', lang).split('\n').slice(0, -1);
}

/** The example's table: what each quantity is (data/disclosure-2023/metrics). */
const RECEIVED = 56;
const CARRIED_IN = 4;
const ANSWERED = 55;
const CARRIED_OUT = 5;

/**
 * Each phrasing as a published report wrote it (`#` is the figure), the figure the example's
 * table gives, and the fix the warning must suggest: a reference printing that quantity, or
 * (for a sum no metric holds) the figure itself.
 */
const PHRASINGS: ReadonlyArray<{ where: string; sentence: string; right: number; fix: string }> = [
  // sums
  { where: '上海市2023年报告', sentence: '予以公开及部分公开#件，占30.61%。', right: 32, fix: 'write 32, or add a metric with formula: 依申请.办理结果.予以公开.总计 + 依申请.办理结果.部分公开.总计' },
  { where: '高淳区2022年报告', sentence: '办复率100%，其中予以公开或部分公开#件、占45.3%。', right: 32, fix: 'write 32, or add a metric' },
  { where: '大丰区2024年报告', sentence: '全年共办理政府信息公开申请#件，含2022年转至今年办理的4件，办结55件，剩余5件结转下一年度处理。', right: 60, fix: 'write 60, or add a metric with formula: 依申请.本年新收.总计 + 依申请.上年结转.总计' },
  { where: '法人或其他组织 column', sentence: '其中法人或其他组织申请#件。', right: 10, fix: 'write 10, or add a metric' },
  { where: '本工具示例', sentence: '被提起行政诉讼#件，均为未经复议直接起诉。', right: 2, fix: 'write 2, or add a metric with formula: 复议诉讼.未经复议直接起诉.总计 + 复议诉讼.复议后起诉.总计' },
  { where: '上饶市2022年报告', sentence: '因政府信息公开引起的行政复议2件、行政诉讼案件#件。', right: 2, fix: 'write 2, or add a metric' },
  { where: '瓯海区审计局2024年报告', sentence: '引发行政复议2件、引发行政诉讼#件，均维持结果。', right: 2, fix: 'write 2, or add a metric' },
  // the results
  { where: '汉阳区2022年报告', sentence: '其中，予以公开#件，部分公开8件，本办不掌握相关政府信息2件。', right: 24, fix: 'write {{依申请.办理结果.予以公开.总计}}' },
  { where: '某区2022年报告', sentence: '其中，予以公开答复#件，占66.48%。', right: 24, fix: 'write {{依申请.办理结果.予以公开.总计}}' },
  { where: '濂溪区2024年报告', sentence: '其中予以公开24件、部分公开#件。', right: 8, fix: 'write {{依申请.办理结果.部分公开.总计}}' },
  { where: '某区2022年报告', sentence: '部分公开#，占4.61%。', right: 8, fix: 'write {{依申请.办理结果.部分公开.总计}}' },
  { where: '高淳区2022年报告', sentence: '不予公开#件、占24.6%。', right: 6, fix: 'write {{办理结果汇总.不予公开}}' },
  { where: '某区2022年报告', sentence: '无法提供的#件，占12.53%。', right: 13, fix: 'write {{办理结果汇总.无法提供}}' },
  { where: '某区2022年报告', sentence: '不予处理的#件，占4.20%。', right: 3, fix: 'write {{办理结果汇总.不予处理}}' },
  { where: '高淳区2022年报告', sentence: '其他处理#件、占9.2%。', right: 1, fix: 'write {{办理结果汇总.其他处理}}' },
  { where: '本工具示例', sentence: '其中自然人申请#件。', right: 46, fix: 'write {{依申请.本年新收.自然人}}' },
  // received
  { where: '本工具示例', sentence: '全年新收政府信息公开申请#件。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  { where: '上海市2023年报告', sentence: '全市共收到政府信息公开申请#件，申请数量较2022年上升29.3%。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  { where: '上饶市2022年报告', sentence: '全市共收到政府信息申请公开件#件。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  { where: '某区2022年报告', sentence: '共收到政府信息依申请公开#件。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  { where: '长春市体育局2023年报告', sentence: '本年度，共受理政府信息公开申请#件，都在法定期限内予以答复。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  { where: '汉阳区2022年报告', sentence: '区政府办公室共收到#份政府信息公开申请，均为自然人申请。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  { where: '兴仁市2022年报告', sentence: '共收到#件依申请公开请求。', right: RECEIVED, fix: 'write {{依申请.本年新收.总计}}' },
  // carried in
  { where: '本工具示例', sentence: '上年结转#件。', right: CARRIED_IN, fix: 'write {{依申请.上年结转.总计}}' },
  { where: 'issue 8', sentence: '上年度结转#件。', right: CARRIED_IN, fix: 'write {{依申请.上年结转.总计}}' },
  { where: '兴仁市2022年报告', sentence: '2022年结转政府信息公开申请#件。', right: CARRIED_IN, fix: 'write {{依申请.上年结转.总计}}' },
  { where: '某区2022年报告', sentence: '包括上年结转信息公开申请#件。', right: CARRIED_IN, fix: 'write {{依申请.上年结转.总计}}' },
  { where: '大丰区2024年报告', sentence: '含2022年转至今年办理的#件。', right: CARRIED_IN, fix: 'write {{依申请.上年结转.总计}}' },
  // answered
  { where: '本工具示例', sentence: '本年度办结#件。', right: ANSWERED, fix: 'write {{依申请.办理结果.总计.总计}}' },
  { where: '兴仁市2022年报告', sentence: '共办结#件。', right: ANSWERED, fix: 'write {{依申请.办理结果.总计.总计}}' },
  { where: '上海市2023年报告', sentence: '答复政府信息公开申请#件（含上年度转结），均在法定期限内予以答复。', right: ANSWERED, fix: 'write {{依申请.办理结果.总计.总计}}' },
  { where: '某区2022年报告', sentence: '共完成政府信息依申请公开答复#件。', right: ANSWERED, fix: 'write {{依申请.办理结果.总计.总计}}' },
  // carried out
  { where: '本工具示例', sentence: '结转下年度继续办理#件。', right: CARRIED_OUT, fix: 'write {{依申请.结转下年度.总计}}' },
  { where: '兴仁市2022年报告', sentence: '结转2024年度继续办理#件。', right: CARRIED_OUT, fix: 'write {{依申请.结转下年度.总计}}' },
  { where: '大丰区2024年报告', sentence: '剩余#件结转下一年度处理。', right: CARRIED_OUT, fix: 'write {{依申请.结转下年度.总计}}' },
  { where: 'issue 8', sentence: '另有#件顺延至下年度办理。', right: CARRIED_OUT, fix: 'write {{依申请.结转下年度.总计}}' },
  { where: 'issue 8', sentence: '顺延到下年度办理#件。', right: CARRIED_OUT, fix: 'write {{依申请.结转下年度.总计}}' },
  // review
  { where: '本工具示例', sentence: '本年度因政府信息公开被申请行政复议#件。', right: 2, fix: 'write {{复议诉讼.行政复议.总计}}' },
  { where: '兴仁市2022年报告', sentence: '全市发生政府信息公开行政复议案件#起。', right: 2, fix: 'write {{复议诉讼.行政复议.总计}}' },
];

describe('the prose phrasings of a disclosure report (issue 8)', () => {
  it.each(PHRASINGS)('$where: $sentence (right figure)', async ({ sentence, right }) => {
    expect(await warnings(sentence.replace('#', String(right)))).toEqual([]);
  });

  it.each(PHRASINGS)('$where: $sentence (wrong figure)', async ({ sentence, right, fix }) => {
    const wrong = right + 7;
    const lines = await warnings(sentence.replace('#', String(wrong)));
    expect(lines).toHaveLength(1);
    const column = [...sentence.slice(0, sentence.indexOf('#'))].length + 1;
    expect(lines[0]).toMatch(new RegExp(`^sections/07-prose\\.md:1:${column} warning ".*${wrong}.*" says ${wrong} but the table has ${right} \\(`));
    expect(lines[0]).toContain(fix);
    expect(lines[0]).toMatch(/ disclosure-prose-mismatch$/);
  });

  it('reads 予以公开及部分公开 as the sum, never as 部分公开', () => {
    const readings = readProse('予以公开及部分公开10538件，占30.61%；部分公开67，占4.61%。');
    expect(readings.map((r) => [r.restated.label, r.written])).toEqual([
      ['予以公开及部分公开', 10538],
      ['（二）部分公开', 67],
    ]);
  });

  it('reads a figure with thousands separators, and never the tail of a longer number', () => {
    expect(readProse('共收到政府信息公开申请34,290件').map((r) => r.written)).toEqual([34290]);
    expect(readProse('办结2.5件')).toEqual([]);
  });

  it.each([
    ['主动公开政府信息326条，发布政策解读14篇'],
    ['受理行政复议申请5件，办结人大代表建议5件、政协提案3件'],
    ['共办理12345热线47件，已全部办结'],
    ['收到248条网民留言，办结留言230条'],
    ['2023年，我局未收到政府信息公开申请'],
    ['全年新收政府信息公开申请{{依申请.本年新收.总计}}件，上年结转{{依申请.上年结转.总计}}件'],
  ])('reads nothing from "%s"', (sentence) => {
    expect(readProse(sentence)).toEqual([]);
  });

  it('says it in Chinese, with the terms of a sum', async () => {
    expect(await warnings('予以公开及部分公开33件。', 'zh')).toEqual([
      'sections/07-prose.md:1:10 警告 正文“予以公开及部分公开33件”写的是 33，统计表中为 32（予以公开及部分公开：予以公开 24 + 部分公开 8；请改写为 32，或新建一个指标，公式为 依申请.办理结果.予以公开.总计 + 依申请.办理结果.部分公开.总计，正文引用该指标） disclosure-prose-mismatch',
    ]);
  });

  it('reads （六）其他处理 printed as one row', async () => {
    const files = exampleWith('其他处理2件。');
    const metrics = files['metrics/applications.yaml']!;
    const undivided = metrics.replace(/    其他处理:\n(?:      .*\n){3}/u, '    其他处理: { 自然人: 1, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 1 }\n');
    expect(undivided).not.toBe(metrics);
    const sink = new Sink();
    await analyze(projectOf({ ...files, 'metrics/applications.yaml': undivided }), sink);
    const lines = formatReportText(sink.sorted()).split('\n');
    expect(lines).toContain('sections/07-prose.md:1:5 warning "其他处理2件" says 2 but the table has 1 (write {{依申请.办理结果.其他处理.总计}}) disclosure-prose-mismatch');
  });
});
