import { catalogue, ruleOf, type ArgsOf, type MessageKey, type RuleKey } from './catalogue.js';
import type { Entry } from './entry.js';
import type { Lang } from './lang.js';
import type { Text } from './text.js';

/** A diagnostic's words in every language, and the rule id it reports under. */
export interface Message extends Text {
  rule: string;
}

type Args<K extends MessageKey> = {} extends ArgsOf<K> ? [args?: ArgsOf<K>] : [args: ArgsOf<K>];

/** The message for a diagnostic, from the catalogue: `msg('unknown-metric', { id, hint })`. */
export function msg<K extends RuleKey>(key: K, ...[args]: Args<K>): Message {
  return { ...text(key, ...([args] as Args<K>)), rule: ruleOf(key) };
}

/** Interface text (or a fragment of a message) in every language. */
export function text<K extends MessageKey>(key: K, ...[args]: Args<K>): Text {
  const e = catalogue[key] as Entry<unknown>;
  const a = args ?? {};
  return { en: e.en(a), zh: e.zh(a) };
}

/** Interface text in one language: `say(lang, 'ui.summary.none')`. */
export function say<K extends MessageKey>(lang: Lang, key: K, ...[args]: Args<K>): string {
  return (catalogue[key] as Entry<unknown>)[lang](args ?? {});
}
