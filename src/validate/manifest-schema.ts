import { z } from 'zod';

/** `YYYY-MM-DD`, the form the portal and ISO 8601 use for 产生日期 and 发布日期. */
const isoDate = z.iso.date();

const nonEmpty = z.string().trim().min(1);

/**
 * report.yaml: the document's identity and disclosure metadata. The single definition of
 * the manifest's shape; the TypeScript type and the editors' JSON Schema come from it.
 * Keys are kebab-case. Field comments give the portal's name for each field.
 */
export const manifestSchema = z.strictObject({
  /** 标题 and 信息名称 */
  title: nonEmpty,
  /** 信息名称 when the portal lists the item under another name than the title */
  name: nonEmpty.optional(),
  /** 发文机关: the signature and the PDF's Author */
  issuer: nonEmpty,
  /** 文件编号 / 发文字号, e.g. 武政发〔2021〕7号 */
  'document-number': nonEmpty.optional(),
  /** 索引号, e.g. 014133058/2021-00012 */
  'index-number': nonEmpty,
  /** 主送机关 */
  recipients: z.union([nonEmpty.transform((s) => [s]), z.array(nonEmpty)]).default([]),
  /** 成文日期 = 产生日期 */
  date: isoDate,
  /** 发布日期 */
  published: isoDate.optional(),
  /** 废止日期; null (or absent) shows as 有效 */
  expires: isoDate.nullable().default(null),
  /** 发布机构 */
  publisher: nonEmpty,
  /** 主题分类, 体裁分类, 组配分类 */
  classification: z.strictObject({
    topic: nonEmpty,
    genre: nonEmpty,
    series: nonEmpty,
  }),
  /** 内容概述 */
  summary: nonEmpty,
  /** 主题词: PDF Keywords and the portal's Keywords meta tag */
  keywords: z.array(nonEmpty).default([]),
  /** 附注, printed in full-width parentheses, e.g. 此件公开发布 */
  note: nonEmpty.optional(),
  /** The portal's site and column, for the <meta> tags of 《政府网站发展指引》 */
  portal: z
    .strictObject({
      'site-name': nonEmpty.optional(),
      'site-domain': nonEmpty.optional(),
      'site-id-code': nonEmpty.optional(),
      'column-name': nonEmpty.optional(),
      'column-type': nonEmpty.optional(),
      url: z.url().optional(),
    })
    .default({}),
  /** Output file name stem (default: the report directory's name) */
  output: nonEmpty.regex(/^[^/\\]+$/, 'a file name, not a path').optional(),
  /** What kind of report: `disclosure-annual` (政府信息公开工作年度报告) gets its standard tables and checks */
  kind: z.enum(['report', 'disclosure-annual']).default('report'),
  /** Last year's report directory, relative to this one: `{{prev.…}}` and `| change` read it */
  previous: nonEmpty.optional(),
});

export type ManifestOptions = z.input<typeof manifestSchema>;
export type Manifest = z.output<typeof manifestSchema>;
