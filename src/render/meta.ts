import type { Manifest } from '../validate/manifest-schema.js';
import { plainTitle } from './document.js';
import { escapeHtml } from './escape.js';

/**
 * `<meta>` tags of 《政府网站发展指引》 (国办发〔2017〕47号), in the 指引's order (site, column,
 * content: reference §C), exact casing kept because crawlers match it, plus the disclosure
 * identity (索引号, 文件编号) for aggregators. Tags whose value the manifest does not give
 * (absent, or `none`: the published record has none) are left out rather than emitted empty or guessed: `ColumnDescription` and
 * `ColumnKeywords` describe column pages, `Image` a lead image this page never has.
 */
export function renderMetaTags(manifest: Manifest): string {
  const portal = manifest.portal;
  const tags: Array<[string, string | null | undefined]> = [
    ['SiteName', portal['site-name']],
    ['SiteDomain', portal['site-domain']],
    ['SiteIDCode', portal['site-id-code']],
    ['ColumnName', portal['column-name']],
    ['ColumnType', portal['column-type']],
    ['ArticleTitle', plainTitle(manifest)],
    // 发布时间 is the day the page went up on the portal, not the 成文日期; the manifest
    // gives a date only, and a made-up "00:00" would pass for a real time.
    ['PubDate', manifest.published],
    ['ContentSource', manifest.publisher],
    ['Keywords', manifest.keywords.length > 0 ? manifest.keywords.join(',') : undefined],
    ['Author', manifest.issuer],
    ['Description', manifest.summary],
    ['Url', portal.url],
    ['IndexNumber', manifest['index-number']],
    ['DocumentNumber', manifest['document-number']],
  ];
  return tags
    .filter((tag): tag is [string, string] => typeof tag[1] === 'string')
    .map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`)
    .join('\n');
}
