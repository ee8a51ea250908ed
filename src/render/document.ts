import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { chineseDate } from './dates.js';
import { escapeHtml } from './escape.js';

/**
 * The document itself, shared by the portal page and the print page: title, 发文字号,
 * 主送机关, the body, the signature block (发文机关署名 and 成文日期) and the 附注.
 * Layout lives in the stylesheets; this is structure only.
 */
export function renderDocument(manifest: Manifest, sections: readonly RenderedSection[]): string {
  const parts: string[] = [];
  parts.push('<article class="document">');
  parts.push('<header class="document-head">');
  parts.push(`<h1 class="title">${escapeHtml(manifest.title)}</h1>`);
  if (manifest['document-number']) {
    parts.push(`<p class="document-number">${escapeHtml(manifest['document-number'])}</p>`);
  }
  parts.push('</header>');
  if (manifest.recipients.length > 0) {
    // GB/T 9704 §7.3.2: names separated by 、, a full-width colon after the last.
    parts.push(`<p class="recipients">${escapeHtml(manifest.recipients.join('、'))}：</p>`);
  }
  parts.push('<div class="body">');
  for (const section of sections) parts.push(section.html);
  parts.push('</div>');
  parts.push('<div class="signature">');
  parts.push(`<p class="issuer">${escapeHtml(manifest.issuer)}</p>`);
  parts.push(`<p class="date"><time datetime="${manifest.date}">${chineseDate(manifest.date)}</time></p>`);
  parts.push('</div>');
  if (manifest.note) parts.push(`<p class="note">（${escapeHtml(manifest.note)}）</p>`);
  parts.push('</article>');
  return parts.join('\n');
}
