import { AlignmentType, BorderStyle, Paragraph, TabStopType, TextRun } from 'docx';
import { mastheadSize } from '../render/document.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { mm } from './page-setup.js';
import { halfPoints, roleFace, font, STYLE_IDS, type StyleMetrics } from './styles.js';

export interface FrontSettings extends StyleMetrics {
  /** The 版心's width in twips. */
  textWidth: number;
}

/**
 * What comes before the body, as the print page has it (src/render/document.ts): the 版头
 * when the report has one, the 标题 (broken where report.yaml breaks it), the 发文字号
 * under the title when there is no 版头, and the 主送机关.
 */
export function frontMatter(manifest: Manifest, settings: FrontSettings): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const masthead = manifest.masthead;
  if (masthead) paragraphs.push(...mastheadParagraphs(manifest, masthead, settings));
  const lines = manifest.title.split(/\s*\n\s*/);
  paragraphs.push(
    new Paragraph({
      style: STYLE_IDS.title,
      // two lines under the red rule (§7.3.1)
      ...(masthead ? { spacing: { before: Math.round(2 * settings.linePitch) } } : {}),
      children: lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
    }),
  );
  if (manifest['document-number'] && !masthead) paragraphs.push(new Paragraph({ style: STYLE_IDS.documentNumber, text: manifest['document-number'] }));
  if (manifest.recipients.length > 0) {
    // GB/T 9704 §7.3.2: names separated by 、, a full-width colon after the last
    paragraphs.push(new Paragraph({ style: STYLE_IDS.recipients, text: `${manifest.recipients.join('、')}：` }));
  }
  return paragraphs;
}

/**
 * 版头 (§7.2): 份号, 密级, 紧急程度 flush left at the top; the red 发文机关标志 (with "文件")
 * centred, its top 35 mm below the 版心's top; the 发文字号 two lines below it (and the
 * 签发人 on the same line, for an upward document); the red rule 4 mm under them, as wide
 * as the 版心.
 */
function mastheadParagraphs(manifest: Manifest, masthead: NonNullable<Manifest['masthead']>, settings: FrontSettings): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const color = masthead.color.slice(1).toUpperCase();
  const heading1 = font(roleFace(manifest, 'heading1'));
  const marks = [
    masthead['copy-number'] ? new Paragraph({ style: STYLE_IDS.marks, text: masthead['copy-number'] }) : undefined,
    masthead.secrecy ? new Paragraph({ style: STYLE_IDS.marks, children: [new TextRun({ text: masthead.secrecy, font: heading1 })] }) : undefined,
    masthead.urgency ? new Paragraph({ style: STYLE_IDS.marks, children: [new TextRun({ text: masthead.urgency, font: heading1 })] }) : undefined,
  ].filter((p): p is Paragraph => p !== undefined);
  paragraphs.push(...marks);
  const organ = masthead.organ ?? manifest.issuer;
  const suffix = masthead.suffix ?? '';
  const size = mastheadSize(organ + suffix);
  paragraphs.push(
    new Paragraph({
      style: STYLE_IDS.masthead,
      spacing: { before: Math.max(0, mm(35) - Math.round(marks.length * settings.linePitch)), line: Math.round(size * 20), lineRule: 'exact' },
      // the mark is sized to 440 pt of the 442 pt line; LibreOffice under a character grid
      // wraps it all the same unless the line may reach half a 字 into each margin
      indent: { left: -Math.round(settings.charPitch / 2), right: -Math.round(settings.charPitch / 2) },
      children: [new TextRun({ text: organ + suffix, size: halfPoints(size), color })],
    }),
  );
  const number = manifest['document-number'] ?? '';
  const upward = masthead.signers.length > 0;
  const numberLine = { spacing: { before: Math.round(2 * settings.linePitch), line: 320, lineRule: 'exact' as const } };
  if (upward) {
    // 上行文 (§7.2.5): 发文字号 one 字 from the left, 签发人 one 字 from the right
    const kai = font(roleFace(manifest, 'heading2'));
    paragraphs.push(
      new Paragraph({
        style: STYLE_IDS.documentNumber,
        alignment: AlignmentType.LEFT,
        indent: { left: Math.round(settings.charPitch), right: Math.round(settings.charPitch) },
        tabStops: [{ type: TabStopType.RIGHT, position: settings.textWidth - Math.round(settings.charPitch) }],
        ...numberLine,
        children: [new TextRun(number), new TextRun({ text: '\t签发人：' }), ...spaced(masthead.signers, settings.charPitch, kai)],
      }),
    );
  } else {
    paragraphs.push(new Paragraph({ style: STYLE_IDS.documentNumber, ...numberLine, text: number }));
  }
  // the red rule: an empty paragraph's top border, 4 mm under the 发文字号, 0.5 mm thick
  paragraphs.push(
    new Paragraph({
      style: STYLE_IDS.documentNumber,
      spacing: { before: mm(4) - 40, line: 20, lineRule: 'exact' },
      border: { top: { style: BorderStyle.SINGLE, size: 12, color, space: 0 } },
      children: [],
    }),
  );
  return paragraphs;
}

/** The 签发人 names one 字 apart, as the print stylesheet sets them (a gap, no space character). */
function spaced(names: readonly string[], charPitch: number, face: ReturnType<typeof font>): TextRun[] {
  const runs: TextRun[] = [];
  names.forEach((name, i) => {
    const chars = [...name];
    if (i < names.length - 1 && chars.length > 0) {
      runs.push(new TextRun({ text: chars.slice(0, -1).join(''), font: face }));
      runs.push(new TextRun({ text: chars.at(-1)!, font: face, characterSpacing: Math.round(charPitch) }));
    } else runs.push(new TextRun({ text: name, font: face }));
  });
  return runs;
}
