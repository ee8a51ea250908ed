import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { plainTitle, renderDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { printSettingsCss } from './print-settings.js';
import { renderPage } from './page.js';

/** The page Chromium prints to the 公文 PDF: the document alone, with the print stylesheet. */
export function renderPrintHtml(manifest: Manifest, sections: readonly RenderedSection[], css: string): string {
  return renderPage({
    title: escapeHtml(plainTitle(manifest)),
    css: `${printSettingsCss(manifest)}\n${css}`,
    body: [renderDocument(manifest, sections, { print: true })],
  });
}
