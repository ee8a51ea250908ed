import { describe, expect, it } from 'vitest';
import { signBlock } from '../../src/docx/sign-off.js';
import { CHAR_PITCH, LINE_PITCH, PAGE } from '../../src/docx/page-setup.js';

const settings = { linePitch: LINE_PITCH, charPitch: CHAR_PITCH, textWidth: PAGE.textWidth };
const one = CHAR_PITCH;
// toBeCloseTo(x, -1): within 5 twips (a quarter point): positions are whole twips

describe('where the 署名 and the 成文日期 stand (GB/T 9704 §7.3.5)', () => {
  it('without a seal: the date, the longer line, 2 字 from the right, starting 2 字 right of the name', () => {
    // 某区人民政府: 6 字; 2021年1月25日: 4 字 + 5 digits = 6.5 字
    const at = signBlock('某区人民政府', '2021年1月25日', false, settings);
    expect(at.date - at.name).toBeCloseTo(2 * one, -1);
    expect(PAGE.textWidth - (at.date + 6.5 * one)).toBeCloseTo(2 * one, -1);
  });

  it('without a seal: a name longer than the date takes the 2 字 right indent itself', () => {
    const at = signBlock('常州市武进区人民政府办公室', '2021年1月25日', false, settings);
    expect(PAGE.textWidth - (at.name + 13 * one)).toBeCloseTo(2 * one, -1);
    expect(at.date - at.name).toBeCloseTo(2 * one, -1);
  });

  it('with a seal: the date 4 字 from the right, the name centred on it', () => {
    const at = signBlock('某区人民政府', '2021年1月25日', true, settings);
    expect(PAGE.textWidth - (at.date + 6.5 * one)).toBeCloseTo(4 * one, -1);
    expect(at.name + 3 * one).toBeCloseTo(at.date + 3.25 * one, -1);
  });
});
