import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { runCli } from '../helpers/run-cli.js';
import { expectOnlyFontWarnings } from '../helpers/report-copy.js';

/** A4 in points and the 公文 type area: 28 mm left and 26 mm right margins (GB/T 9704 §5.2.1). */
const PAGE_WIDTH = 595.276;
const LEFT = (28 / 25.4) * 72;
const RIGHT = PAGE_WIDTH - (26 / 25.4) * 72;

describe('report build data/disclosure-2019 (the 2019 试行 format; real CLI, real Chromium)', () => {
  let out: string;
  let html: string;
  let pdf: InspectedPdf;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-disclosure-2019-'));
    const check = await runCli(['check', 'data/disclosure-2019']);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr.trim()).toBe('no problems');
    const result = await runCli(['build', 'data/disclosure-2019', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expectOnlyFontWarnings(result.stderr);
    html = readFileSync(join(out, 'disclosure-2019.html'), 'utf8');
    pdf = await inspectPdf(join(out, 'disclosure-2019.pdf'));
  });

  it('generates table 二 of the 2019 format: its columns, （九）项, a signed 本年增/减', () => {
    const tables = html.split('<table class="disclosure-annual">').slice(1).map((t) => t.slice(0, t.indexOf('</table>')));
    expect(tables).toHaveLength(3);
    for (const text of ['本年新制作数量', '对外公开总数量', '其他对外管理服务事项', '本年增/减', '第二十条第（九）项', '采购总金额（单位：万元）']) expect(tables[0], text).toContain(text);
    expect(tables[0]).toContain('<td colspan="2">-3</td>');
    expect(tables[0]).not.toContain('本年收费金额');
  });

  it('prints （六）其他处理 as one row and blank cells empty', () => {
    const table = html.split('<table class="disclosure-annual">')[2]!;
    expect(table).toContain('<th scope="row" colspan="2">（六）其他处理</th><td>1</td><td></td><td></td><td></td><td></td><td></td><td>1</td>');
    expect(table).not.toContain('申请人逾期不补正');
    // 3 header rows, then 一, 二, the 20 rows of 三 and 四
    expect(table.slice(0, table.indexOf('</table>')).match(/<tr>/g)).toHaveLength(3 + 2 + 20 + 1);
  });

  it('prints every table inside the type area, blanks as nothing', () => {
    const pageNumber = /^—\s*\d+\s*—$/;
    const text = pdf.pages.map((p) => p.text).join('').replace(/\s/g, '');
    for (const label of ['第二十条第（九）项', '政府集中采购', '186.42', '（六）其他处理', '（七）总计', '复议后起诉']) expect(text, label).toContain(label);
    expect(text).not.toContain('blank');
    for (const page of pdf.pages) {
      for (const item of page.items.filter((i) => i.str.trim() !== '' && !pageNumber.test(i.str.trim()))) {
        expect(item.x, `page ${page.number}: "${item.str}"`).toBeGreaterThanOrEqual(LEFT - 1);
        expect(item.x + item.width, `page ${page.number}: "${item.str}"`).toBeLessThanOrEqual(RIGHT + 1);
      }
    }
  });

  it('ends with its text: no 署名 and no 成文日期 (signature: none), no 文号', () => {
    const last = pdf.pages.at(-1)!.text.replace(/\s/g, '');
    expect(last).toContain('重点领域信息的公开任务。');
    expect(last).not.toContain('2020年1月17日');
    expect(last.endsWith('某县市场监督管理局')).toBe(false);
    expect(html).not.toContain('class="signature"');
    expect(html).not.toContain('DocumentNumber');
  });
});
