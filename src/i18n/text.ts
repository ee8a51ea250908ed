import type { Lang } from './lang.js';

/** A piece of interface text in every language the tool speaks. */
export type Text = Readonly<Record<Lang, string>>;

/** The same words in every language: a user's value, a path, a number. */
export function verbatim(value: string): Text {
  return { en: value, zh: value };
}

/** Joins texts language by language, e.g. a message and a hint. */
export function joinText(parts: readonly Text[], separator: Text | string = ''): Text {
  const sep = typeof separator === 'string' ? verbatim(separator) : separator;
  return { en: parts.map((p) => p.en).join(sep.en), zh: parts.map((p) => p.zh).join(sep.zh) };
}
