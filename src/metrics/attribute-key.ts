import { didYouMean } from '../diagnostics/did-you-mean.js';
import { METRIC_KEY_NAMES } from '../validate/chinese-keys.js';
import { METRIC_ATTRIBUTES } from './metric-schema.js';

/** Chinese name → attribute, from the one table of Chinese key names (validate/chinese-keys.ts). */
const CHINESE_NAMES: ReadonlyMap<string, (typeof METRIC_ATTRIBUTES)[number]> = new Map(
  METRIC_KEY_NAMES.flatMap(([attribute, names]) => names.map((name) => [name, attribute as (typeof METRIC_ATTRIBUTES)[number]] as const)),
);

/**
 * The attribute a key of a metric mapping stands for: itself when it is one, the
 * attribute a Chinese name means (单位 → unit), or the one a typo is closest to
 * (`formular` → formula, `Unit` → unit). Undefined for anything else.
 */
export function meantAttribute(key: string): (typeof METRIC_ATTRIBUTES)[number] | undefined {
  const known = METRIC_ATTRIBUTES.find((a) => a === key);
  if (known) return known;
  const chinese = CHINESE_NAMES.get(key.trim());
  if (chinese) return chinese;
  if (!/^[A-Za-z_-]+$/.test(key)) return undefined;
  return didYouMean(key.toLowerCase(), METRIC_ATTRIBUTES) as (typeof METRIC_ATTRIBUTES)[number] | undefined;
}
