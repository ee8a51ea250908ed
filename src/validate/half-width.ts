/**
 * Full-width ASCII forms (U+FF01–U+FF5E: `２０２１`, `／`, `－`, `Ａ`), which a Chinese IME
 * types in full-width mode, as the ASCII characters they stand for. The ideographic
 * space and the CJK brackets (〔〕) are not in that block and stay as they are.
 */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Only the full-width digits `０`–`９` as ASCII digits: for values whose other characters are meant full-width (武政发〔２０２１〕７号). */
export function halfWidthDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
