import type { BrowserSession } from '../browser/session.js';
import { browserPrinter, type PdfPrinter } from '../pdf/printer.js';

/**
 * A printer on a browser kept warm for the preview's whole life: each print is bounded by
 * the session's deadline (counted from the print's start, stopped at its end, so an idle
 * evening does not time out), and fails at once when the browser quits or freezes.
 */
export function warmPrinter(session: BrowserSession, timeoutMs: number): PdfPrinter {
  const printer = browserPrinter(session.browser, timeoutMs);
  return {
    async print(job) {
      session.progress();
      try {
        return await Promise.race([printer.print(job), session.ended]);
      } finally {
        session.finish();
      }
    },
  };
}
