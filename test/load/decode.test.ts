import { describe, expect, it } from 'vitest';
import { decode } from '../../src/load/decode.js';

/** A section as a clerk writes it: a heading, Chinese prose with figures, a reference. */
const SECTION = '## 一、总体情况\n\n2020年，全区共收到行政复议申请{{行政复议.收到}}件，同比增长6.3%。\n\n一是统一标准，进一步规范。\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  return order === 'le' ? bytes : bytes.swap16();
}

function utf32(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const points = [...`${bom ? '\ufeff' : ''}${text}`].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (order === 'le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

describe('decode', () => {
  it('reads UTF-8, with or without a byte-order mark, and makes every line end \\n', () => {
    expect(decode(Buffer.from(SECTION))).toEqual({ ok: true, text: SECTION, encoding: 'utf-8', bom: false });
    expect(decode(Buffer.from(`\ufeff${SECTION}`))).toEqual({ ok: true, text: SECTION, encoding: 'utf-8', bom: true });
    expect(decode(Buffer.from('一\r\n二\r三\n'))).toMatchObject({ ok: true, text: '一\n二\n三\n' });
  });

  it('reads what Windows saves as "ANSI" in a Chinese office as GB18030', () => {
    const bytes = Buffer.from('232320d2bba1a2d7dccce5c7e9bff60ac8abc4eacad5b5bdc9eac7eb3438bcfea1a30a', 'hex');
    expect(decode(bytes)).toEqual({ ok: true, text: '## 一、总体情况\n全年收到申请48件。\n', encoding: 'gb18030', bom: false });
  });

  it.each([
    ['UTF-16LE ("Unicode" in Notepad and Word)', utf16(SECTION, 'le', true), 'utf-16le'],
    ['UTF-16BE', utf16(SECTION, 'be', true), 'utf-16be'],
    ['UTF-32LE', utf32(SECTION, 'le', true), 'utf-32le'],
    ['UTF-32BE', utf32(SECTION, 'be', true), 'utf-32be'],
  ] as const)('reads %s with a byte-order mark, heading and all', (_name, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ ok: true, text: SECTION, encoding, bom: true });
  });

  it.each([
    ['UTF-16LE', utf16(SECTION, 'le', false), 'utf-16le'],
    ['UTF-16BE', utf16(SECTION, 'be', false), 'utf-16be'],
    ['UTF-32LE', utf32(SECTION, 'le', false), 'utf-32le'],
    ['UTF-32BE', utf32(SECTION, 'be', false), 'utf-32be'],
  ] as const)('tells %s without a byte-order mark from its bytes', (_name, bytes, encoding) => {
    expect(decode(bytes)).toEqual({ ok: true, text: SECTION, encoding, bom: false });
  });

  it('tells the byte order when characters such as 一 (U+4E00) give as many zero bytes as the ASCII ones', () => {
    // 一 is 00 4E in UTF-16LE: its zero byte sits where a big-endian ASCII character's would
    const text = '一一一一，一\n';
    expect(decode(utf16(text, 'le', false))).toEqual({ ok: true, text, encoding: 'utf-16le', bom: false });
    expect(decode(utf16(text, 'be', false))).toEqual({ ok: true, text, encoding: 'utf-16be', bom: false });
    expect(decode(utf16('abc\n', 'le', false))).toEqual({ ok: true, text: 'abc\n', encoding: 'utf-16le', bom: false });
  });

  it('reads rare characters outside the BMP (surrogate pairs in UTF-16)', () => {
    const text = '𠀾先生\n';
    expect(decode(utf16(text, 'le', false))).toMatchObject({ ok: true, text });
    expect(decode(utf32(text, 'be', false))).toMatchObject({ ok: true, text });
  });

  it('refuses a binary file with NUL bytes as not text', () => {
    // the start of a .docx (a zip) saved under a .md name
    const docx = Buffer.from('504b0304140006000800000021007e8a9d3a6e010000e0050000130008025b436f6e74656e745f54797065735d2e786d6c20a2', 'hex');
    expect(decode(docx.subarray(4))).toEqual({ ok: false, why: 'nul' });
    expect(decode(Buffer.from('正文\0正文\n'))).toEqual({ ok: false, why: 'nul' });
  });

  it.each([
    ['a .docx (a zip)', '504b0304140006000800000021007e8a9d3a6e01', 'zip'],
    ['a small PDF with no NUL byte, which reads as GB18030', '255044462d312e340a25e2e3cfd30a31203020', 'pdf'],
    ['a JPEG', 'ffd8ffe000104a464946', 'jpeg'],
    ['a PNG', '89504e470d0a1a0a0000000d49484452', 'png'],
    ['an old Word .doc', 'd0cf11e0a1b11ae1000000', 'ole'],
  ] as const)('refuses %s by its first bytes, naming the format', (_name, hex, format) => {
    expect(decode(Buffer.from(hex, 'hex'))).toEqual({ ok: false, why: format });
  });

  it('refuses a short file with a NUL byte that only reads as UTF-16 garbage without a line end (issue 9)', () => {
    // "abc\0def\n" read as UTF-16BE is 慢挀摥昊: plausible characters, but no text file is one line without its end
    expect(decode(Buffer.from('abc\0def\n'))).toEqual({ ok: false, why: 'nul' });
  });

  it('refuses random bytes (head -c 4096 /dev/urandom) as not text', () => {
    let seed = 9;
    const random = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23));
    expect(decode(random).ok).toBe(false);
  });

  it('refuses bytes valid in no encoding, rather than printing replacement characters', () => {
    expect(decode(Buffer.from([0x23, 0x20, 0x80, 0xff, 0x41, 0x0a]))).toEqual({ ok: false, why: 'invalid' });
    // a UTF-16LE byte-order mark before a lone surrogate, and before an odd number of bytes
    expect(decode(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({ ok: false, why: 'invalid' });
    expect(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({ ok: false, why: 'invalid' });
  });

  it('never prints garbage: a decoded file has no replacement character', () => {
    const inputs = [utf16(SECTION, 'le', true), utf16(SECTION, 'le', false), utf16(SECTION, 'be', false), utf32(SECTION, 'le', false), Buffer.from(SECTION)];
    for (const bytes of inputs) {
      const decoded = decode(bytes);
      expect(decoded.ok && decoded.text).toBe(SECTION);
    }
  });
});
