import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { copyExample, expectOnlyFontWarnings } from '../helpers/report-copy.js';
import { runCli } from '../helpers/run-cli.js';

/** Table 三's 25 body rows, each by the start of its label (short enough not to wrap). */
const ROWS = [
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（一）予以公开',
  '（二）部分公开',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止',
  '3.危及',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '1.本机关不掌握相关政府',
  '2.没有现成信息需要另行',
  '3.补正后申请内容仍不明',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复',
  '5.要求行政机关确认',
  '1.申请人无正当理由',
  '2.申请人逾期未按收费',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
];
const HEADER = ['本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', '申请人情况', '自然人', '法人或其他组织', '商业企业', '总计'];

/** The body rows of table 三 a page holds, by label, in order. */
function rowsOn(text: string): string[] {
  return ROWS.filter((label) => text.includes(label));
}

/**
 * Issue 8, item 12: table 三 of the disclosure example, with the prose before it shortened
 * so that it starts in the lower half of a page. It splits where the page ends, not moved
 * whole; the next page repeats the header rows and the labels of the row groups the break
 * goes through; each page keeps at least 3 body rows.
 */
describe('report build: a standard table taller than the room left on its page (real CLI, real Chromium)', () => {
  let pdf: InspectedPdf;

  beforeAll(async () => {
    const dir = copyExample('disclosure-2023');
    const section = join(dir, 'sections/01-overview.md');
    const text = readFileSync(section, 'utf8');
    writeFileSync(section, text.slice(0, text.indexOf('### （四）')));
    const out = mkdtempSync(join(tmpdir(), 'report-table-split-'));
    const result = await runCli(['build', dir, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expectOnlyFontWarnings(result.stderr);
    pdf = await inspectPdf(join(out, 'disclosure-2023.pdf'));
  });

  /** The pages table 三 is printed on, in order. */
  function tablePages() {
    return pdf.pages.filter((p) => rowsOn(p.text).length > 0);
  }

  it('starts on the page of its heading, after table 二, and goes on to the next page', () => {
    const pages = tablePages();
    expect(pages.map((p) => p.number)).toHaveLength(2);
    expect(pages[1]!.number).toBe(pages[0]!.number + 1);
    expect(pages[0]!.text).toContain('第二十条第（八）项');
    expect(pages[0]!.text.indexOf('三、收到和处理政府信息公开申请情况')).toBeLessThan(pages[0]!.text.indexOf(HEADER[0]!));
  });

  it('prints every body row once, in order, at least 3 on each page', () => {
    const [first, second] = tablePages().map((p) => rowsOn(p.text));
    expect([...first!, ...second!]).toEqual(ROWS);
    expect(first!.length).toBeGreaterThanOrEqual(3);
    expect(second!.length).toBeGreaterThanOrEqual(3);
  });

  it('repeats the header rows on the continuation page', () => {
    for (const page of tablePages()) for (const cell of HEADER) expect(page.text).toContain(cell);
  });

  it('repeats the labels of the row groups the break goes through on the continuation page', () => {
    const [first, second] = tablePages();
    const continued = rowsOn(second!.text)[0]!;
    // the break falls inside 三、本年度办理结果, and here inside its （三）不予公开
    expect(ROWS.indexOf(continued)).toBeGreaterThan(ROWS.indexOf('1.属于国家秘密'));
    expect(ROWS.indexOf(continued)).toBeLessThanOrEqual(ROWS.indexOf('8.属于行政查询事项'));
    for (const page of [first!, second!]) {
      expect(page.text).toContain('三、本年度办理结果');
      expect(page.text).toContain('（三）不予公开');
    }
    // the label stands before the first row it heads on the page
    expect(second!.text.indexOf('（三）不予公开')).toBeLessThan(second!.text.indexOf(continued));
  });
});

/**
 * Table 二, with the prose before it shortened so that it reaches the foot of page 1: it
 * breaks between its blocks (one per clause of article 20), each block whole with its
 * own header rows, never two rows of a block left behind.
 */
describe('report build: table 二 at the foot of a page (real CLI, real Chromium)', () => {
  let pdf: InspectedPdf;

  beforeAll(async () => {
    const dir = copyExample('disclosure-2023');
    const section = join(dir, 'sections/01-overview.md');
    const text = readFileSync(section, 'utf8');
    writeFileSync(section, text.slice(0, text.indexOf('### （二）')));
    const out = mkdtempSync(join(tmpdir(), 'report-table-split-'));
    const result = await runCli(['build', dir, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    pdf = await inspectPdf(join(out, 'disclosure-2023.pdf'));
  });

  it('keeps each block of table 二 whole, its clause, column heads and rows on one page', () => {
    const blocks = [
      ['第二十条第（一）项', '本年制发件数', '规章', '行政规范性文件'],
      ['第二十条第（五）项', '本年处理决定数量', '行政许可'],
      ['第二十条第（六）项', '本年处理决定数量', '行政处罚', '行政强制'],
      ['第二十条第（八）项', '本年收费金额', '行政事业性收费'],
    ];
    const pages = new Set<number>();
    for (const block of blocks) {
      const page = pdf.pages.find((p) => p.text.includes(block[0]!))!;
      pages.add(page.number);
      const from = page.text.indexOf(block[0]!);
      for (const cell of block.slice(1)) expect(page.text.indexOf(cell, from), `${block[0]} ${cell}`).toBeGreaterThan(from);
    }
    // and the table does go over a page: the blocks are on two
    expect(pages.size).toBe(2);
  });
});
