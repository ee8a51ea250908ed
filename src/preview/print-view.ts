import { escapeHtml } from '../render/escape.js';
import { previewSnippet } from './inject.js';

export interface PrintViewText {
  /** The tab's title: `打印版：<report title>`. */
  title: string;
  /** What the status line says before the first event arrives. */
  status: string;
  /** The link back to the portal page. */
  portal: string;
  /** The link to the PDF in a tab of its own (a browser without a PDF viewer in frames downloads it). */
  pdf: string;
  lang: string;
}

/**
 * The print view: the PDF itself — the 公文 layout as it will be printed, page by page —
 * in the browser's own PDF viewer, under a status line. The page's script swaps the PDF
 * when a newer one is printed; the page itself never reloads, so the viewer stays open.
 */
export function printViewPage(text: PrintViewText): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(text.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(text.title)}</title>
<style>
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; background: #525659; font: 14px/1.5 system-ui, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; }
header { display: flex; gap: 16px; padding: 6px 16px; background: #323639; color: #f1f1f1; }
header a { color: #9cc8ff; }
header a:first-of-type { margin-left: auto; }
iframe { flex: 1; width: 100%; border: 0; background: #525659; }
</style>
</head>
<body>
<header><span id="report-preview-status">${escapeHtml(text.status)}</span><a href="/report.pdf" target="_blank">${escapeHtml(text.pdf)}</a><a href="/">${escapeHtml(text.portal)}</a></header>
<iframe id="report-preview-pdf" title="${escapeHtml(text.title)}" data-version="0"></iframe>
${previewSnippet('print', 0)}
</body>
</html>
`;
}
