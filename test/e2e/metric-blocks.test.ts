import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURE = join(ROOT, 'test/fixtures/metric-blocks');

/** A private copy of the fixture report that a test may change. */
function copyFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-blocks-')), 'metric-blocks');
  cpSync(FIXTURE, dir, { recursive: true, filter: (src) => !src.includes('/dist') });
  return dir;
}

/** The text of every page, whitespace removed (pdf.js splits runs at will). */
function pageTexts(pdf: InspectedPdf): string[] {
  return pdf.pages.map((p) => p.text.replace(/\s/g, ''));
}

/** The `<table>` whose caption is `caption`, newlines removed. */
function tableHtml(html: string, caption: string): string {
  const at = html.indexOf(`<caption>${caption}</caption>`);
  if (at < 0) throw new Error(`no table captioned ${caption}`);
  const start = html.lastIndexOf('<table', at);
  return html.slice(start, html.indexOf('</table>', at) + '</table>'.length).replace(/\n/g, '');
}

describe('tables from metrics (real CLI, real Chromium)', () => {
  let out: string;
  let html: string;
  let pdf: InspectedPdf;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-blocks-out-'));
    const result = await runCli(['build', FIXTURE, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    html = readFileSync(join(out, 'metric-blocks.html'), 'utf8');
    pdf = await inspectPdf(join(out, 'metric-blocks.pdf'));
  });

  it('matches the reviewed body HTML and metrics JSON (UPDATE_GOLDENS=1 rewrites them)', () => {
    const body = html.slice(html.indexOf('<div class="body">'), html.indexOf('<div class="signature">'));
    expectGolden(body, join(FIXTURE, 'expected/body.html'));
    expectGolden(readFileSync(join(out, 'metric-blocks.metrics.json'), 'utf8'), join(FIXTURE, 'expected/metrics.json'));
  });

  it('renders a :::table as a captioned table with scoped headers, labels, units and right-aligned figures', () => {
    expect(tableHtml(html, '财政收支情况')).toBe(
      '<table class="metric-table"><caption>财政收支情况</caption>' +
        '<thead><tr><th scope="col">项目</th><th scope="col" class="num">数值</th><th scope="col">单位</th></tr></thead>' +
        '<tbody><tr><th scope="row">一般公共预算收入</th><td class="num">5230.8</td><td>万元</td></tr>' +
        '<tr><th scope="row">一般公共预算支出</th><td class="num">52308.0</td><td>万元</td></tr></tbody></table>',
    );
  });

  it('renders the grid form: row groups by metric keys, units in the column headers', () => {
    expect(tableHtml(html, '各渠道调解员和调解纠纷')).toBe(
      '<table class="metric-table"><caption>各渠道调解员和调解纠纷</caption>' +
        '<thead><tr><th scope="col">渠道</th><th scope="col" class="num">调解员（名）</th><th scope="col" class="num">纠纷（件）</th></tr></thead>' +
        '<tbody><tr><th scope="row">诉调对接</th><td class="num">18</td><td class="num">2000</td></tr>' +
        '<tr><th scope="row">派出所</th><td class="num">25</td><td class="num">1000</td></tr></tbody></table>',
    );
  });

  it('fills {{…}} references in a plain GFM table, captions it from :::table, and scopes and right-aligns it the same way', () => {
    expect(html).toContain('<table><caption>各渠道调解纠纷</caption>\n<thead>\n<tr>\n<th scope="col">渠道</th>\n<th scope="col" class="num">调解纠纷</th>');
    expect(html).toContain('<td>诉调对接</td>\n<td class="num">2000</td>');
  });

  it('prints wan, yi, signed and grouped figures in the text', () => {
    expect(html).toContain('全年一般公共预算收入5230.8万元，支出5.23亿元，收入增幅+3个百分点，支出增幅-2个百分点，主动公开财政信息22,487条。');
  });

  it('keeps 9:30 and 1:10 as text although directive syntax is on', () => {
    expect(html).toContain('会议于9:30开始，收支比例约为1:10。');
  });

  it('prints the tables in the PDF with their captions, labels and figures', () => {
    const all = pageTexts(pdf).join('');
    expect(all).toContain('财政收支情况项目数值单位一般公共预算收入5230.8万元一般公共预算支出52308.0万元');
    expect(all).toContain('各渠道调解员和调解纠纷渠道调解员（名）纠纷（件）诉调对接182000派出所251000');
  });

  it('right-aligns figures in the PDF: their right edges line up', () => {
    const page = pdf.pages[0]!;
    const right = (text: string) => {
      const item = page.items.find((i) => i.str.trim() === text);
      expect(item, text).toBeDefined();
      return item!.x + item!.width;
    };
    expect(right('5230.8')).toBeCloseTo(right('52308.0'), 0);
    expect(right('18')).toBeCloseTo(right('25'), 0);
  });
});

