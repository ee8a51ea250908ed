import { didYouMean } from '../diagnostics/did-you-mean.js';
import { text } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';
import type { Swap } from './typed-operators.js';

/** What a Chinese input method types inside an id for the ASCII the id needs. */
const ID_TYPING: Record<string, string> = { '。': '.', '．': '.', '｜': '|' };

/** An id typed with a full-width dot or bar, or a space: the characters to retype, and the id retyped. */
export interface IdTyping {
  swaps: Swap[];
  spaces: boolean;
  retyped: string;
}

/** How an id was mistyped, or undefined when it holds nothing to retype. */
export function idTyping(id: string): IdTyping | undefined {
  const trimmed = id.trim();
  const swaps: Swap[] = [...new Set([...trimmed].filter((c) => ID_TYPING[c] !== undefined))].map((c) => ({ typed: c, ascii: ID_TYPING[c]! }));
  const spaces = /\s/.test(trimmed);
  if (swaps.length === 0 && !spaces) return undefined;
  // a 。 typed at the end of a sentence-like id is a full stop, not a separator
  const retyped = [...trimmed].map((c) => ID_TYPING[c] ?? c).join('').replace(/\s+/g, '').replace(/^\.+|\.+$/g, '');
  return { swaps, spaces, retyped };
}

/** ` ("。" for "." in the id: write {{行政复议.收到}})`: the characters to retype, and what to write. */
export function typingHint(typing: IdTyping, fix: string): Text {
  return text('ui.metrics.hint-id-typing', { swaps: typing.swaps, spaces: typing.spaces, fix });
}

/**
 * The hint for an id that names no metric: when it holds a full-width dot `。`/`．`, a
 * full-width bar or a space, which characters to retype and the reference to write
 * (`write(id)` gives it as the clerk types it there: `{{行政复议.收到}}` in the text,
 * the bare id in a formula); otherwise a did-you-mean, or undefined.
 */
export function unknownIdHint(id: string, known: Iterable<string>, write: (id: string) => string): Text | undefined {
  const ids = [...known];
  const typing = idTyping(id);
  if (!typing) {
    const close = didYouMean(id, ids);
    return close === undefined ? undefined : text('ui.did-you-mean', { name: close });
  }
  const [name = '', ...rest] = typing.retyped.split('|');
  const fixed = ids.includes(name) ? name : (didYouMean(name, ids) ?? name);
  return typingHint(typing, write([fixed, ...rest].join('|')));
}
