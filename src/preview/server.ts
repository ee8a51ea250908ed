import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { escapeHtml } from '../render/escape.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { injectPreview, PREVIEW_POLICY, previewSnippet, SCRIPT_PATH } from './inject.js';
import type { Overlay } from './overlay.js';
import { printViewPage } from './print-view.js';

/** What the server shows at a given moment; the preview replaces it and calls `publish`. */
export interface ServedState {
  /** Generation of the portal page shown (0: no good page yet). */
  version: number;
  /** The last good portal page, as `report build --format html` writes it. */
  html?: string;
  /** The report's title, for the print view's tab. */
  title?: string;
  overlay?: Overlay;
  print: {
    /** Generation of the PDF shown (0: none yet). */
    version: number;
    status: string;
    pdf?: Uint8Array;
  };
}

export interface ServerOptions {
  /** 0 for a free one. */
  port: number;
  lang: Lang;
  state: () => ServedState;
}

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  /** Tells every open page the state changed (server-sent events). */
  publish(): void;
  close(): Promise<void>;
}

/** Loopback only: the preview is for the clerk at this computer, not the office network. */
export const HOST = '127.0.0.1';

/**
 * The pages' policy, sent as a header with every answer: the built page's (no script, no
 * remote anything) widened by the preview's script and events (inject.ts), and by frames
 * of this server only (the print view shows the PDF in one).
 */
export const CONTENT_SECURITY_POLICY = `${PREVIEW_POLICY}; frame-src 'self'; frame-ancestors 'self'`;

/**
 * The preview's HTTP server: a fixed set of routes (/, /print, /report.pdf, /preview.js,
 * /events), never a file from disk by its path. It answers only requests addressed to
 * 127.0.0.1 or localhost at its own port: a web page elsewhere that points a name of its
 * own at 127.0.0.1 (DNS rebinding) sends its name in Host, and is refused.
 */
export async function startServer(options: ServerOptions): Promise<PreviewServer> {
  const { lang } = options;
  const clients = new Set<ServerResponse>();
  let port = options.port;

  const event = () => {
    const state = options.state();
    return `event: state\ndata: ${JSON.stringify({ version: state.version, overlay: state.overlay, print: { version: state.print.version, status: state.print.status } })}\n\n`;
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    const host = request.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) return plain(response, 403, say(lang, 'ui.preview.refused-host', { host }));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return plain(response, 405, `${request.method ?? ''}`);
    }
    const path = new URL(request.url ?? '/', `http://${HOST}`).pathname;
    const state = options.state();
    switch (path) {
      case '/':
        return page(response, state.html ? injectPreview(state.html, 'portal', state.version) : waitingPage(lang));
      case '/print':
        return page(response, printViewPage({ title: say(lang, 'ui.preview.print.title', { title: state.title ?? '' }), status: state.print.status, portal: say(lang, 'ui.preview.portal-link'), pdf: say(lang, 'ui.preview.pdf-link'), lang: lang === 'zh' ? 'zh-CN' : 'en' }));
      case '/report.pdf':
        if (!state.print.pdf) return plain(response, 404, state.print.status);
        response.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline', 'Content-Length': state.print.pdf.byteLength });
        return response.end(request.method === 'HEAD' ? undefined : state.print.pdf);
      case SCRIPT_PATH:
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
        return response.end(CLIENT_SCRIPT);
      case '/events':
        response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
        if (request.method === 'HEAD') return response.end();
        response.write(event());
        clients.add(response);
        request.on('close', () => clients.delete(response));
        return;
      default:
        return plain(response, 404, say(lang, 'ui.preview.not-found', { path }));
    }
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}/`,
    port,
    publish() {
      const text = event();
      for (const client of clients) client.write(text);
    },
    close() {
      for (const client of clients) client.end();
      clients.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function page(response: ServerResponse, html: string): void {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  response.end(html);
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  response.end(`${text}\n`);
}

/** Before the first good build: a blank page that shows the overlay and reloads when the page is built. */
function waitingPage(lang: Lang): string {
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><title>report preview</title></head>
<body><p style="margin:60vh 20px 0;font:16px system-ui,sans-serif;color:#555">${escapeHtml(say(lang, 'ui.preview.waiting'))}</p>
${previewSnippet('portal', 0)}
</body>
</html>
`;
}
