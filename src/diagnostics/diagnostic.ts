import type { Message } from '../i18n/message.js';

/** A problem found in the input: data, never an exception. */
export type Severity = 'error' | 'warning';

/** 1-based line and column in a source file. */
export interface Place {
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** English: lower-case, no trailing period, the user's value quoted, cause in parentheses. */
  message: string;
  /** The same in Chinese, as a 公文 office writes it (the catalogue gives both). */
  zh: string;
  /** Path relative to the report directory (as the user would type it). */
  file: string;
  place?: Place;
  /** Stable identifier, documented in the README, e.g. `unknown-metric`. */
  rule: string;
}

/** Collects diagnostics from every stage so one run reports every problem. */
export class Sink {
  readonly diagnostics: Diagnostic[] = [];

  /** An error at a place, with a message from the catalogue (`msg(...)`). */
  error(file: string, place: Place | undefined, message: Message): void {
    this.push('error', file, place, message);
  }

  /** A warning: the output is still right, but the clerk should look. */
  warn(file: string, place: Place | undefined, message: Message): void {
    this.push('warning', file, place, message);
  }

  private push(severity: Severity, file: string, place: Place | undefined, message: Message): void {
    this.diagnostics.push({ severity, file, place, message: message.en, zh: message.zh, rule: message.rule });
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }

  get warningCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'warning').length;
  }

  /** True when at least one error (or, when strict, one warning) was collected. */
  failed(strict = false): boolean {
    return this.errorCount > 0 || (strict && this.warningCount > 0);
  }

  /** Diagnostics in file, line, column order; stable for goldens. */
  sorted(): Diagnostic[] {
    return [...this.diagnostics].sort(compareDiagnostics);
  }
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const al = a.place?.line ?? 0;
  const bl = b.place?.line ?? 0;
  if (al !== bl) return al - bl;
  const ac = a.place?.column ?? 0;
  const bc = b.place?.column ?? 0;
  if (ac !== bc) return ac - bc;
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
}