describe('charts from metrics (real CLI, real Chromium)', () => {
  let out: string;
  let html: string;
  let pdf: InspectedPdf;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'report-charts-out-'));
    const result = await runCli(['build', FIXTURE, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/ECharts/i);
    // no warning but the font ones this machine gives (no office fonts installed)
    expect(result.stderr.split('\n').filter((line) => / warning /.test(line)).every((line) => / font-fallback$/.test(line)), result.stderr).toBe(true);
    html = readFileSync(join(out, 'metric-blocks.html'), 'utf8');
    pdf = await inspectPdf(join(out, 'metric-blocks.pdf'));
  });

  const figures = () => [...html.matchAll(/<figure class="metric-chart">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);

  it('inlines each chart as an SVG figure with a text alternative and a caption, and no script', () => {
    const [bar, line] = figures();
    expect(bar).toMatch(/^<svg viewBox="0 0 640 320" font-family="黑体, SimHei, [^"]*WenQuanYi Micro Hei[^"]*" role="img" aria-label="柱状图：各渠道调解员。诉调对接 18名，派出所 25名。">/);
    expect(bar).toMatch(/<\/svg><figcaption>各渠道调解员<\/figcaption>$/);
    expect(line).toContain('aria-label="折线图：2018—2022年收案数。2018 30件，2019 41件，2020 48件，2021 52件，2022 45件。"');
    for (const figure of [bar!, line!]) {
      expect(figure).not.toMatch(/<script|<style|<foreignObject|\son[a-z]+=|href=|url\(|\sclass=|\sid=/i);
    }
  });

  it('prints the charts legibly: captions, category and value labels are real text in embedded CID fonts', () => {
    const all = pageTexts(pdf).join('');
    expect(all).toContain('各渠道调解员');
    expect(all).toContain('2018—2022年收案数');
    for (const label of ['诉调对接', '派出所', '2018', '2022', '52']) expect(all).toContain(label);
    const fonts = execFileSync('pdffonts', [join(out, 'metric-blocks.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const row of fonts) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
    // a chart label is set at least 9 pt high on the page
    const label = pdf.pages.flatMap((p) => p.items).find((i) => i.str.trim() === '诉调对接' && i.height < 14);
    expect(label?.height).toBeGreaterThanOrEqual(9);
  });
});

describe('a broken chart directive', () => {
  it('exits 1 for an unknown metric, a bad type and two units on one axis, each at its place', async () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, 'sections/02-broken.md'),
      ['## 三、错误', '', '::chart{type="pie" group="收案" caption="饼"}', '', '::chart{group="收案" rows="2018,2O19" caption="收案"}', '', '::chart{group="调解" columns="调解员,纠纷" caption="混合"}', ''].join('\n'),
    );
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    const file = 'sections/02-broken.md';
    expect(result.stderr).toContain(`${file}:3:9 error attribute type "pie" of :::chart is invalid (use "bar" or "line") invalid-value`);
    expect(result.stderr).toContain(`${file}:5:31 error unknown metric "收案.2O19" (did you mean "收案.2019"?) in :::chart unknown-metric`);
    expect(result.stderr).toContain(`${file}:7:1 error chart mixes units "名", "件" on one axis (chart one unit at a time) in :::chart chart-units`);
  });
});

describe('a long table across PDF pages', () => {
  it('repeats the header row on every page and never splits a row', async () => {
    const dir = copyFixture();
    const rows = Array.from({ length: 60 }, (_, i) => `| 第${i + 1}行的项目名称 | ${1000 + i} |`);
    writeFileSync(join(dir, 'sections/02-long.md'), ['## 三、长表', '', '| 序号项目 | 数量 |', '|---|---|', ...rows, ''].join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'report-long-'));
    const result = await runCli(['build', dir, '--out', out, '--format', 'pdf']);
    expect(result.code, result.stderr).toBe(0);
    const pages = pageTexts(await inspectPdf(join(out, 'metric-blocks.pdf')));
    const withRows = pages.filter((text) => /第\d+行的项目名称/.test(text));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const text of withRows) expect(text).toContain('序号项目数量');
    for (let i = 0; i < 60; i++) {
      // label and figure of each row on the same page
      expect(pages.some((text) => text.includes(`第${i + 1}行的项目名称${1000 + i}`)), `row ${i + 1}`).toBe(true);
    }
  });
});

