import type { RenderedSection } from '../transform/sections.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { chineseDate } from './dates.js';
import { escapeHtml } from './escape.js';

export interface DocumentOptions {
  /** The print page carries the 版头 and 版记; the portal page shows the text only. */
  print: boolean;
}

/** The title as one line, for metadata; a line break in the manifest only shapes print. */
export function plainTitle(manifest: Manifest): string {
  return manifest.title.replace(/\s*\n\s*/g, '');
}

/**
 * The document itself, shared by the portal page and the print page: (版头,) title,
 * 发文字号, 主送机关, the body, the signature block (发文机关署名 and 成文日期), the 附注
 * (and 版记). Layout lives in the stylesheets; this is structure only.
 */
export function renderDocument(manifest: Manifest, sections: readonly RenderedSection[], options: DocumentOptions): string {
  const masthead = options.print ? manifest.masthead : undefined;
  const parts: string[] = ['<article class="document">'];
  if (masthead) parts.push(renderMasthead(manifest, masthead));
  parts.push('<header class="document-head">');
  // The manifest's line break shapes the printed title only; the page has it on one line.
  const title = options.print ? manifest.title.split(/\s*\n\s*/).map(escapeHtml).join('<br>') : escapeHtml(plainTitle(manifest));
  parts.push(`<h1 class="title">${title}</h1>`);
  if (manifest['document-number'] && !masthead) {
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
  const signature = renderSignature(manifest);
  if (signature) parts.push(signature);
  if (options.print && manifest.colophon) parts.push(renderColophon(manifest.colophon));
  parts.push('</article>');
  return parts.join('\n');
}

/**
 * The 发文机关标志's size in points: fitted to the 版心 on one line, at most 48 pt. The
 * standard leaves the size to the office ("醒目、美观、庄重"), common templates use 小初 to 初号.
 */
export function mastheadSize(text: string): number {
  return Math.min(48, Math.floor((440 / [...text].length) * 10) / 10);
}

/**
 * 版头 (§7.2): 份号, 密级, 紧急程度 flush left at the top; the red 发文机关标志 with
 * "文件" to its right; the 发文字号 (and 签发人 for upward documents) two lines below;
 * the red rule 4 mm under them.
 */
function renderMasthead(manifest: Manifest, masthead: NonNullable<Manifest['masthead']>): string {
  const organ = masthead.organ ?? manifest.issuer;
  const suffix = masthead.suffix ?? '';
  const size = mastheadSize(organ + suffix);
  const marks = [
    masthead['copy-number'] ? `<p class="copy-number">${escapeHtml(masthead['copy-number'])}</p>` : '',
    masthead.secrecy ? `<p class="secrecy">${escapeHtml(masthead.secrecy)}</p>` : '',
    masthead.urgency ? `<p class="urgency">${escapeHtml(masthead.urgency)}</p>` : '',
  ].join('');
  const number = manifest['document-number'] ? `<p class="document-number">${escapeHtml(manifest['document-number'])}</p>` : '';
  const signers = masthead.signers.length > 0
    ? `<p class="signers">签发人：${masthead.signers.map((s) => `<span class="signer">${escapeHtml(s)}</span>`).join('')}</p>`
    : '';
  return [
    `<header class="masthead${signers ? ' upward' : ''}" style="--masthead-size: ${size}pt; --masthead-color: ${masthead.color}">`,
    marks ? `<div class="marks">${marks}</div>` : '',
    `<p class="organ">${escapeHtml(organ)}${suffix ? `<span class="suffix">${escapeHtml(suffix)}</span>` : ''}</p>`,
    `<div class="number-line">${number}${signers}</div>`,
    '<div class="red-rule" role="presentation"></div>',
    '</header>',
  ].join('\n');
}

/**
 * 发文机关署名 and 成文日期 (§7.3.5), and the 附注. With `signature: none` (many reports,
 * disclosure reports above all, end with the text) only the 附注 is left, in the same
 * block so the layout pass still keeps it with body text; with neither, nothing.
 */
function renderSignature(manifest: Manifest): string {
  const signature = manifest.signature;
  if (!signature.show && !manifest.note) return '';
  const lines = signature.show
    ? [
        `<div class="signature${signature.seal ? ' with-seal' : ''}">`,
        '<div class="sign-block">',
        `<p class="issuer"><span>${escapeHtml(manifest.issuer)}</span></p>`,
        `<p class="date"><time datetime="${manifest.date}">${chineseDate(manifest.date)}</time></p>`,
        '</div>',
      ]
    : ['<div class="signature unsigned">'];
  // 附注 (§7.3.6): the line after the date, indented 2 字; kept in the block so the
  // signature, date and note never part.
  if (manifest.note) lines.push(`<p class="note">（${escapeHtml(manifest.note)}）</p>`);
  lines.push('</div>');
  return lines.join('\n');
}

/** 版记 (§7.4): 抄送 and 印发机关 + 印发日期 between rules, in 4号. */
function renderColophon(colophon: NonNullable<Manifest['colophon']>): string {
  const cc = colophon.cc.length > 0 ? `<p class="cc"><span class="label">抄送：</span><span class="names">${colophon.cc.map(escapeHtml).join('，')}。</span></p>` : '';
  return [
    '<footer class="colophon">',
    cc,
    `<p class="printing"><span class="printer">${escapeHtml(colophon.printer)}</span><span class="printed">${chineseDate(colophon.printed)}印发</span></p>`,
    '</footer>',
  ].join('\n');
}
