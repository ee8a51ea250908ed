import type { Diagnostic, Sink } from '../diagnostics/diagnostic.js';
import { formatDiagnosticText } from '../diagnostics/format-text.js';
import { msg } from '../i18n/message.js';
import { placeOf, type YamlFile } from './yaml.js';

/** What became of the report that `previous:` names. */
export interface PreviousStatus {
  /** As written in report.yaml. */
  path: string;
  dir: string;
  found: boolean;
  /** Errors in its metrics (its own business, shown as one warning here). */
  errors: Diagnostic[];
}

/**
 * `previous:` must name a report directory. A last year's report with errors of its own
 * is only a warning: it is published and cannot change, and a figure this year's text
 * needs from it and cannot get is an error at the reference.
 */
export function checkPrevious(yaml: YamlFile, status: PreviousStatus, sink: Sink): void {
  const at = placeOf(yaml, ['previous']);
  if (!status.found) {
    sink.error(yaml.file.path, at, msg('previous-missing', { path: status.path, dir: status.dir }));
    return;
  }
  const first = status.errors[0];
  if (first) {
    const base = `${status.path}/`;
    const quoted = { en: formatDiagnosticText(first, base, 'en'), zh: formatDiagnosticText(first, base, 'zh') };
    sink.warn(yaml.file.path, at, msg('previous-invalid', { path: status.path, count: status.errors.length, first: quoted }));
  }
}
