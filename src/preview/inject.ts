import { CONTENT_SECURITY_POLICY } from '../render/page.js';

/** Where the page's script comes from: a route of the preview server, never a file on disk. */
export const SCRIPT_PATH = '/preview.js';

/** The page the script runs in: the portal page reloads itself, the print view swaps its PDF. */
export type View = 'portal' | 'print';

/**
 * The built page's policy (no script at all) widened by exactly what the preview needs:
 * its own script file, and its own event stream. Still nothing inline, nothing remote.
 */
export const PREVIEW_POLICY = `${CONTENT_SECURITY_POLICY}; script-src 'self'; connect-src 'self'`;

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;

/**
 * The preview's additions to a page: the overlay's element and the script that listens
 * for rebuilds. The server adds them to the page it serves; `report build` never does.
 */
export function previewSnippet(view: View, version: number): string {
  return `<div id="report-preview-overlay" hidden></div><script src="${SCRIPT_PATH}" data-view="${view}" data-version="${version}"></script>`;
}

/**
 * The built portal page as the preview serves it: the snippet before its closing </body>
 * (the last one: the report's text cannot hold a raw one, it is escaped), and its
 * Content-Security-Policy widened to PREVIEW_POLICY (the built page's own forbids every
 * script, so the reload script could not run). Nothing else changes.
 */
export function injectPreview(html: string, view: View, version: number): string {
  const at = html.lastIndexOf('</body>');
  const snippet = previewSnippet(view, version);
  const page = at < 0 ? html + snippet : html.slice(0, at) + snippet + html.slice(at);
  return page.replace(META, `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_POLICY}">`);
}
