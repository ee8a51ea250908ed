import { AlignmentType, ImportedXmlComponent, LineRuleType, type ICharacterStyleOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { roleFamilies, ROLE_STACKS, type FontRole } from '../fonts/fonts.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { escapeHtml } from '../render/escape.js';

/** Style ids (ASCII, as Word keeps them); the names the clerk sees are the Chinese ones below. */
export const STYLE_IDS = {
  body: 'GwBody',
  title: 'GwTitle',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  heading3: 'GwHeading3',
  heading4: 'GwHeading4',
  recipients: 'GwRecipients',
  documentNumber: 'GwDocumentNumber',
  masthead: 'GwMasthead',
  marks: 'GwMarks',
  signer: 'GwSigner',
  date: 'GwDate',
  note: 'GwNote',
  colophon: 'GwColophon',
  tableCaption: 'GwTableCaption',
  tableText: 'GwTableText',
  tableSmall: 'GwTableSmall',
  figureCaption: 'GwFigureCaption',
  pageNumber: 'GwPageNumber',
  strong: 'GwStrong',
} as const;

/** The style names, named for their roles in the 公文 (what Word's style pane lists). */
export const STYLE_NAMES: Record<keyof typeof STYLE_IDS, string> = {
  body: '正文',
  title: '标题',
  heading1: '一级标题',
  heading2: '二级标题',
  heading3: '三级标题',
  heading4: '四级标题',
  recipients: '主送',
  documentNumber: '发文字号',
  masthead: '版头',
  marks: '份号密级',
  signer: '署名',
  date: '成文日期',
  note: '附注',
  colophon: '版记',
  tableCaption: '表题',
  tableText: '表格文字',
  tableSmall: '表格文字（五号）',
  figureCaption: '图题',
  pageNumber: '页码',
  strong: '着重',
};

/** Points to Word's half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** A role's face for Word: the report's first choice (its `fonts:` entry, else the standard's office face). */
export function roleFace(manifest: Manifest, role: FontRole): string {
  const stack = ROLE_STACKS.find((s) => s.role === role)!;
  return roleFamilies(manifest, stack)[0]!;
}

/** One face for every script of a run: the PDF draws digits and Latin letters in the role's face too. */
export function font(name: string): { ascii: string; eastAsia: string; hAnsi: string; cs: string } {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

export interface StyleMetrics {
  /** The grid's line pitch in twips. */
  linePitch: number;
  /** One 字 (the grid's character pitch) in twips. */
  charPitch: number;
}

/**
 * The document's styles, one per role, with the PDF's faces and sizes (templates/print.css):
 * 正文 3号 仿宋 with a 2-字 first-line indent on the grid's line pitch; 标题 2号 小标宋;
 * 一级标题 黑体, 二级标题 楷体, 三级标题 and 四级标题 仿宋 (§7.3.3), all in the body size;
 * 版记 4号. Styles whose size is not 3号 do not snap to the character grid (it would
 * space their characters at the 3号 pitch). Widow control is off, as in the PDF: a page
 * holds its 22 lines.
 */
export function documentStyles(manifest: Manifest, metrics: StyleMetrics): IStylesOptions {
  const body = roleFace(manifest, 'body');
  const exact = (twips: number) => ({ line: Math.round(twips), lineRule: LineRuleType.EXACT });
  const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, spacing: exact(metrics.linePitch), widowControl: false } as const;
  const indent2 = { firstLine: Math.round(2 * metrics.charPitch) };
  // off the character grid, at the natural pitch (the PDF's letter-spacing: 0)
  const offGrid = { snapToGrid: false, characterSpacing: 0 } as const;
  const style = (key: keyof typeof STYLE_IDS, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id: STYLE_IDS[key],
    name: STYLE_NAMES[key],
    quickFormat: true,
    ...options,
  });
  const heading = (key: 'heading1' | 'heading2' | 'heading3' | 'heading4', face: string, level: number, bold = false) =>
    style(key, { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, run: { font: font(face), ...(bold ? { bold: true } : {}) }, paragraph: { keepNext: true, outlineLevel: level } });
  const paragraphStyles: IParagraphStyleOptions[] = [
    // −0.25 pt between characters: 28 fit the line where the grid is not applied (the PDF's −0.21 pt)
    style('body', { run: { font: font(body), size: halfPoints(16), characterSpacing: -5 }, paragraph: { ...bodyParagraph, indent: indent2 } }),
    style('title', { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, run: { font: font(roleFace(manifest, 'title')), size: halfPoints(22), ...offGrid }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: exact(35 * 20), outlineLevel: 0 } }),
    heading('heading1', roleFace(manifest, 'heading1'), 1),
    heading('heading2', roleFace(manifest, 'heading2'), 2),
    heading('heading3', body, 3, manifest.layout['heading3-bold']),
    heading('heading4', body, 4),
    style('recipients', { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, paragraph: { indent: { firstLine: 0 }, spacing: { before: Math.round(metrics.linePitch) } } }),
    style('documentNumber', { basedOn: STYLE_IDS.body, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } }),
    style('masthead', { basedOn: STYLE_IDS.body, run: { font: font(roleFace(manifest, 'title')), ...offGrid }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } }),
    style('marks', { basedOn: STYLE_IDS.body, paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } } }),
    style('signer', { basedOn: STYLE_IDS.body, next: STYLE_IDS.date, paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, keepNext: true } }),
    style('date', { basedOn: STYLE_IDS.body, next: STYLE_IDS.note, paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } } }),
    style('note', { basedOn: STYLE_IDS.body, paragraph: { indent: indent2 } }),
    style('colophon', { basedOn: STYLE_IDS.body, run: { size: halfPoints(14), ...offGrid }, paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: exact(14 * 1.75 * 20) } }),
    style('tableCaption', { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, run: { font: font(roleFace(manifest, 'heading1')), size: halfPoints(15), ...offGrid }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...exact(15 * 1.45 * 20), before: 290, after: 120 }, keepNext: true } }),
    style('tableText', { basedOn: STYLE_IDS.body, run: { size: halfPoints(14), ...offGrid }, paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 }, spacing: exact(14 * 1.45 * 20) } }),
    style('tableSmall', { basedOn: STYLE_IDS.tableText, run: { size: halfPoints(10.5) }, paragraph: { spacing: exact(10.5 * 1.25 * 20) } }),
    style('figureCaption', { basedOn: STYLE_IDS.body, next: STYLE_IDS.body, run: { font: font(roleFace(manifest, 'heading1')), size: halfPoints(15), ...offGrid }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...exact(15 * 1.45 * 20), after: 290 } } }),
    style('pageNumber', { run: { font: font(roleFace(manifest, 'page-number')), size: halfPoints(14), ...offGrid }, paragraph: { indent: { firstLine: 0 } } }),
  ];
  // 粗体 prints in the 黑体 face, as in the PDF (no synthetic bold)
  const characterStyles: ICharacterStyleOptions[] = [{ id: STYLE_IDS.strong, name: STYLE_NAMES.strong, quickFormat: true, run: { font: font(roleFace(manifest, 'heading1')) } }];
  return {
    importedStyles: baseStylesXml(body).map((xml) => ImportedXmlComponent.fromXmlString(xml)),
    paragraphStyles,
    characterStyles,
  };
}

/**
 * The document defaults (3号 in the body face, Chinese) and the Normal and table styles,
 * written out because the docx package has no option for one setting they need: the
 * paragraphs do not snap to the document grid (`w:pPr/w:snapToGrid` off), and no space is
 * added between Chinese and Latin text or digits (the PDF adds none). Word keeps the
 * grid's 22 × 28 in Page Setup and spaces the text by the styles' exact line pitch and
 * character spacing; LibreOffice, which knows only the paragraph's snap, would otherwise
 * give a 3号 character two cells of the 15.79 pt grid (14 characters to a line).
 */
function baseStylesXml(face: string): string[] {
  const fonts = `<w:rFonts w:ascii="${escapeHtml(face)}" w:eastAsia="${escapeHtml(face)}" w:hAnsi="${escapeHtml(face)}" w:cs="${escapeHtml(face)}"/>`;
  return [
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:snapToGrid w:val="0"/></w:pPr></w:pPrDefault></w:docDefaults>`,
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  ];
}
