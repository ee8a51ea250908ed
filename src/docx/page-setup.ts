import { AlignmentType, DocumentGridType, Footer, PageNumber, Paragraph, TextRun, type ISectionPropertiesOptions } from 'docx';
import type { Manifest } from '../validate/manifest-schema.js';
import { STYLE_IDS } from './styles.js';

/** Twips (1/20 pt) in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to whole twips. */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/**
 * The page of GB/T 9704 §5.2 in Word's units: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm,
 * so margins of 37/26/35/28 mm (the PDF's `@page` margins, templates/print.css).
 */
export const PAGE = {
  /** A4, 210 × 297 mm. */
  width: 11906,
  height: 16838,
  top: mm(37),
  right: mm(26),
  bottom: mm(35),
  left: mm(28),
  /** The 版心's width in twips (8845). */
  get textWidth(): number {
    return this.width - this.left - this.right;
  },
  /** The 版心's height in twips (12756). */
  get textHeight(): number {
    return this.height - this.top - this.bottom;
  },
};

/** 3号 in points: the body size the grid is counted in. */
export const BODY_PT = 16;
const LINES = 22;
const CHARS = 28;

/**
 * Line pitch of the 22-line grid (§5.2.3) in twips: Word fits floor(版心 height / pitch)
 * lines, so the pitch is the 版心's height over 22 rounded down: 579 (28.95 pt; the PDF
 * lays out at 28.98 pt in Chromium's units).
 */
export const LINE_PITCH = Math.floor(PAGE.textHeight / LINES);

/** One 字 of the 28-character grid in twips (315.9, 15.79 pt: the PDF's character pitch). */
export const CHAR_PITCH = PAGE.textWidth / CHARS;

/**
 * `w:charSpace`: how far the grid's character pitch is from the default font size, in
 * 1/4096 pt, rounded down so that 28 characters fit the 版心's width (−842: 15.79 pt).
 */
export const CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - BODY_PT) * 4096);

/**
 * The one section's page: size, margins, the document grid (`w:docGrid` linesAndChars,
 * 22 × 28), and the page numbers `— n —` in 4号 宋体 on the outer side, one 字 in
 * (§7.5): odd pages right, even pages left (the document turns on different odd and even
 * footers). The footer sits 25 mm above the page's foot, so the number's middle lands
 * about 7 mm under the 版心 as in the PDF.
 */
export function sectionProperties(manifest: Manifest): Pick<ISectionPropertiesOptions, 'page' | 'grid'> & { footers: { default: Footer; even: Footer } } {
  const indent = manifest.layout['page-number-indent'] === '16pt' ? 320 : 280;
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: mm(15), footer: mm(25), gutter: 0 },
    },
    grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
    footers: {
      default: pageNumberFooter(AlignmentType.RIGHT, { right: indent }),
      even: pageNumberFooter(AlignmentType.LEFT, { left: indent }),
    },
  };
}

function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType], indent: { left?: number; right?: number }): Footer {
  return new Footer({
    children: [new Paragraph({ style: STYLE_IDS.pageNumber, alignment, indent, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
  });
}
