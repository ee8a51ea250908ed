import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyLines, GB, linePitch, measurePdf, removeTablesAndCharts, widthInChars, type Line, type MeasuredPage } from '../helpers/layout.js';
import { columnExtent, isDark, isRed, mmToPx, pxToMm, rasterPage, rowBands, rowCounts } from '../helpers/raster.js';
import { copyExample } from '../helpers/report-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * The layout checker: GB/T 9704-2012 measured on the real PDFs of both examples, with the
 * standard's tolerance (版心 ± 1 mm) or tighter. The figures are logged for the notes.
 */

const LINE_PT = 28.98;
const CHAR_MM = GB.blockWidth / GB.charsPerLine; // one 字 at the 28-per-line pitch
const LINE_MM = (LINE_PT * 25.4) / 72;

async function build(example: string, dir?: string): Promise<{ pdf: string; pages: MeasuredPage[] }> {
  const out = mkdtempSync(join(tmpdir(), `report-layout-${example}-`));
  const result = await runCli(['build', dir ?? join(ROOT, 'data', example), '--format', 'pdf', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const pdf = join(out, `${example}.pdf`);
  return { pdf, pages: await measurePdf(pdf) };
}

const find = (page: MeasuredPage, pattern: RegExp): Line | undefined => page.lines.find((l) => pattern.test(l.text));
const isFullWidthOnly = (text: string) => !/[\u0000-\u00ff]/.test(text);

/** The dash line of the page number, measured in ink: mm from the top of the page. */
function pageNumberDashMm(pdf: string, page: number): number {
  const raster = rasterPage(pdf, page, 200);
  const rows = rowCounts(raster, isDark, 0, raster.width);
  const from = mmToPx(raster, GB.bottom + 2);
  const bands = rowBands(rows.map((c, y) => (y >= from ? c : 0)), 1);
  const [top, bottom] = bands[0]!;
  // the dash is the widest dark row of the label; its centre is the "dash line"
  let widest = top;
  for (let y = top; y <= bottom; y++) if (rows[y]! > rows[widest]!) widest = y;
  return pxToMm(raster, widest + 0.5);
}

describe('layout checker: data/wujin-2020', () => {
  let pdf: string;
  let pages: MeasuredPage[];
  beforeAll(async () => ({ pdf, pages } = await build('wujin-2020')));

  it('is A4 on every page', () => {
    for (const page of pages) {
      expect(page.width).toBeCloseTo(GB.page.width, 0);
      expect(page.height).toBeCloseTo(GB.page.height, 0);
    }
  });

  it('keeps all text inside the 版心 (37 mm top, 28 mm left, 156 × 225 mm)', () => {
    for (const page of pages) {
      for (const line of page.lines) {
        expect(line.left, `p${page.number} "${line.text}"`).toBeGreaterThanOrEqual(GB.left - 0.5);
        expect(line.right, `p${page.number} "${line.text}"`).toBeLessThanOrEqual(GB.right + 0.5);
        expect(line.baseline - (line.size * 25.4) / 72).toBeGreaterThanOrEqual(GB.top - 0.5);
        expect(line.baseline).toBeLessThanOrEqual(GB.bottom);
      }
    }
  });

  it('sets 22 lines on every full page of body text, at a 28.98 pt pitch', () => {
    // Pages of running text only: the example's tables and chart set their own lines, and
    // a page before one that starts with a table or chart ends where the table would not fit.
    const textOnly = (p: MeasuredPage | undefined) => p !== undefined && p.lines.every((l) => Math.round(l.size) === 16);
    const full = pages.slice(1, -1).filter((p) => textOnly(p) && Math.round(pages[p.number]!.lines[0]!.size) === 16);
    expect(full.length).toBeGreaterThanOrEqual(10);
    const counts = full.map((p) => p.lines.length);
    const pitches = full.map((p) => linePitch(p.lines));
    console.log(`wujin-2020: ${pages.length} pages; lines per full page ${[...new Set(counts)].join('/')}; line pitch ${pitches[0]!.toFixed(2)} pt`);
    // No widow/orphan control (print.css): no line goes over early. (A page may still end
    // a line short where a heading keeps with its text; the grid test below counts every
    // page of the text without tables.)
    for (const page of full) expect(page.lines.length, `page ${page.number}`).toBeGreaterThanOrEqual(GB.linesPerPage - 1);
    expect(counts.filter((c) => c === GB.linesPerPage).length).toBeGreaterThan(full.length * 0.8);
    for (const pitch of pitches) expect(pitch).toBeCloseTo(LINE_PT, 0);
    // the first line of a page sits on the first line of the 版心
    for (const page of full) expect(page.lines[0]!.baseline).toBeLessThan(GB.top + LINE_MM);
  });

  it('sets 28 characters on every full line, flush with both edges of the 版心', () => {
    const lines = pages.flatMap((p) => p.lines);
    const isFull = (l: Line) => Math.round(l.size) === 16 && Math.abs(l.left - GB.left) < 0.3 && Math.abs(l.right - GB.right) < 0.5 && isFullWidthOnly(l.text);
    const full = lines.filter(isFull);
    const widths = full.map((l) => widthInChars(l.text));
    console.log(`wujin-2020: ${full.length} full lines of Chinese text; characters per line: ${widths.filter((w) => w === 28).length} × 28, ${widths.filter((w) => w !== 28).length} × 27 (禁则); left ${full[0]!.left.toFixed(2)} mm, right ${full[0]!.right.toFixed(2)} mm`);
    expect(full.length).toBeGreaterThan(100);
    expect(widths.filter((w) => w === GB.charsPerLine).length).toBeGreaterThan(full.length * 0.8);
    for (const line of full) {
      if (widthInChars(line.text) === GB.charsPerLine) continue;
      // One character short only where line-breaking rules (禁则, line-break: strict) move
      // it: the 28th would have pushed a closing mark to the next line's start, or an
      // opening mark would have ended this line.
      expect(widthInChars(line.text), line.text).toBe(GB.charsPerLine - 1);
      const next = lines[lines.indexOf(line) + 1]!;
      expect(next.text, `after "${line.text}"`).toMatch(/^(.[，。、；：？！”’）》」』】〕]|[《“‘（「『【〔])/u);
    }
  });

  it('indents paragraphs and headings by 2 字', () => {
    const first = pages[0]!;
    const heading = find(first, /^一、坚持高位统筹/)!;
    expect(heading.left - GB.left).toBeCloseTo(2 * CHAR_MM, 0);
  });

  it('numbers every page — n — in 4号, 7 mm below the 版心, odd right and even left, one 字 in', () => {
    const figures: string[] = [];
    for (const page of pages) {
      const label = page.pageNumber;
      expect(label, `page ${page.number}`).toBeDefined();
      expect(label!.text.replace(/\s/g, '')).toBe(`—${page.number}—`);
      expect(label!.size).toBeCloseTo(14, 0);
      if (page.number % 2 === 1) expect(GB.right - label!.right).toBeCloseTo(GB.pageNumberIndent, 0);
      else expect(label!.left - GB.left).toBeCloseTo(GB.pageNumberIndent, 0);
      figures.push(page.number % 2 === 1 ? `p${page.number} right +${(GB.right - label!.right).toFixed(2)}` : `p${page.number} left +${(label!.left - GB.left).toFixed(2)}`);
    }
    const dash = pageNumberDashMm(pdf, 1) - GB.bottom;
    console.log(`wujin-2020: page-number dash ${dash.toFixed(2)} mm below the 版心; indents (mm) ${figures.slice(0, 2).join(', ')}`);
    expect(Math.abs(dash - GB.pageNumberDrop)).toBeLessThanOrEqual(1);
  });

  it('gives each role its own face: body, 一、 heading, （一） heading, title, page number', () => {
    const all = pages.flatMap((p) => p.lines);
    const body = all.find((l) => l.text.startsWith('党政主要领导全面履行'))!.fonts[0]!;
    const h1 = all.find((l) => l.text.startsWith('一、坚持高位统筹'))!.fonts[0]!;
    const h2 = all.find((l) => l.text.startsWith('（一）强化组织领导'))!.fonts[0]!;
    const title = all.find((l) => l.size > 20)!.fonts[0]!;
    const pageNumber = pages[0]!.pageNumber!.fonts[0]!;
    console.log(`wujin-2020 faces: body ${body}, 一、 ${h1}, （一） ${h2}, title ${title}, page number ${pageNumber}`);
    expect(new Set([body, h1, h2]).size).toBe(3);
    expect(title).toBeDefined();
  });

  it('centres the title and breaks it where the manifest says', () => {
    const title = pages[0]!.lines.filter((l) => l.size > 20);
    expect(title.map((l) => l.text)).toEqual(['常州市武进区人民政府', '2020年法治政府建设工作报告']);
    for (const line of title) expect((line.left + line.right) / 2).toBeCloseTo(GB.left + GB.blockWidth / 2, 0);
  });

  it('sets the signature per §7.3.5.2 with the 附注 on the next line, on a page with body text', () => {
    const last = pages[pages.length - 1]!;
    const issuer = find(last, /^常州市武进区人民政府$/)!;
    const date = find(last, /^2021年1月25日$/)!;
    const note = find(last, /^（此件公开发布）$/)!;
    expect(GB.right - issuer.right).toBeCloseTo(2 * CHAR_MM, 0);
    expect(date.left - issuer.left).toBeCloseTo(2 * CHAR_MM, 0);
    expect(note.left - GB.left).toBeCloseTo(2 * CHAR_MM, 0);
    expect(note.baseline - date.baseline).toBeCloseTo(LINE_MM, 0);
    const bodyLines = last.lines.filter((l) => l.baseline < issuer.baseline - LINE_MM);
    expect(bodyLines.length).toBeGreaterThan(0);
  });
});

describe('layout checker: data/masthead-demo (版头, 版记, signature near a page end)', () => {
  let pdf: string;
  let pages: MeasuredPage[];
  beforeAll(async () => ({ pdf, pages } = await build('masthead-demo')));

  it('puts the red 发文机关标志 35 mm below the 版心 top, the red rule 4 mm under the 发文字号', () => {
    const raster = rasterPage(pdf, 1, 200);
    const red = rowCounts(raster, isRed);
    const bands = rowBands(red, 1);
    expect(bands.length).toBeGreaterThanOrEqual(2);
    const masthead = bands[0]!;
    const mastheadTop = pxToMm(raster, masthead[0]) - GB.top;
    const ruleBand = bands.find((b) => red[b[0]]! > mmToPx(raster, 150))!;
    expect(ruleBand).toBeDefined();
    const [ruleLeft, ruleRight] = columnExtent(raster, isRed, ruleBand);
    const ruleTop = pxToMm(raster, ruleBand[0]);
    // the 发文字号 line: the dark band just above the rule
    const dark = rowCounts(raster, isDark);
    const numberBand = rowBands(dark.map((c, y) => (y < ruleBand[0] && y > masthead[1] ? c : 0)), 1).at(-1)!;
    const gap = ruleTop - pxToMm(raster, numberBand[1] + 1);
    const thickness = pxToMm(raster, ruleBand[1] - ruleBand[0] + 1);
    expect(thickness).toBeGreaterThanOrEqual(0.35);
    console.log(`masthead-demo: 发文机关标志 ink top ${mastheadTop.toFixed(2)} mm below the 版心 top; red rule ${(pxToMm(raster, ruleBand[1] - ruleBand[0] + 1)).toFixed(2)} mm thick, ${pxToMm(raster, ruleLeft).toFixed(2)}–${pxToMm(raster, ruleRight + 1).toFixed(2)} mm, ${gap.toFixed(2)} mm under the 发文字号`);
    expect(Math.abs(mastheadTop - 35)).toBeLessThanOrEqual(1);
    expect(Math.abs(pxToMm(raster, ruleLeft) - GB.left)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(pxToMm(raster, ruleRight + 1) - GB.right)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(gap - 4)).toBeLessThanOrEqual(1);
  });

  it('sets 份号 and 紧急程度 flush left at the top, 发文字号 and 签发人 one 字 in on one line', () => {
    const first = pages[0]!;
    const copy = find(first, /^000012$/)!;
    expect(copy.left).toBeCloseTo(GB.left, 0);
    expect(copy.baseline).toBeLessThan(GB.top + LINE_MM);
    expect(find(first, /^加急$/)!.left).toBeCloseTo(GB.left, 0);
    const numberLine = find(first, /武政发〔2021〕32号/)!;
    expect(numberLine.text).toMatch(/^武政发〔2021〕32号签发人：王某某$/);
    expect(numberLine.left - GB.left).toBeCloseTo(CHAR_MM, 0);
    expect(GB.right - numberLine.right).toBeCloseTo(CHAR_MM, 0);
  });

  it('keeps the signature with body text and anchors the 版记 to the bottom of the last page, unnumbered', () => {
    const last = pages[pages.length - 1]!;
    const issuer = find(last, /^常州市武进区人民政府$/)!;
    expect(last.lines.some((l) => l.baseline < issuer.baseline - LINE_MM && Math.round(l.size) === 16)).toBe(true);
    expect(find(last, /^抄送：/)).toBeDefined();
    expect(find(last, /印发$/)).toBeDefined();
    expect(last.pageNumber).toBeUndefined();
    for (const page of pages.slice(0, -1)) expect(page.pageNumber?.text.replace(/\s/g, '')).toBe(`—${page.number}—`);
    const raster = rasterPage(pdf, pages.length, 200);
    const rules = rowBands(rowCounts(raster, isDark), mmToPx(raster, 150));
    const bottomRule = rules.at(-1)!;
    const bottom = pxToMm(raster, bottomRule[1] + 1);
    console.log(`masthead-demo: ${pages.length} pages; 版记 last rule ends ${bottom.toFixed(2)} mm from the top (版心 bottom ${GB.bottom} mm); ${rules.length} rules`);
    expect(Math.abs(bottom - GB.bottom)).toBeLessThanOrEqual(1);
    expect(rules.length).toBe(3); // thick, thin between 抄送 and 印发, thick
  });

  it('tightens the last page rather than leaving the signature alone when it overflows a little', async () => {
    const dir = copyExample('masthead-demo');
    const file = join(dir, 'sections/01-body.md');
    const text = readFileSync(file, 'utf8');
    // Three sentences shorter: the body now ends two lines from the foot of page 3, where
    // the signature block (four lines) no longer fits without help.
    writeFileSync(file, text.replace(/\n加强行政复议宣传[^\n]*\n围绕优化营商环境[^\n]*/, ''));
    const { pages: tight } = await build('masthead-demo', dir);
    const withSignature = tight.find((p) => find(p, /^常州市武进区人民政府$/) && p.lines.length > 2)!;
    const issuer = find(withSignature, /^常州市武进区人民政府$/)!;
    expect(withSignature.lines.some((l) => l.baseline < issuer.baseline - LINE_MM && Math.round(l.size) === 16)).toBe(true);
  });

  it('with seal: the date right-indented 4 字 and the issuer centred on it, room above for the seal', async () => {
    const dir = copyExample('masthead-demo');
    writeFileSync(join(dir, 'report.yaml'), `${readFileSync(join(dir, 'report.yaml'), 'utf8')}signature: { seal: true }\n`);
    const { pages: sealed } = await build('masthead-demo', dir);
    const page = sealed.find((p) => find(p, /^2021年4月12日$/))!;
    const issuer = find(page, /^常州市武进区人民政府$/)!;
    const date = find(page, /^2021年4月12日$/)!;
    expect(GB.right - date.right).toBeCloseTo(4 * CHAR_MM, 0);
    expect((issuer.left + issuer.right) / 2).toBeCloseTo((date.left + date.right) / 2, 0);
    const above = page.lines.filter((l) => l.baseline < issuer.baseline).at(-1)!;
    // two blank lines of the body's pitch between the text and the issuer, for the seal
    expect(issuer.baseline - above.baseline).toBeGreaterThan(2.5 * LINE_MM);
  });

  it('mirrors the margins on even pages when layout.mirror-margins is set (订口 inside)', async () => {
    const dir = copyExample('masthead-demo');
    writeFileSync(join(dir, 'report.yaml'), `${readFileSync(join(dir, 'report.yaml'), 'utf8')}layout: { mirror-margins: true }\n`);
    const { pages: mirrored } = await build('masthead-demo', dir);
    const leftEdge = (page: MeasuredPage) => Math.min(...page.lines.map((l) => l.left));
    expect(leftEdge(mirrored[0]!)).toBeCloseTo(GB.left, 0);
    // on the verso the 28 mm binding margin is on the right: the text starts 26 mm in
    expect(leftEdge(mirrored[1]!)).toBeCloseTo(26, 0);
    expect(mirrored[1]!.pageNumber!.left - 26).toBeCloseTo(GB.pageNumberIndent, 0);
  });
});

describe('layout checker: the 22-line grid on running text (data/wujin-2020 without its tables and chart)', () => {
  let pages: MeasuredPage[];
  beforeAll(async () => {
    const dir = copyExample('wujin-2020');
    removeTablesAndCharts(dir);
    ({ pages } = await build('wujin-2020', dir));
  });

  it('holds 22 body lines on every full page (§7.1: 22 lines fill the 版心), widow/orphan control off', () => {
    const counts = pages.map((p) => bodyLines(p).length);
    console.log(`wujin-2020 without tables and chart: ${pages.length} pages; body lines per page ${counts.join(' ')}`);
    // Excluded: page 1, whose 版头 and 2号 title take the room of several body lines, and
    // the last page, where the text ends and the signature follows: neither is a full page
    // of body text.
    const full = pages.slice(1, -1);
    expect(full.length).toBeGreaterThan(10);
    // The signature never starts a page alone (§7.3.5.5, src/pdf/finish-layout.ts): when
    // the text ends at the foot of a page, its last lines go over to the signature's page.
    // The page they came from held 22 before; it is the one page allowed fewer.
    const last = pages.at(-1)!;
    const issuer = find(last, /^常州市武进区人民政府$/)!;
    const moved = bodyLines(last).filter((l) => l.baseline < issuer.baseline - LINE_MM).length;
    for (const page of full) {
      const lines = bodyLines(page);
      const expected = page.number === pages.length - 1 && lines.length < GB.linesPerPage ? GB.linesPerPage - moved : GB.linesPerPage;
      expect(lines.length, `page ${page.number}: ${lines.map((l) => l.text.slice(0, 8)).join(' | ')}`).toBe(expected);
      expect(lines[0]!.baseline, `page ${page.number} starts on the first line of the 版心`).toBeLessThan(GB.top + LINE_MM);
      expect(linePitch(lines)).toBeCloseTo(LINE_PT, 0);
    }
  });

  it('never ends a page with a heading (it keeps with its first line)', () => {
    const bodyFace = pages.flatMap((p) => p.lines).find((l) => l.text.startsWith('党政主要领导全面履行'))!.fonts[0]!;
    for (const page of pages.slice(0, -1)) {
      const foot = bodyLines(page).at(-1)!;
      expect(foot.fonts, `page ${page.number} ends with "${foot.text}"`).toContain(bodyFace);
    }
  });
});

describe('layout checker: a heading moves along when the signature rule pulls its text over', () => {
  // The case: data/wujin-2020 without its tables and chart, its last section ending with a
  // short heading and a one-line paragraph, placed so the heading falls on line 21 and the
  // paragraph on line 22 of a page. The signature then has no room there; tightening
  // cannot gain the four lines it needs, so the signature rule moves the last body block
  // (the paragraph, one line) to the next page. The heading must go with it.
  const HEADING = '六、其他事项';
  const PARAGRAPH = '本报告自印发之日起公开。';
  // a paragraph of one line: short, so its 2-字 indent and text fit one line
  const FILLER = '本段为版面测试而加的单行段落。';
  function closingCase(before: number, after: number): string {
    const dir = copyExample('wujin-2020');
    removeTablesAndCharts(dir);
    const file = join(dir, 'sections/07-closing.md');
    const lines = [...Array(before).fill(FILLER), `## ${HEADING}`, PARAGRAPH, ...Array(after).fill(FILLER)];
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${lines.join('\n\n')}\n`);
    return dir;
  }
  /** Line of its page (1 to 22) a text's first line is set on. */
  function lineOnPage(pages: MeasuredPage[], text: string): { page: number; line: number } {
    for (const page of pages) {
      const index = bodyLines(page).findIndex((l) => l.text === text);
      if (index >= 0) return { page: page.number, line: index + 1 };
    }
    throw new Error(`"${text}" not found`);
  }

  let pages: MeasuredPage[];
  let pdf: string;
  beforeAll(async () => {
    // Probe: where the text before the heading ends, with a page of filler after the
    // paragraph (far from the signature). One filler before the heading marks the place:
    // the heading itself cannot, a heading due on line 22 being set on the next page's line 1.
    const { pages: probe } = await build('wujin-2020', closingCase(1, 30));
    const at = lineOnPage(probe, FILLER);
    // Every filler is one line: with n of them the heading is set on line at.line + n
    // (counted on down the grid), wanted on 21.
    const before = ((GB.linesPerPage - 1 - at.line) % GB.linesPerPage + GB.linesPerPage) % GB.linesPerPage || GB.linesPerPage;
    ({ pdf, pages } = await build('wujin-2020', closingCase(before, 0)));
    console.log(`heading case: the filler before the heading on line ${at.line} of page ${at.page}; ${before} one-line paragraphs before it put it on line 21; pdf ${pdf}`);
  }, 120_000);

  it('keeps the heading on the page of its paragraph and the signature', () => {
    const heading = lineOnPage(pages, HEADING);
    const paragraph = lineOnPage(pages, PARAGRAPH);
    const last = pages.at(-1)!;
    const issuer = find(last, /^常州市武进区人民政府$/)!;
    console.log(`heading case: ${pages.length} pages; body lines per page ${pages.map((p) => bodyLines(p).length).join(' ')}; heading p${heading.page} l${heading.line}, paragraph p${paragraph.page} l${paragraph.line}`);
    expect(issuer).toBeDefined();
    expect(paragraph.page, 'the signature rule moved the paragraph to the last page').toBe(last.number);
    expect(heading.page, 'the heading went along with it').toBe(paragraph.page);
    expect(paragraph.line).toBe(heading.line + 1);
    for (const page of pages.slice(0, -1)) expect(bodyLines(page).at(-1)!.text, `foot of page ${page.number}`).not.toBe(HEADING);
  });
});
