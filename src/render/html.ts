import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { plainTitle, renderDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { renderMetaTags } from './meta.js';

/**
 * No script, no remote anything: the page is self-contained, and a portal that keeps this
 * header gets a browser-enforced guarantee on top of the sanitizer.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** The portal page: the disclosure metadata table as on the portal, then the document. */
export function renderHtml(manifest: Manifest, sections: readonly RenderedSection[], css: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(plainTitle(manifest))}</title>`,
    renderMetaTags(manifest),
    `<style>\n${css}</style>`,
    '</head>',
    '<body>',
    '<main>',
    renderDisclosureTable(manifest),
    renderDocument(manifest, sections, { print: false }),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The portal's 信息公开 box, same fields in the same order as the seed page: 信息名称,
 * 索引号, 主题分类/体裁分类/组配分类, 文件编号/发布机构, 产生日期/发布日期/废止日期,
 * 内容概述. Row headers are real `<th scope="row">` cells for screen readers.
 */
export function renderDisclosureTable(manifest: Manifest): string {
  const cell = (label: string, value: string, span = 1) =>
    `<th scope="row">${label}</th><td${span > 1 ? ` colspan="${span}"` : ''}>${escapeHtml(value)}</td>`;
  const rows = [
    cell('信息名称', manifest.name ?? plainTitle(manifest), 5),
    cell('索引号', manifest['index-number'], 5),
    cell('主题分类', manifest.classification.topic) + cell('体裁分类', manifest.classification.genre) + cell('组配分类', manifest.classification.series),
    cell('文件编号', manifest['document-number'] ?? '') + cell('发布机构', manifest.publisher, 3),
    cell('产生日期', manifest.date) + cell('发布日期', manifest.published ?? '') + cell('废止日期', manifest.expires ?? '有效'),
    cell('内容概述', manifest.summary, 5),
  ];
  return [
    '<table class="disclosure">',
    '<caption>政府信息公开</caption>',
    ...rows.map((row) => `<tr>${row}</tr>`),
    '</table>',
  ].join('\n');
}
