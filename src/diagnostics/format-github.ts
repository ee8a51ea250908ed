import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from './diagnostic.js';
import { messageIn } from './format-text.js';

/**
 * GitHub Actions workflow commands (`--reporter github`): one `::error` or `::warning`
 * line per diagnostic, which the runner turns into an annotation on the file and line of
 * the pull request. `base` is the report directory relative to the working directory
 * (ending in `/`, or empty), so the path is the one in the repository.
 */
export function formatReportGithub(diagnostics: readonly Diagnostic[], base = '', lang: Lang = 'en'): string {
  return diagnostics.map((d) => formatAnnotation(d, base, lang)).join('\n');
}

function formatAnnotation(d: Diagnostic, base: string, lang: Lang): string {
  const properties = [`file=${escapeProperty(toPosix(`${base}${d.file}`))}`];
  if (d.place) properties.push(`line=${d.place.line}`, `col=${d.place.column}`);
  properties.push(`title=${escapeProperty(d.rule)}`);
  return `::${d.severity} ${properties.join(',')}::${escapeData(messageIn(d, lang))}`;
}

/** The runner's escaping for a command's message (toolkit's escapeData). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping for a property value (toolkit's escapeProperty): also `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}
