import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, pdfTextStream, readDocx, type DocxBlock, type DocxParagraph, type DocxTable, type PdfText, type ReadDocx } from '../helpers/docx.js';
import { expectOnlyFontWarnings } from '../helpers/report-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/** masthead-demo with lists, emphasis, a link and a quotation added to its text. */
function withLists(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-docx-lists-')), 'lists');
  cpSync(join(ROOT, 'data/masthead-demo'), dir, { recursive: true, filter: (path) => !path.includes('/dist') });
  appendFileSync(
    join(dir, 'sections/01-body.md'),
    ['', '主要措施如下：', '', '1. 规范受理程序，**严格审查**时限。', '2. 推行繁简分流，见[门户网站](https://example.org)。', '', '- 加强队伍建设；', '- 提升办案质量。', '', '> 引用的一段文字。', ''].join('\n'),
  );
  return dir;
}

/**
 * `report build --format pdf,docx` on the examples, the DOCX read back with python-docx
 * (a real reader) and held against the PDF of the same build: word for word, paragraph by
 * paragraph, on the GB/T 9704 page with its grid, in the role-named styles.
 */
describe('report build --format docx (real CLI, real Chromium, python-docx)', () => {
  const built: Record<string, { docx: ReadDocx; pdf: PdfText; files: string[]; stderr: string }> = {};

  beforeAll(async () => {
    for (const [example, dir] of [['wujin-2020', 'data/wujin-2020'], ['masthead-demo', 'data/masthead-demo'], ['lists', withLists()]] as const) {
      const out = mkdtempSync(join(tmpdir(), 'report-docx-'));
      const result = await runCli(['build', dir, '--format', 'pdf,docx', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      built[example] = { docx: readDocx(join(out, `${example}.docx`)), pdf: pdfTextStream(join(out, `${example}.pdf`)), files: readdirSync(out).sort(), stderr: result.stderr };
    }
  }, 120_000);

  it('writes <stem>.docx beside the PDF and says so', () => {
    const { files, stderr } = built['wujin-2020']!;
    expect(files).toEqual(['wujin-2020.docx', 'wujin-2020.pdf']);
    expectOnlyFontWarnings(stderr);
    expect(stderr).toMatch(/wrote .*wujin-2020\.pdf, .*wujin-2020\.docx in \d+\.\d+ s/);
  });

  it.each(['wujin-2020', 'masthead-demo', 'lists'])('%s: the text is the PDF’s, paragraph by paragraph', (example) => {
    const { docx, pdf } = built[example]!;
    expect(firstDifference(docx.blocks, pdf)).toBeUndefined();
    // and the comparison sees a changed word: drop one character of a body paragraph
    const changed = docx.blocks.map((b): DocxBlock => (b.kind === 'paragraph' && b.style === '正文' && b.text.length > 10 ? { ...b, text: b.text.slice(1) } : b));
    expect(firstDifference(changed, pdf)).toMatch(/is not the PDF's next text/);
  });

  it('numbers the headings as the PDF does, in the role-named styles', () => {
    const paragraphs = built['wujin-2020']!.docx.blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');
    const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    // broken where report.yaml breaks it, as in the PDF
    expect(styled('标题')).toEqual(['常州市武进区人民政府\n2020年法治政府建设工作报告']);
    expect(styled('一级标题')[0]).toBe('一、坚持高位统筹，深入推进法治政府建设');
    expect(styled('一级标题')).toHaveLength(6);
    expect(styled('二级标题')[0]).toBe('（一）强化组织领导');
    // no 版头: the 发文字号 stands under the title, as in the PDF
    expect(styled('发文字号')).toEqual(['武政发〔2021〕7号']);
    expect(styled('主送')).toEqual(['常州市人民政府：']);
    expect(styled('署名')).toEqual(['常州市武进区人民政府']);
    expect(styled('成文日期')).toEqual(['2021年1月25日']);
    expect(styled('正文').length).toBeGreaterThan(20);
  });

  it('sets the A4 page, the GB/T 9704 margins and the 22 × 28 document grid', () => {
    const { section } = built['wujin-2020']!.docx;
    expect(section.pgSz).toMatchObject({ w: '11906', h: '16838' });
    // 37 mm top, 26 mm right, 35 mm bottom, 28 mm left, in twips
    expect(section.pgMar).toMatchObject({ top: '2098', right: '1474', bottom: '1984', left: '1587' });
    expect(section.docGrid).toEqual({ type: 'linesAndChars', linePitch: '579', charSpace: '-842' });
    const textHeight = 16838 - 2098 - 1984;
    const textWidth = 11906 - 1474 - 1587;
    expect(Math.floor(textHeight / 579)).toBe(22);
    // the character pitch: the default 3号 (16 pt) plus charSpace/4096 pt, in twips
    const pitch = (16 + -842 / 4096) * 20;
    expect(Math.floor(textWidth / pitch)).toBe(28);
  });

  it('has a style per role, in the PDF’s first-choice faces and sizes', () => {
    const { styles } = built['wujin-2020']!.docx;
    for (const name of ['标题', '一级标题', '二级标题', '三级标题', '正文', '主送', '署名', '成文日期', '附注', '版记']) expect(styles, name).toHaveProperty(name);
    expect(styles['正文']).toMatchObject({ eastAsia: '仿宋_GB2312', size: 16 });
    expect(styles['标题']).toMatchObject({ eastAsia: '方正小标宋简体', size: 22 });
    expect(styles['一级标题']).toMatchObject({ eastAsia: '黑体', basedOn: '正文' });
    expect(styles['二级标题']).toMatchObject({ eastAsia: '楷体_GB2312', basedOn: '正文' });
    expect(styles['版记']).toMatchObject({ size: 14 });
    expect(styles['页码']).toMatchObject({ eastAsia: '宋体', size: 14 });
  });

  it('numbers the pages — n — on the outer side: odd pages right, even pages left', () => {
    const { footers, evenAndOddHeaders } = built['wujin-2020']!.docx;
    expect(evenAndOddHeaders).toBe(true);
    expect(footers.odd).toMatchObject({ style: '页码', alignment: { val: 'right' }, indent: { right: '280' }, page_field: true });
    expect(footers.even).toMatchObject({ style: '页码', alignment: { val: 'left' }, indent: { left: '280' }, page_field: true });
    expect(footers.odd.text.replace(/\s+/g, '')).toBe('——');
  });

  it('carries the title, the issuer, the 文件编号 and the 索引号 as document properties', () => {
    const { core, custom } = built['wujin-2020']!.docx;
    expect(core).toMatchObject({ title: '常州市武进区人民政府2020年法治政府建设工作报告', author: '常州市武进区人民政府', keywords: '法治政府建设; 工作报告; 武进区' });
    expect(custom).toEqual({ 文件编号: '武政发〔2021〕7号', 索引号: '014133058/2021-00012' });
    // dated as the PDF: the 成文日期 (2021-01-25, Beijing time), not the build's clock
    expect([core.created, core.modified]).toEqual(['2021-01-24T16:00:00', '2021-01-24T16:00:00']);
  });

  it('makes the metric tables Word tables whose header row repeats on every page', () => {
    const tables = built['wujin-2020']!.docx.blocks.filter((b): b is DocxTable => b.kind === 'table');
    expect(tables).toHaveLength(4);
    for (const table of tables) {
      expect(table.rows[0]!.header).toBe(true);
      expect(table.rows.slice(1).every((row) => !row.header)).toBe(true);
    }
    expect(tables[0]!.rows[0]!.cells.map((c) => c.text)).toEqual(['项目', '数值', '单位']);
    expect(tables[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(['新闻发布会', '12', '场']);
  });

  it('draws the chart as a picture: the SVG with its PNG fallback, the 图题 under it', () => {
    const blocks = built['wujin-2020']!.docx.blocks;
    const at = blocks.findIndex((b) => b.kind === 'picture');
    expect(blocks[at]).toMatchObject({ kind: 'picture', pictures: 1, svg: 1 });
    expect(blocks[at + 1]).toMatchObject({ style: '图题', text: '2020年行政复议审结案件处理结果' });
  });

  it('has the 版头 and the 版记 when the report has them', () => {
    const paragraphs = built['masthead-demo']!.docx.blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');
    const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('版头')).toEqual(['常州市武进区人民政府文件']);
    expect(styled('份号密级')).toEqual(['000012', '加急']);
    expect(styled('发文字号')).toContain('武政发〔2021〕32号\t签发人：王某某');
    expect(styled('附注')).toEqual(['（此件公开发布）']);
    expect(styled('版记')).toEqual(['抄送：区委办公室，区人大常委会办公室，区政协办公室，区司法局。', '常州市武进区人民政府办公室\t2021年4月12日印发']);
  });

  it('writes list items as paragraphs: a number as text, as the PDF has it, a bullet as Word’s list bullet', () => {
    const texts = built['lists']!.docx.blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph').map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['1.\t规范受理程序，严格审查时限。', '2.\t推行繁简分流，见门户网站。', '加强队伍建设；', '提升办案质量。', '引用的一段文字。']));
  });

  it('gives the same bytes for the same report, as the PDF does (zip entries dated like the document, not by the clock)', async () => {
    const docxOf = async () => {
      const out = mkdtempSync(join(tmpdir(), 'report-docx-same-'));
      const result = await runCli(['build', 'data/masthead-demo', '--format', 'docx', '--out', out], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(join(out, 'masthead-demo.docx'));
    };
    const first = await docxOf();
    // a zip dates its entries to 2 s: the second build runs in another 2-second slot
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await docxOf()).equals(first)).toBe(true);
  });
});
