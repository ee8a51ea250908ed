import type { Lang } from './lang.js';

/**
 * One entry of the message catalogue: the same message in every language, and example
 * arguments that the catalogue test renders in both (so a missing or empty text fails)
 * and the README's rule table quotes.
 */
export interface Entry<A> {
  en: (args: A) => string;
  zh: (args: A) => string;
  example: A;
}

/** Declares a catalogue entry; the type parameter is inferred from `example`. */
export function entry<A>(e: Entry<A>): Entry<A> {
  return e;
}

/** Renders an entry in one language. */
export function renderEntry<A>(e: Entry<A>, args: A, lang: Lang): string {
  return e[lang](args);
}
