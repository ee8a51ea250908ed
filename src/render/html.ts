import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { plainTitle, renderDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { renderMetaTags } from './meta.js';
import { renderPage } from './page.js';
import { scrollableTables } from './scrollable-tables.js';

export { CONTENT_SECURITY_POLICY } from './page.js';

/**
 * The portal page: the site's banner, then in `<main>` the disclosure metadata table as on
 * the portal and the document, then the site's footer. Banner and footer appear only when
 * the manifest's `portal:` block names the site.
 */
export function renderHtml(manifest: Manifest, sections: readonly RenderedSection[], css: string): string {
  // a table wider than a phone scrolls in its own box, not the page
  const onScreen = sections.map((section) => ({ ...section, html: scrollableTables(section.html) }));
  return renderPage({
    title: escapeHtml(plainTitle(manifest)),
    head: ['<meta name="viewport" content="width=device-width, initial-scale=1">', renderMetaTags(manifest)],
    css,
    body: [renderSiteHeader(manifest), '<main>', renderDisclosureTable(manifest), renderDocument(manifest, onScreen, { print: false }), '</main>', renderSiteFooter(manifest)],
  });
}

/**
 * The portal's 信息公开 box: 信息名称, 索引号, 主题分类, 体裁分类, 组配分类, 文件编号,
 * 发布机构, 产生日期, 发布日期, 废止日期, 内容概述, in the seed page's order. A field the
 * published record does not have (`none` in report.yaml) is an empty cell, as portals show
 * it. One field per
 * row, a `<th scope="row">` before its value: every value then has exactly one header, which
 * screen readers announce unambiguously (several label/value pairs in one row give each
 * value all the row's headers in some of them), and the table reflows on a narrow screen
 * without restyling table parts, which drops table semantics in some browsers.
 */
export function renderDisclosureTable(manifest: Manifest): string {
  const classification = manifest.classification;
  const fields: Array<[string, string]> = [
    ['信息名称', manifest.name ?? plainTitle(manifest)],
    ['索引号', manifest['index-number'] ?? ''],
    ['主题分类', classification.topic ?? ''],
    ['体裁分类', classification.genre ?? ''],
    ['组配分类', classification.series ?? ''],
    ['文件编号', manifest['document-number'] ?? ''],
    ['发布机构', manifest.publisher ?? ''],
    ['产生日期', manifest.date],
    ['发布日期', manifest.published ?? ''],
    ['废止日期', manifest.expires ?? '有效'],
    ['内容概述', manifest.summary],
  ];
  return [
    '<table class="disclosure">',
    '<caption>政府信息公开</caption>',
    '<tbody>',
    ...fields.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${breakAfterSlashes(escapeHtml(value))}</td></tr>`),
    '</tbody>',
    '</table>',
  ].join('\n');
}

/**
 * A line may break after a slash: a 索引号 such as 11320412014133058X/2021-000012 is one
 * unbreakable word to the browser (no break between "/" and a digit), which on a phone
 * the cell's `overflow-wrap` would split anywhere, inside the code or the serial.
 */
function breakAfterSlashes(html: string): string {
  return html.replace(/\//g, '/<wbr>');
}

/** The banner landmark: the site's name and the column the page sits in, when known. */
export function renderSiteHeader(manifest: Manifest): string {
  const siteName = manifest.portal['site-name'];
  if (!siteName) return '';
  const column = manifest.portal['column-name'];
  return [
    '<header class="site-header">',
    '<div class="site-bar">',
    `<p class="site-name">${escapeHtml(siteName)}</p>`,
    column ? `<p class="column-name">${escapeHtml(column)}</p>` : '',
    '</div>',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The contentinfo landmark: the 网站标识码 and the domain, which portals show in the footer
 * (reference §C, `SiteIDCode`), when known.
 */
export function renderSiteFooter(manifest: Manifest): string {
  const { 'site-name': siteName, 'site-domain': domain, 'site-id-code': idCode } = manifest.portal;
  const items = [
    siteName ? `<span>${escapeHtml(siteName)}</span>` : '',
    domain ? `<span>${escapeHtml(domain)}</span>` : '',
    idCode ? `<span>网站标识码：${escapeHtml(idCode)}</span>` : '',
  ].filter(Boolean);
  if (!domain && !idCode) return '';
  return ['<footer class="site-footer">', `<p>${items.join('')}</p>`, '</footer>'].join('\n');
}
