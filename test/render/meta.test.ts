import { describe, expect, it } from 'vitest';
import { renderMetaTags } from '../../src/render/meta.js';
import { manifestSchema, type ManifestOptions } from '../../src/validate/manifest-schema.js';

const BASE: ManifestOptions = {
  title: '常州市武进区人民政府\n2020年法治政府建设工作报告',
  issuer: '常州市武进区人民政府',
  'index-number': '014133058/2021-00012',
  date: '2021-01-25',
  publisher: '政府办',
  classification: { topic: '综合政务', genre: '报告', series: '其他' },
  summary: '全区法治政府建设情况',
};

function metaOf(options: Partial<ManifestOptions>): Array<[string, string]> {
  const html = renderMetaTags(manifestSchema.parse({ ...BASE, ...options }));
  return [...html.matchAll(/<meta name="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]);
}

describe('renderMetaTags', () => {
  it('emits every tag the manifest gives, in the order of 《政府网站发展指引》, with exact casing', () => {
    const meta = metaOf({
      'document-number': '武政发〔2021〕7号',
      published: '2021-01-29',
      keywords: ['法治政府建设', '工作报告'],
      portal: {
        'site-name': '常州市武进区人民政府',
        'site-domain': 'www.wj.gov.cn',
        'site-id-code': '3204120012',
        'column-name': '政府信息公开',
        'column-type': '信息公开',
        url: 'https://www.wj.gov.cn/doc/2021/01/29/1.shtml',
      },
    });
    expect(meta).toEqual([
      ['SiteName', '常州市武进区人民政府'],
      ['SiteDomain', 'www.wj.gov.cn'],
      ['SiteIDCode', '3204120012'],
      ['ColumnName', '政府信息公开'],
      ['ColumnType', '信息公开'],
      ['ArticleTitle', '常州市武进区人民政府2020年法治政府建设工作报告'],
      ['PubDate', '2021-01-29'],
      ['ContentSource', '政府办'],
      ['Keywords', '法治政府建设,工作报告'],
      ['Author', '常州市武进区人民政府'],
      ['Description', '全区法治政府建设情况'],
      ['Url', 'https://www.wj.gov.cn/doc/2021/01/29/1.shtml'],
      ['IndexNumber', '014133058/2021-00012'],
      ['DocumentNumber', '武政发〔2021〕7号'],
    ]);
  });

  it('leaves out what the manifest does not give, PubDate included (成文日期 is not 发布时间)', () => {
    expect(metaOf({}).map(([name]) => name)).toEqual(['ArticleTitle', 'ContentSource', 'Author', 'Description', 'IndexNumber']);
  });

  it('leaves out the tags of fields the published record does not have (none/无)', () => {
    const names = metaOf({ 'index-number': 'none', publisher: '无', 'document-number': 'none' }).map(([name]) => name);
    expect(names).not.toContain('IndexNumber');
    expect(names).not.toContain('ContentSource');
    expect(names).not.toContain('DocumentNumber');
    expect(names).toContain('ArticleTitle');
    expect(metaOf({})).toContainEqual(['IndexNumber', '014133058/2021-00012']);
  });

  it('escapes values for the attribute', () => {
    expect(metaOf({ summary: '"依法行政" & <监督>' })).toContainEqual(['Description', '&quot;依法行政&quot; &amp; &lt;监督&gt;']);
  });
});
