import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { expectOnlyFontWarnings } from '../helpers/report-copy.js';

const EXAMPLE = join(ROOT, 'data/disclosure-2023');
const FIXTURES = join(ROOT, 'test/fixtures/disclosure');
/** A4 in points and the 公文 type area: 28 mm left and 26 mm right margins (GB/T 9704 §5.2.1). */
const PAGE_WIDTH = 595.276;
const LEFT = (28 / 25.4) * 72;
const RIGHT = PAGE_WIDTH - (26 / 25.4) * 72;

describe('report build data/disclosure-2023 (kind: disclosure-annual; real CLI, real Chromium)', () => {
  let out: string;
  let html: string;
  let pdf: InspectedPdf;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-disclosure-'));
    const result = await runCli(['build', 'data/disclosure-2023', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expectOnlyFontWarnings(result.stderr);
    html = readFileSync(join(out, 'disclosure-2023.html'), 'utf8');
    pdf = await inspectPdf(join(out, 'disclosure-2023.pdf'));
  });

  it('prints table 三 whole on one page with its heading (it fits, so it is not split)', () => {
    const page = pdf.pages.find((p) => p.text.includes('一、本年新收政府信息公开申请数量'))!;
    expect(page.text).toContain('三、收到和处理政府信息公开申请情况');
    expect(page.text).toContain('（七）总计');
    expect(page.text).toContain('四、结转下年度继续办理');
  });

  it("draws the year's outcomes as a bar chart with a text alternative, and writes the metrics JSON", () => {
    const figure = /<figure class="metric-chart">([\s\S]*?)<\/figure>/.exec(html)?.[1];
    expect(figure).toBeDefined();
    expect(figure).toMatch(/<svg [^>]*role="img" aria-label="柱状图：2023年政府信息公开申请办理结果。予以公开 24件，部分公开 8件，不予公开 6件，无法提供 13件，不予处理 3件，其他处理 1件。"/);
    expect(figure).toContain('<figcaption>2023年政府信息公开申请办理结果</figcaption>');
    expect(figure).not.toMatch(/<script|on\w+=/i);
    const all = pdf.pages.map((p) => p.text).join('');
    expect(all).toContain('2023年政府信息公开申请办理结果');
    const metrics = JSON.parse(readFileSync(join(out, 'disclosure-2023.metrics.json'), 'utf8')) as { metrics: Array<{ id: string; value: number }> };
    expect(metrics.metrics.find((m) => m.id === '依申请.本年新收.总计')?.value).toBe(56);
  });

  it('generates the three standard tables from the metric files, where the text places them', () => {
    expect(html.match(/<table class="disclosure-annual">/g)).toHaveLength(3);
    const body = html.slice(html.indexOf('<div class="body">'));
    const order = ['二、主动公开政府信息情况', '第二十条第（一）项', '第二十条第（八）项', '三、收到和处理政府信息公开申请情况', '申请人情况', '四、结转下年度继续办理', '四、政府信息公开行政复议、行政诉讼情况', '未经复议直接起诉'];
    const at = order.map((text) => body.indexOf(text));
    expect(at.every((i) => i >= 0), order.filter((_, i) => at[i]! < 0).join(', ')).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // table 三: 3 header rows, then 一, 二, the 22 rows of 三 and 四
    const tables = body.split('<table class="disclosure-annual">').slice(1).map((t) => t.slice(0, t.indexOf('</table>')));
    expect(tables[1]!.match(/<tr>/g)).toHaveLength(3 + 2 + 22 + 1);
    expect(tables[2]!.match(/<td>/g)).toHaveLength(15);
  });

  it('prints every table inside the type area, with its labels and figures as text', () => {
    const pageNumber = /^—\s*\d+\s*—$/;
    const text = pdf.pages.map((p) => p.text).join('').replace(/\s/g, '');
    for (const label of ['第二十条第（一）项', '行政规范性文件', '本年收费金额（单位：万元）', '一、本年新收政府信息公开申请数量', '3.危及“三安全一稳定”', '（七）总计', '四、结转下年度继续办理', '复议后起诉']) {
      expect(text, label).toContain(label);
    }
    for (const page of pdf.pages) {
      for (const item of page.items.filter((i) => i.str.trim() !== '' && !pageNumber.test(i.str.trim()))) {
        expect(item.x, `page ${page.number}: "${item.str}"`).toBeGreaterThanOrEqual(LEFT - 1);
        expect(item.x + item.width, `page ${page.number}: "${item.str}"`).toBeLessThanOrEqual(RIGHT + 1);
      }
    }
  });
});

describe('inconsistent copies of the disclosure example', () => {
  const names = readdirSync(FIXTURES).sort();

  it('are the three the issue names', () => {
    expect(names).toEqual(['carry-over', 'share-mismatch', 'total-off-by-one']);
  });

  for (const name of names) {
    it(`${name}: differs from the example in one figure, and check fails with the rule and position (golden)`, async () => {
      const fixture = join(FIXTURES, name);
      const changed = readdirSync(join(fixture, 'metrics')).filter((file) => readFileSync(join(fixture, 'metrics', file), 'utf8') !== readFileSync(join(EXAMPLE, 'metrics', file), 'utf8'));
      expect(changed).toEqual(['applications.yaml']);
      const before = readFileSync(join(EXAMPLE, 'metrics/applications.yaml'), 'utf8').split('\n');
      const after = readFileSync(join(fixture, 'metrics/applications.yaml'), 'utf8').split('\n');
      expect(after.filter((line, i) => line !== before[i])).toHaveLength(1);

      const check = await runCli(['check', '.'], { cwd: fixture });
      expect(check.code).toBe(1);
      expectGolden(check.stderr, join(fixture, 'expected-check.txt'));

      const out = join(mkdtempSync(join(tmpdir(), 'report-bad-')), 'dist');
      const build = await runCli(['build', '.', '--out', out], { cwd: fixture });
      expect(build.code).toBe(1);
      expect(existsSync(out)).toBe(false);
    });
  }

  it('name the rule each inconsistency breaks', () => {
    const rules = (name: string) => readFileSync(join(FIXTURES, name, 'expected-check.txt'), 'utf8').split('\n').map((l) => l.split(' ').at(-1));
    expect(rules('total-off-by-one')).toContain('disclosure-row-sum');
    expect(rules('carry-over')).toEqual(['disclosure-carry-over', 'disclosure-carry-over', 'warnings', '']);
    expect(rules('share-mismatch')).toEqual(['stated-mismatch', 'warnings', '']);
  });
});
