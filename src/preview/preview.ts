import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import type { Templates } from '../load/read-templates.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { overlayOf } from './overlay.js';
import { RebuildLoop, type HtmlBuild, type PdfBuild } from './rebuild.js';
import { startServer, type ServedState } from './server.js';
import { watchReport, type WatchOptions } from './watcher.js';

export interface PreviewOptions {
  dir: string;
  /** 0 for a free one. */
  port: number;
  lang: Lang;
  templates: Templates;
  /** Prints the print view's PDF; without one, the print view says `noPrint`. */
  printer?: PdfPrinter;
  noPrint?: string;
  strict?: boolean;
  watch?: WatchOptions;
  /** Why a print failed, in the interface language (default: the error's own message). */
  reasonOf?: (error: Error) => string;
  /** The server listens: called with its address before the first build. */
  onListening?: (url: string) => void;
  onHtml?: (build: HtmlBuild) => void;
  onPdf?: (build: PdfBuild) => void;
}

/** A running preview. */
export interface Preview {
  url: string;
  printUrl: string;
  /** Resolves once nothing is building (tests, the benchmark). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `report preview`'s engine: the server, the watcher and the rebuild loop, wired. Each
 * change rebuilds; a good portal page replaces the one served and every open page reloads;
 * a broken one leaves the last good page served and shows the overlay over it.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const { lang } = options;
  const time = () => new Date().toTimeString().slice(0, 8);
  const state: ServedState = {
    version: 0,
    print: { version: 0, status: options.printer ? say(lang, 'ui.preview.print.building') : say(lang, 'ui.preview.print.none', { reason: options.noPrint ?? '' }) },
  };
  const server = await startServer({ port: options.port, lang, state: () => state });
  options.onListening?.(server.url);
  const watcher = watchReport(() => void loop.trigger(), options.watch);
  const loop = new RebuildLoop(options.dir, {
    templates: options.templates,
    printer: options.printer,
    strict: options.strict,
    onHtml(build) {
      watcher.follow(build.dirs);
      if (build.html !== undefined) Object.assign(state, { version: build.generation, html: build.html, title: build.title });
      state.overlay = overlayOf(build.diagnostics, lang);
      server.publish();
      options.onHtml?.(build);
    },
    onPdf(build) {
      if (build.pdf) state.print = { version: build.generation, pdf: build.pdf, status: say(lang, 'ui.preview.print.ready', { time: time(), pages: build.pages ?? 0 }) };
      else if (build.error) state.print = { ...state.print, status: say(lang, 'ui.preview.print.none', { reason: options.reasonOf?.(build.error) ?? build.error.message }) };
      server.publish();
      options.onPdf?.(build);
    },
  });
  watcher.follow([options.dir]);
  await loop.trigger();
  return {
    url: server.url,
    printUrl: `${server.url}print`,
    idle: () => loop.idle(),
    async close() {
      watcher.close();
      await server.close();
    },
  };
}
