/** The encodings a source file is read in; anything else is refused as not text. */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** Text of a source file as the rest of the pipeline sees it, or why it is not text. */
export type Decoded =
  | {
      ok: true;
      text: string;
      /** What the bytes were: not UTF-8 is worth a warning, the clerk should save as UTF-8. */
      encoding: Encoding;
      /** Whether the file starts with a byte-order mark (UTF-16 and UTF-32 without one are guessed). */
      bom: boolean;
    }
  | {
      ok: false;
      /**
       * `nul`: NUL bytes, yet no UTF-16 or UTF-32 reading makes sense (a Word, PDF or zip
       * file with a text name); `invalid`: the bytes are valid in no encoding tried; a
       * format: the file starts as files of that format do.
       */
      why: 'nul' | 'invalid' | BinaryFormat;
    };

/** Formats a clerk may save under a text name by mistake, told by their first bytes. */
export type BinaryFormat = 'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'gzip' | 'rar' | '7z';

const SIGNATURES: ReadonlyArray<{ format: BinaryFormat; bytes: readonly number[] }> = [
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK: .docx, .xlsx, .wps of today, .ofd
  { format: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc, .xls, older .wps/.et
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] }, // Rar!
  { format: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
];

const BOMS: ReadonlyArray<{ encoding: Encoding; bytes: readonly number[] }> = [
  // UTF-32LE first: its mark starts with UTF-16LE's
  { encoding: 'utf-32le', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'utf-32be', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

const WIDE: readonly Encoding[] = ['utf-16le', 'utf-16be', 'utf-32le', 'utf-32be'];

/**
 * Below this share of characters that occur in a Chinese report (CJK, ASCII, common
 * punctuation and symbols), a UTF-16 or UTF-32 reading of a file without a byte-order mark
 * is garbage. A right reading scores close to 1; the byte-swapped one of Chinese text
 * breaks on a lone surrogate or scores far lower.
 */
const PLAUSIBLE = 0.9;

/**
 * Decodes a file's bytes, never into garbage:
 *
 * - a PDF, zip (.docx, .xlsx), old Office, image or archive file is told by its first bytes;
 * - a byte-order mark says the encoding: UTF-8, UTF-16LE ("Unicode" in Notepad and Word),
 *   UTF-16BE, UTF-32LE or UTF-32BE;
 * - without one, NUL bytes mean UTF-16 or UTF-32 (ASCII characters such as the line end
 *   have a zero byte there), whose byte order is the reading that gives real text with a
 *   line end in it; a file with NUL bytes and no such reading is not text;
 * - otherwise UTF-8, falling back to GB18030, which is what Windows editors in Chinese
 *   offices save as "ANSI"; bytes valid in neither are not text.
 *
 * Line ends become `\n` so every position counts lines the same way.
 */
export function decode(bytes: Uint8Array): Decoded {
  // a small PDF or a JPEG may have no NUL byte and still read as GB18030: tell it by its start
  const signature = SIGNATURES.find((f) => f.bytes.every((byte, i) => bytes[i] === byte));
  if (signature) return { ok: false, why: signature.format };
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const text = decodeAs(bom.encoding, bytes.subarray(bom.bytes.length));
    return text === undefined || text.includes('\0') ? { ok: false, why: 'invalid' } : done(text, bom.encoding, true);
  }
  if (bytes.includes(0)) {
    const wide = guessWide(bytes);
    return wide ? done(wide.text, wide.encoding, false) : { ok: false, why: 'nul' };
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = decodeAs(encoding, bytes);
    if (text !== undefined) return done(text, encoding, false);
  }
  return { ok: false, why: 'invalid' };
}

function done(text: string, encoding: Encoding, bom: boolean): Decoded {
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding, bom };
}

/** The bytes in one encoding (no byte-order mark), or undefined where they are not valid in it. */
function decodeAs(encoding: Encoding, bytes: Uint8Array): string | undefined {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** TextDecoder has no UTF-32: four bytes a code point, no surrogates, nothing above U+10FFFF. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string | undefined {
  if (bytes.length % 4 !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points: number[] = [];
  for (let i = 0; i < bytes.length; i += 4) {
    const point = view.getUint32(i, littleEndian);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return undefined;
    points.push(point);
  }
  let text = '';
  for (let i = 0; i < points.length; i += 4096) text += String.fromCodePoint(...points.slice(i, i + 4096));
  return text;
}

/**
 * UTF-16 or UTF-32 without a byte-order mark: of the readings that are valid and have no
 * NUL character, the one that reads most like text, if it reads enough like text.
 */
function guessWide(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  let best: { text: string; encoding: Encoding; score: number } | undefined;
  for (const encoding of WIDE) {
    if (bytes.length % (encoding.startsWith('utf-32') ? 4 : 2) !== 0) continue;
    const text = decodeAs(encoding, bytes);
    // every text file of a report has lines: `abc\0def` read as UTF-16 is CJK-looking garbage without one
    if (text === undefined || text.includes('\0') || !text.includes('\n')) continue;
    const score = plausibility(text);
    if (score >= PLAUSIBLE && (!best || score > best.score)) best = { text, encoding, score };
  }
  return best;
}

/** The share of characters that a Chinese report is written in. */
function plausibility(text: string): number {
  let total = 0;
  let plausible = 0;
  for (const c of text) {
    total++;
    if (isTextual(c.codePointAt(0)!)) plausible++;
  }
  return total === 0 ? 0 : plausible / total;
}

function isTextual(p: number): boolean {
  return (
    p === 0x09 || p === 0x0a || p === 0x0d ||
    (p >= 0x20 && p <= 0x7e) ||
    (p >= 0xa0 && p <= 0x24f) || // Latin-1 (×, ÷, °) and Latin Extended
    (p >= 0x370 && p <= 0x4ff) || // Greek and Cyrillic (№, α)
    (p >= 0x2000 && p <= 0x27bf) || // general punctuation (—, …, ‰), letterlike, arrows, maths, shapes
    (p >= 0x3000 && p <= 0x30ff) || // CJK punctuation (、。「」), kana
    (p >= 0x3200 && p <= 0x33ff) || // enclosed CJK (㈠), compatibility (㎡)
    (p >= 0x4e00 && p <= 0x9fff) || // CJK unified ideographs
    (p >= 0xfe30 && p <= 0xfe4f) || // CJK compatibility forms
    (p >= 0xff00 && p <= 0xffef) || // full-width forms (，：；（）０-９)
    (p >= 0x1f300 && p <= 0x1faff) || // emoji
    (p >= 0x20000 && p <= 0x3134f) // CJK extensions B–G (rare characters in names)
  );
}
