import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { plainTitle, renderDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { printSettingsCss } from './print-settings.js';
import { CONTENT_SECURITY_POLICY } from './html.js';

/** The page Chromium prints to the 公文 PDF: the document alone, with the print stylesheet. */
export function renderPrintHtml(manifest: Manifest, sections: readonly RenderedSection[], css: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<title>${escapeHtml(plainTitle(manifest))}</title>`,
    `<style>\n${printSettingsCss(manifest)}\n${css}</style>`,
    '</head>',
    '<body>',
    renderDocument(manifest, sections, { print: true }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
