import type { Entry } from './entry.js';
import { batch } from './messages/batch.js';
import { cli } from './messages/cli.js';
import { common } from './messages/common.js';
import { diff } from './messages/diff.js';
import { disclosure } from './messages/disclosure.js';
import { faults } from './messages/faults.js';
import { fonts } from './messages/fonts.js';
import { init } from './messages/init.js';
import { input } from './messages/input.js';
import { layout } from './messages/layout.js';
import { limits } from './messages/limits.js';
import { manifest } from './messages/manifest.js';
import { markdown } from './messages/markdown.js';
import { metrics } from './messages/metrics.js';
import { preview } from './messages/preview.js';
import { prose } from './messages/prose.js';
import { safety } from './messages/safety.js';
import { scaffold } from './messages/scaffold.js';
import { typing } from './messages/typing.js';
import { yaml } from './messages/yaml.js';

/**
 * The one message catalogue: every diagnostic, hint, summary and help text, in English and
 * Chinese. Keys are a rule id (`unknown-metric`), a rule id and a variant
 * (`metric-invalid/not-mapping`) for diagnostics, or `ui.…` for interface text. The
 * areas live in messages/ so that each stays readable; a key may appear in one area only
 * (test/i18n/catalogue.test.ts).
 */
export const AREAS = { common, input, yaml, manifest, metrics, markdown, typing, disclosure, prose, layout, fonts, cli, init, scaffold, diff, batch, safety, faults, limits, preview };

export const catalogue = { ...common, ...input, ...yaml, ...manifest, ...metrics, ...markdown, ...typing, ...disclosure, ...prose, ...layout, ...fonts, ...cli, ...init, ...scaffold, ...diff, ...batch, ...safety, ...faults, ...limits, ...preview };

export type Catalogue = typeof catalogue;
export type MessageKey = keyof Catalogue & string;
/** Keys of diagnostics (not interface text). */
export type RuleKey = Exclude<MessageKey, `ui.${string}`>;
export type ArgsOf<K extends MessageKey> = Catalogue[K] extends Entry<infer A> ? A : never;

/** The rule id a diagnostic key reports under: the key up to its variant. */
export function ruleOf(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
}
