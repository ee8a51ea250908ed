import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, renderDisclosureTable, renderHtml, renderSiteFooter, renderSiteHeader } from '../../src/render/html.js';
import { manifestSchema, type ManifestOptions } from '../../src/validate/manifest-schema.js';

const BASE: ManifestOptions = {
  title: '常州市武进区人民政府\n2020年法治政府建设工作报告',
  issuer: '常州市武进区人民政府',
  'document-number': '武政发〔2021〕7号',
  'index-number': '014133058/2021-00012',
  recipients: '常州市人民政府',
  date: '2021-01-25',
  published: '2021-01-29',
  publisher: '政府办',
  classification: { topic: '综合政务', genre: '报告', series: '其他' },
  summary: '全区法治政府建设情况',
};

const manifest = (options: Partial<ManifestOptions> = {}) => manifestSchema.parse({ ...BASE, ...options });

/** [header, value] of each row of the disclosure table. */
function rows(html: string): Array<[string, string]> {
  return [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>((?:[^<]|<wbr>)*)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!]);
}

describe('renderDisclosureTable', () => {
  it('lists the 信息公开 fields one per row, each value under its own row header, with a caption', () => {
    const html = renderDisclosureTable(manifest());
    expect(html).toMatch(/^<table class="disclosure">\n<caption>政府信息公开<\/caption>\n<tbody>\n/);
    expect(rows(html)).toEqual([
      ['信息名称', '常州市武进区人民政府2020年法治政府建设工作报告'],
      // a phone may break the line after the slash, never inside the code or the serial
      ['索引号', '014133058/<wbr>2021-00012'],
      ['主题分类', '综合政务'],
      ['体裁分类', '报告'],
      ['组配分类', '其他'],
      ['文件编号', '武政发〔2021〕7号'],
      ['发布机构', '政府办'],
      ['产生日期', '2021-01-25'],
      ['发布日期', '2021-01-29'],
      ['废止日期', '有效'],
      ['内容概述', '全区法治政府建设情况'],
    ]);
    expect(html.match(/<tr>/g)).toHaveLength(11);
  });

  it('uses name for 信息名称, shows a 废止日期, leaves unknown fields empty and escapes values', () => {
    const html = renderDisclosureTable(manifest({ name: '法治政府<建设>报告', 'document-number': undefined, published: undefined, expires: '2026-01-01' }));
    expect(rows(html)).toEqual(expect.arrayContaining([
      ['信息名称', '法治政府&lt;建设&gt;报告'],
      ['文件编号', ''],
      ['发布日期', ''],
      ['废止日期', '2026-01-01'],
    ]));
  });
});

describe('renderDisclosureTable with fields the published record does not have', () => {
  it('shows none/无 as an empty cell, as the portal shows it', () => {
    const html = renderDisclosureTable(manifest({ 'index-number': 'none', publisher: '无', 'document-number': 'none', classification: { topic: '综合政务', genre: 'none', series: '无' } }));
    expect(rows(html)).toEqual(expect.arrayContaining([
      ['索引号', ''],
      ['主题分类', '综合政务'],
      ['体裁分类', ''],
      ['组配分类', ''],
      ['文件编号', ''],
      ['发布机构', ''],
    ]));
    expect(rows(html)).toHaveLength(11);
    const all = renderDisclosureTable(manifest({ classification: 'none' }));
    expect(rows(all).filter(([label]) => label.endsWith('分类'))).toEqual([['主题分类', ''], ['体裁分类', ''], ['组配分类', '']]);
  });
});

describe('renderSiteHeader and renderSiteFooter', () => {
  it('name the site and column in the banner and show the 网站标识码 in the footer', () => {
    const m = manifest({ portal: { 'site-name': '常州市武进区人民政府', 'column-name': '政府信息公开', 'site-id-code': '3204120012' } });
    expect(renderSiteHeader(m)).toBe([
      '<header class="site-header">',
      '<div class="site-bar">',
      '<p class="site-name">常州市武进区人民政府</p>',
      '<p class="column-name">政府信息公开</p>',
      '</div>',
      '</header>',
    ].join('\n'));
    expect(renderSiteFooter(m)).toBe('<footer class="site-footer">\n<p><span>常州市武进区人民政府</span><span>网站标识码：3204120012</span></p>\n</footer>');
  });

  it('are left out when the manifest does not name the site', () => {
    expect(renderSiteHeader(manifest())).toBe('');
    expect(renderSiteFooter(manifest({ portal: { 'site-name': '常州市武进区人民政府' } }))).toBe('');
  });
});

describe('renderHtml', () => {
  const sections = [{ path: 'sections/01.md', html: '<h2>一、总体情况</h2>\n<h3>（一）组织领导</h3>\n<p>正文。</p>' }];

  it('is a zh-CN page with the CSP, the meta tags, the CSS inline and main between banner and footer', () => {
    const html = renderHtml(manifest({ portal: { 'site-name': '常州市武进区人民政府', 'site-id-code': '3204120012' } }), sections, 'main { color: #000; }\n');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).toContain('<title>常州市武进区人民政府2020年法治政府建设工作报告</title>');
    expect(html).toContain('<meta name="SiteIDCode" content="3204120012">');
    expect(html).toContain('<style>\nmain { color: #000; }\n</style>');
    const body = html.slice(html.indexOf('<body>'));
    const order = ['<header class="site-header">', '<main>', '<table class="disclosure">', '<article class="document">', '</main>', '<footer class="site-footer">', '</body>'];
    expect(order.map((tag) => body.indexOf(tag))).toEqual(order.map((tag) => body.indexOf(tag)).sort((a, b) => a - b));
    expect(order.every((tag) => body.includes(tag))).toBe(true);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).not.toMatch(/\n\n/);
  });

  it('ends the document with the text when signature is none, keeping the 附注 in the block the layout keeps with the text', () => {
    const unsigned = renderHtml(manifest({ signature: 'none' }), sections, '');
    expect(unsigned).not.toMatch(/class="(?:issuer|date|sign-block)"|<time/);
    expect(unsigned).not.toContain('class="signature');
    expect(unsigned).toContain('<p>正文。</p>\n</div>\n</article>');
    expect(unsigned).not.toMatch(/\n\n/);
    const noted = renderHtml(manifest({ signature: '无', note: '此件公开发布' }), sections, '');
    expect(noted).toContain('</div>\n<div class="signature unsigned">\n<p class="note">（此件公开发布）</p>\n</div>\n</article>');
    expect(noted).not.toContain('class="issuer"');
    const signed = renderHtml(manifest(), sections, '');
    expect(signed).toContain('<p class="issuer"><span>常州市武进区人民政府</span></p>');
  });

  it('has no banner or footer without a site, and no blank lines where they would be', () => {
    const html = renderHtml(manifest(), sections, '');
    expect(html).not.toMatch(/<header class="site-header">|<footer/);
    expect(html).toContain('<body>\n<main>\n');
    expect(html).toContain('</main>\n</body>\n</html>\n');
  });
});
