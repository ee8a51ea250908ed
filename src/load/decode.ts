/** Text of a source file as the rest of the pipeline sees it, with how it was decoded. */
export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8 and were read as GB18030 instead. */
  encoding: 'utf-8' | 'gb18030';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * Decodes a file's bytes: UTF-8 (BOM dropped), falling back to GB18030, which is what
 * Windows editors in Chinese offices save as "ANSI". Line ends become `\n` so every
 * position counts lines the same way.
 */
export function decode(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = gb18030.decode(bytes);
    encoding = 'gb18030';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}
