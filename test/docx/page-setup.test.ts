import { describe, expect, it } from 'vitest';
import { CHAR_PITCH, CHAR_SPACE, LINE_PITCH, mm, PAGE } from '../../src/docx/page-setup.js';

describe('the DOCX page (GB/T 9704 §5.2) in twips', () => {
  it('is A4 with 天头 37 mm and 订口 28 mm around a 156 × 225 mm 版心', () => {
    expect([PAGE.width, PAGE.height]).toEqual([11906, 16838]);
    expect([PAGE.top, PAGE.right, PAGE.bottom, PAGE.left]).toEqual([mm(37), mm(26), mm(35), mm(28)]);
    expect(Math.abs(PAGE.textWidth - mm(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(PAGE.textHeight - mm(225))).toBeLessThanOrEqual(1);
  });

  it('has a line pitch that fits exactly 22 lines in the 版心, as Word counts them', () => {
    expect(LINE_PITCH).toBe(579);
    expect(Math.floor(PAGE.textHeight / LINE_PITCH)).toBe(22);
    expect(Math.floor(PAGE.textHeight / (LINE_PITCH + 1))).toBe(21);
  });

  it('has a character pitch, 3号 plus charSpace/4096 pt, that fits exactly 28 characters', () => {
    expect(CHAR_SPACE).toBe(-842);
    const pitch = (16 + CHAR_SPACE / 4096) * 20;
    expect(pitch).toBeLessThanOrEqual(CHAR_PITCH);
    expect(Math.floor(PAGE.textWidth / pitch)).toBe(28);
    // the PDF's 15.79 pt
    expect(pitch / 20).toBeCloseTo(15.79, 2);
  });
});
