import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatSummary, messageIn } from '../diagnostics/format-text.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';

/** One problem as the overlay shows it: where, how bad, what, and the rule id to look up. */
export interface OverlayItem {
  /** `sections/01-leadership.md:12:5`, relative to the report directory. */
  where: string;
  severity: Diagnostic['severity'];
  /** The severity in the interface language. */
  label: string;
  message: string;
  rule: string;
}

/** What the page's overlay shows, already in the interface language (the page's script only places it). */
export interface Overlay {
  /** The input has errors: the page under the overlay is the last good one. */
  failed: boolean;
  title: string;
  summary: string;
  close: string;
  items: OverlayItem[];
}

/** The overlay for a rebuild's diagnostics, or undefined when there is nothing to say. */
export function overlayOf(diagnostics: readonly Diagnostic[], lang: Lang): Overlay | undefined {
  if (diagnostics.length === 0) return undefined;
  const failed = diagnostics.some((d) => d.severity === 'error');
  return {
    failed,
    title: say(lang, failed ? 'ui.preview.overlay.failed' : 'ui.preview.overlay.warnings'),
    summary: formatSummary(diagnostics, lang),
    close: say(lang, 'ui.preview.overlay.close'),
    items: diagnostics.map((d) => ({
      where: d.place ? `${d.file}:${d.place.line}:${d.place.column}` : d.file,
      severity: d.severity,
      label: say(lang, d.severity === 'error' ? 'ui.severity.error' : 'ui.severity.warning'),
      message: messageIn(d, lang),
      rule: d.rule,
    })),
  };
}
