import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { displayWidth } from '../text/display-width.js';

/** Where the progress line is drawn: stderr when it is a terminal. */
export interface ProgressTarget {
  write: (text: string) => void;
  /** Columns of the terminal, to keep the line on one row. */
  columns?: number;
}

/**
 * The batch's progress line on a terminal, `[12/40] 财政局-2024 …`, redrawn in place as
 * reports start and finish; cleared before anything else is printed (diagnostics, the
 * summary), so the log reads as if it had never been there. Without a terminal (CI logs,
 * a pipe) there is no line at all: the diagnostics and the summary table say it all.
 */
export class Progress {
  #shown = false;
  #done = 0;
  readonly #running = new Set<string>();

  constructor(
    readonly total: number,
    readonly lang: Lang,
    readonly target: ProgressTarget | undefined,
  ) {}

  start(report: string): void {
    this.#running.add(report);
    this.#draw();
  }

  finish(report: string): void {
    this.#running.delete(report);
    this.#done++;
    this.#draw();
  }

  /** Clears the line, prints `text` (whole lines), and draws the line again below it. */
  print(print: () => void): void {
    this.clear();
    print();
    this.#draw();
  }

  clear(): void {
    if (!this.#shown || !this.target) return;
    this.target.write('\r\x1b[2K');
    this.#shown = false;
  }

  #draw(): void {
    if (!this.target) return;
    const report = [...this.#running].join(', ');
    if (!report) return this.clear();
    const line = say(this.lang, 'ui.batch.progress', { done: this.#done + 1, total: this.total, report });
    const columns = Math.max(20, (this.target.columns ?? 80) - 1);
    this.target.write(`\r\x1b[2K${fit(line, columns)}`);
    this.#shown = true;
  }
}

/** The longest start of `text` that takes at most `columns` terminal columns (Chinese takes two). */
function fit(text: string, columns: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += displayWidth(ch);
    if (width > columns) break;
    out += ch;
  }
  return out;
}
