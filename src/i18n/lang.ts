/** The languages the interface speaks: Chinese for the clerk, English for everyone else. */
export type Lang = 'en' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'zh'];

/**
 * The interface language: `--lang`, then `REPORT_LANG`, then the POSIX locale (`LC_ALL`,
 * then `LC_MESSAGES`, then `LANG`, as gettext reads them). A locale starting with `zh`
 * (zh_CN.UTF-8, zh_TW, zh) means Chinese; anything else, or nothing, means English.
 * Returns undefined for a `--lang`/`REPORT_LANG` it does not know, so the CLI can say so.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  const chosen = flag ?? nonEmpty(env.REPORT_LANG);
  if (chosen !== undefined) return parseLang(chosen);
  const locale = nonEmpty(env.LC_ALL) ?? nonEmpty(env.LC_MESSAGES) ?? nonEmpty(env.LANG) ?? '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `cn`, `中文` → zh; `en`, `en_US` → en; else undefined. */
export function parseLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  if (/^(zh|cn|chs|中文)([-_.].*)?$/.test(v)) return 'zh';
  if (/^en([-_.].*)?$/.test(v) || v === 'c' || v === 'posix') return 'en';
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
