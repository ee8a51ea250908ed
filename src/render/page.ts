/**
 * No script, no remote anything: every page the tool makes is self-contained, and a
 * portal that keeps this header gets a browser-enforced guarantee on top of the sanitizer.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** What differs between the tool's pages: the rest of the shell is the same for all. */
export interface PageParts {
  /** Already escaped. */
  title?: string;
  /** Extra lines for the head (meta tags), already HTML. */
  head?: string[];
  css: string;
  /** The body's lines, already HTML. */
  body: string[];
}

/**
 * The HTML shell of every page: the portal page, the page Chromium prints and the font
 * probe page. zh-CN, UTF-8, the Content-Security-Policy, inline CSS. Empty lines dropped.
 */
export function renderPage(parts: PageParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    ...(parts.head ?? []),
    parts.title === undefined ? '' : `<title>${parts.title}</title>`,
    `<style>\n${parts.css}</style>`,
    '</head>',
    '<body>',
    ...parts.body,
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .map((line) => `${line}\n`)
    .join('');
}
