import { BorderStyle, Paragraph, TabStopType } from 'docx';
import { chineseDate } from '../render/dates.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { STYLE_IDS, type StyleMetrics } from './styles.js';

export interface SignOffSettings extends StyleMetrics {
  /** The 版心's width in twips. */
  textWidth: number;
}

/**
 * What follows the body, as the print page has it: the 发文机关署名 and 成文日期 (§7.3.5),
 * the 附注 (§7.3.6), and the 版记 (§7.4) when the report has one.
 */
export function signOff(manifest: Manifest, settings: SignOffSettings): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const signature = manifest.signature;
  const line = Math.round(settings.linePitch);
  if (signature.show) {
    const date = chineseDate(manifest.date);
    const at = signBlock(manifest.issuer, date, signature.seal, settings);
    // one blank line after the body; two with a seal, room for it (§7.3.5.1)
    paragraphs.push(new Paragraph({ style: STYLE_IDS.signer, spacing: { before: signature.seal ? 2 * line : line }, indent: { left: at.name }, text: manifest.issuer }));
    paragraphs.push(new Paragraph({ style: STYLE_IDS.date, indent: { left: at.date }, keepNext: Boolean(manifest.note), text: date }));
  }
  if (manifest.note) {
    paragraphs.push(new Paragraph({ style: STYLE_IDS.note, ...(signature.show ? {} : { spacing: { before: line } }), text: `（${manifest.note}）` }));
  }
  if (manifest.colophon) paragraphs.push(...colophon(manifest.colophon, settings));
  return paragraphs;
}

/**
 * Where the 署名 and the date start, in twips from the left of the 版心. Without a seal
 * (§7.3.5.2) the name is right-indented 2 字 and the date starts 2 字 right of the name's
 * first character (the longer of the two takes the 2 字 indent); with a seal (§7.3.5.1) the
 * date is right-indented 4 字 and the name centred on it.
 */
export function signBlock(name: string, date: string, seal: boolean, settings: SignOffSettings): { name: number; date: number } {
  const nameWidth = textWidth(name, settings.charPitch);
  const dateWidth = textWidth(date, settings.charPitch);
  const two = 2 * settings.charPitch;
  if (seal) {
    const left = settings.textWidth - 2 * two - dateWidth;
    return { name: Math.round(left + (dateWidth - nameWidth) / 2), date: Math.round(left) };
  }
  const width = Math.max(nameWidth, dateWidth + two);
  const left = settings.textWidth - two - width;
  return { name: Math.round(left), date: Math.round(left + two) };
}

/** A line's width on the grid: a Chinese character one 字, a digit or Latin letter half. */
function textWidth(text: string, charPitch: number): number {
  let width = 0;
  for (const ch of text) width += /[\u0000-\u00ff]/.test(ch) ? charPitch / 2 : charPitch;
  return width;
}

/**
 * 版记 (§7.4) in 4号: 抄送 (names after the label, continued lines under the first name)
 * and 印发机关 with 印发日期 on one line, 1 字 in on both sides, between a thick first and
 * last rule (0.35 mm), a thin rule between them (0.25 mm).
 */
function colophon(colophon: NonNullable<Manifest['colophon']>, settings: SignOffSettings): Paragraph[] {
  const one = 280; // one 4号 字
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  const paragraphs: Paragraph[] = [];
  const hasCc = colophon.cc.length > 0;
  if (hasCc) {
    paragraphs.push(
      new Paragraph({
        style: STYLE_IDS.colophon,
        keepNext: true,
        spacing: { before: Math.round(settings.linePitch) },
        indent: { left: one + 3 * one, hanging: 3 * one, right: one },
        border: { top: thick },
        text: `抄送：${colophon.cc.join('，')}。`,
      }),
    );
  }
  paragraphs.push(
    new Paragraph({
      style: STYLE_IDS.colophon,
      ...(hasCc ? {} : { spacing: { before: Math.round(settings.linePitch) } }),
      indent: { left: one, right: one },
      tabStops: [{ type: TabStopType.RIGHT, position: settings.textWidth - one }],
      border: { top: hasCc ? thin : thick, bottom: thick },
      text: `${colophon.printer}\t${chineseDate(colophon.printed)}印发`,
    }),
  );
  return paragraphs;
}
