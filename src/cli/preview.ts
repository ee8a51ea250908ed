import { relative } from 'node:path';
import { BatchBrowser } from '../browser/batch-browser.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnosticText, formatSummary } from '../diagnostics/format-text.js';
import { say, text } from '../i18n/message.js';
import { readTemplates } from '../load/read-templates.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { openUrl } from '../preview/open-url.js';
import { startPreview } from '../preview/preview.js';
import { warmPrinter } from '../preview/warm-printer.js';
import { onInterrupt } from './interrupt.js';
import { langOf, UsageError, type Io } from './io.js';
import { locateBrowser } from './locate-browser.js';
import { reportDir } from './report-dir.js';

export interface PreviewFlags {
  port?: string;
  open?: boolean;
  browser?: string;
  strict?: boolean;
}

/** Seconds one print of the print view may take before the browser counts as frozen. */
const PRINT_TIMEOUT_S = 120;

/** Browsers started again over a preview's life, after a crash or a freeze, before it gives up. */
const BROWSER_RESTARTS = 5;

/**
 * `report preview [dir]`: serve the report on 127.0.0.1, rebuild on every save, until
 * Ctrl+C (cli/interrupt.ts kills the browser and exits 130). Prints the address, then a
 * line per rebuild with the problems as `report check` prints them.
 */
export async function runPreview(dirArg: string | undefined, flags: PreviewFlags, io: Io): Promise<number> {
  const lang = langOf(io);
  const port = parsePort(flags.port);
  const dir = await reportDir(dirArg);
  const base = relative(process.cwd(), dir).replace(/\\/g, '/');
  const time = () => new Date().toTimeString().slice(0, 8);
  const lines = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${formatDiagnosticText(d, base ? `${base}/` : '', lang)}\n`).join('');

  // one browser kept warm for the print view; after a crash or a freeze, a new one at the next print
  let browser: BatchBrowser<PdfPrinter> | undefined;
  let printer: PdfPrinter | undefined;
  let noPrint: string | undefined;
  try {
    const found = await locateBrowser(flags.browser, io);
    const warm = new BatchBrowser(() => found.session(PRINT_TIMEOUT_S * 1000), (session) => warmPrinter(session, PRINT_TIMEOUT_S * 1000), BROWSER_RESTARTS);
    browser = warm;
    printer = {
      print(job) {
        const taken = warm.take();
        if (taken.restartedAfter) io.stderr(`${say(lang, 'ui.preview.browser-restarted', { time: time() })}\n`);
        return taken.tools.print(job);
      },
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    noPrint = error.text[lang];
    io.stderr(`report: ${say(lang, 'ui.preview.no-print', { reason: noPrint })}\n`);
  }
  onInterrupt(() => browser?.session.kill());
  browser?.session.finish();

  // why a print failed, in the clerk's language: the browser did not start, quit, or froze
  const reasonOf = (error: Error) => {
    if (error instanceof UsageError) return error.text[lang];
    const fault = browser?.session.fault ?? (error.name === 'TimeoutError' ? 'timeout' : undefined);
    if (fault !== undefined && !browser?.canRestart) return say(lang, 'ui.preview.browser-gone');
    if (fault === 'crashed') return say(lang, 'ui.preview.browser-quit');
    if (fault === 'timeout') return say(lang, 'ui.preview.browser-frozen', { seconds: PRINT_TIMEOUT_S });
    return error.message;
  };
  let printed = '';
  const preview = await startPreview({
    dir,
    port,
    lang,
    templates: await readTemplates(),
    printer,
    noPrint,
    strict: flags.strict,
    reasonOf,
    onListening(url) {
      io.stdout(`${say(lang, 'ui.preview.serving', { url, print: `${url}print` })}\n`);
    },
    onHtml(build) {
      const summary = formatSummary(build.diagnostics, lang);
      const line = build.html !== undefined ? say(lang, 'ui.preview.rebuilt', { time: time(), ms: Math.round(build.ms), summary }) : say(lang, 'ui.preview.kept', { time: time(), summary });
      io.stderr(`${lines(build.diagnostics)}${line}\n`);
    },
    onPdf(build) {
      // the print's own problems (fonts) once, not at every save
      const news = lines(build.diagnostics);
      if (news !== printed) io.stderr(news);
      printed = news;
      if (build.error) io.stderr(`${say(lang, 'ui.preview.print-failed', { time: time(), reason: reasonOf(build.error) })}\n`);
      else if (build.pdf) io.stderr(`${say(lang, 'ui.preview.printed', { time: time(), ms: Math.round(build.ms), pages: build.pages ?? 0 })}\n`);
    },
  }).catch((error: NodeJS.ErrnoException) => {
    browser?.session.kill();
    if (error.code === 'EADDRINUSE' || error.code === 'EACCES') throw new UsageError(text('ui.preview.port-in-use', { port, why: error.code === 'EACCES' ? 'denied' : 'in-use' }), { cause: error });
    throw error;
  });
  if (flags.open) openUrl(preview.url).catch((error: Error) => io.stderr(`report: ${say(lang, 'ui.preview.open-failed', { url: preview.url, reason: error.message })}\n`));
  // serves until a signal: interrupt.ts kills the browser and ends the process (130 on Ctrl+C)
  return new Promise<number>(() => undefined);
}

/** `--port`: 0 to 65535 (0, the default, takes a free one). */
function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(port) || port > 65535) throw new UsageError(text('ui.preview.bad-port', { value }));
  return port;
}