describe('a broken table directive', () => {
  it('exits 1 and points at the unknown metric, the unknown attribute and the unknown directive', async () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, 'sections/02-broken.md'),
      [
        '## 三、错误',
        '',
        ':::table{group="财政" rows="收入,支岀" caption="收支"}',
        ':::',
        '',
        '::table{group="调解" columns="调解员,纠份" caption="调解"}',
        '',
        '::table{group="财" captoin="x"}',
        '',
        ':::tabel{group="财政"}',
        ':::',
        '',
        ':::table{caption="表" group="财政"}',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        ':::',
        '',
      ].join('\n'),
    );
    const result = await runCli(['build', '.', '--out', join(dir, 'out')], { cwd: dir });
    expect(result.code).toBe(1);
    const file = 'sections/02-broken.md';
    expect(result.stderr).toContain(`${file}:3:30 error unknown metric "财政.支岀" (did you mean "财政.支出"?) in :::table unknown-metric`);
    expect(result.stderr).toContain(`${file}:6:33 error unknown metric "调解.诉调对接.纠份" (did you mean "调解.诉调对接.纠纷"?) in :::table unknown-metric`);
    expect(result.stderr).toContain(`${file}:6:33 error unknown metric "调解.派出所.纠份" (did you mean "调解.派出所.纠纷"?) in :::table unknown-metric`);
    expect(result.stderr).toContain(`${file}:8:1 error :::table needs caption="…" missing-key`);
    expect(result.stderr).toMatch(new RegExp(`${file}:8:19 error unknown attribute "captoin" of :::table \\(did you mean "caption"\\?\\).* unknown-key`));
    expect(result.stderr).toContain(`${file}:8:16 error unknown metric group "财" (did you mean "财政"?) in :::table unknown-metric`);
    expect(result.stderr).toContain(`${file}:10:1 error unknown directive ":::tabel" (did you mean "table"?) (known: :::table, :::chart) unknown-directive`);
    expect(result.stderr).toContain(`${file}:13:22 error unknown attribute "group" of :::table (around a table only caption is allowed) unknown-key`);
  });
});

describe('hostile metric labels and captions', () => {
  it('reach the HTML as text only, in tables and charts', async () => {
    const dir = copyFixture();
    const metrics = join(dir, 'metrics/figures.yaml');
    writeFileSync(metrics, readFileSync(metrics, 'utf8').replace('label: 一般公共预算收入', `label: '<script>alert(1)</script><img src=x onerror="alert(2)">'`));
    const section = join(dir, 'sections/01-body.md');
    writeFileSync(section, readFileSync(section, 'utf8').replace('caption="财政收支情况"', `caption='<svg onload="alert(3)"><a href="javascript:alert(4)">x</a>'`));
    writeFileSync(section, `${readFileSync(section, 'utf8')}\n::chart{group="财政" rows="收入" caption='<script>alert(5)</script>'}\n`);
    const result = await runCli(['build', '.', '--format', 'html', '--out', join(dir, 'out')], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const page = readFileSync(join(dir, 'out/metric-blocks.html'), 'utf8');
    // parse the page as a browser would: no such element and no event handler anywhere
    const elements: Element[] = [];
    visit(fromHtml(page), 'element', (element: Element) => {
      elements.push(element);
    });
    expect(elements.filter((e) => ['script', 'img', 'a', 'foreignObject', 'iframe'].includes(e.tagName))).toEqual([]);
    expect(elements.flatMap((e) => Object.keys(e.properties).filter((name) => /^on/i.test(name)))).toEqual([]);
    expect(elements.filter((e) => e.tagName === 'svg')).toHaveLength(3); // the fixture's two charts and the hostile one
    // the hostile text is there, as text
    expect(page).toContain('<caption>&#x3C;svg onload="alert(3)">&#x3C;a href="javascript:alert(4)">x&#x3C;/a></caption>');
    expect(page).toContain('<th scope="row">&#x3C;script>alert(1)&#x3C;/script>&#x3C;img src=x onerror="alert(2)"></th>');
    expect(page).toContain('>&#x3C;script>alert(1)&#x3C;/script>&#x3C;img src=x onerror="alert(2)"></text>');
    expect(page).toContain('<figcaption>&#x3C;script>alert(5)&#x3C;/script></figcaption>');
  });
});
