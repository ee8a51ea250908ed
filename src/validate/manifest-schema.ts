import { z } from 'zod';
import { isPreviousPath } from '../load/previous-path.js';
import { indexNumberPattern } from './index-number.js';

// Refinement messages name catalogue entries (`ui.reason.…`): src/validate/zod-messages.ts
// renders them in the interface language.

/** `YYYY-MM-DD`, the form the portal and ISO 8601 use for 产生日期 and 发布日期. */
const isoDate = z.iso.date();

const nonEmpty = z.string().trim().min(1);

/**
 * A font family name, as the print stylesheet quotes it: names of real faces (方正仿宋_GBK,
 * AR PL SungtiL GB, Noto Serif CJK SC) use no more than these, and a quote, `<`, `;` or a
 * brace could end the CSS string or the `<style>` element it sits in.
 */
const FONT_NAME = /^[\p{L}\p{M}\p{N} _.+&()-]+$/u;
// a refinement, not a pattern: the editors' JSON Schema keeps to patterns every editor reads
const fontName = nonEmpty.refine((name) => FONT_NAME.test(name), 'ui.reason.font-name');

/**
 * An output stem that makes a file name on every system the HTML and PDF travel to (the
 * portal's Windows desktops too): no control characters (a NUL or a line break in a file
 * name), none of `< > : " | ? *`, not `.` or `..`, and short enough for any file system.
 */
function isPlainFileName(name: string): boolean {
  return !/[\u0000-\u001f\u007f<>:"|?*]/u.test(name) && !/^\.+$/.test(name) && Buffer.byteLength(name) <= 200;
}

/**
 * What a clerk writes for a field the published record does not have (no 索引号, 发布机构 or
 * 分类 on the portal's page, no 署名 under the text): `none`, or `无` as a Chinese office
 * writes it. Distinct from `null`, which means "not filled in yet" and stays an error.
 */
export const NONE_WORDS: readonly string[] = ['none', '无'];

/** A text field that may be `none`/`无`: the text, or null for "the published record has none". */
const textOrNone = nonEmpty.transform((s) => (NONE_WORDS.includes(s) ? null : s));

/**
 * A block (分类, 署名) that may be `none`/`无` as a whole: the word is read as `instead`
 * before the block's schema runs, so a typo inside the block keeps its own message (a
 * union would report only that neither form matched).
 */
function blockOrNone<T extends z.ZodType>(block: T, instead: unknown) {
  const schema = z.preprocess((value) => (typeof value === 'string' && NONE_WORDS.includes(value.trim()) ? instead : value), block);
  NONE_BLOCKS.add(schema);
  return schema;
}

/** The blocks that take `none`/`无` as a whole, which the JSON Schema for editors allows too. */
export const NONE_BLOCKS = new WeakSet<object>();

/**
 * report.yaml: the document's identity and disclosure metadata. The single definition of
 * the manifest's shape; the TypeScript type and the editors' JSON Schema come from it.
 * Keys are kebab-case. Field comments give the portal's name for each field.
 */
export const manifestSchema = z.strictObject({
  /** 标题 and 信息名称; a line break marks where the printed title breaks (梯形/菱形) */
  title: nonEmpty,
  /** 信息名称 when the portal lists the item under another name than the title */
  name: nonEmpty.optional(),
  /** 发文机关: the signature and the PDF's Author */
  issuer: nonEmpty,
  /** 文件编号 / 发文字号, e.g. 武政发〔2021〕7号; `none` when the published record has none */
  'document-number': textOrNone.optional(),
  /** 索引号, e.g. 014133058/2021-00012; `none` when the published record has none */
  'index-number': textOrNone,
  /** 主送机关 */
  recipients: z.union([nonEmpty.transform((s) => [s]), z.array(nonEmpty)]).default([]),
  /** 成文日期 = 产生日期 */
  date: isoDate,
  /** 发布日期 */
  published: isoDate.optional(),
  /** 废止日期; null (or absent) shows as 有效 */
  expires: isoDate.nullable().default(null),
  /** 发布机构; `none` when the published record has none */
  publisher: textOrNone,
  /** 主题分类, 体裁分类, 组配分类; `none` (each, or the whole block) when the published record has none */
  classification: blockOrNone(
    z.strictObject({
      topic: textOrNone,
      genre: textOrNone,
      series: textOrNone,
    }),
    { topic: 'none', genre: 'none', series: 'none' },
  ),
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
      /**
       * 索引号 shape of this portal, checked strictly: a template (`N` digit, `A` digit or
       * capital, `YYYY` year, e.g. NNNNNNNNN/YYYY-NNNNN) or a regular expression starting with `^`
       */
      'index-number-pattern': nonEmpty.refine((s) => indexNumberPattern(s) !== undefined, 'ui.reason.index-number-pattern').optional(),
    })
    .default({}),
  /** 版头 (GB/T 9704 §7.2): the red 发文机关标志 and the marks above it; absent: no 版头 */
  masthead: z
    .strictObject({
      /** 发文机关标志 text; default: the issuer */
      organ: nonEmpty.optional(),
      /** word after the organ name; null for none */
      suffix: nonEmpty.nullable().default('文件'),
      /** screen colour for the red elements (the standard specifies ink, not RGB) */
      color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'ui.reason.colour').default('#FF0000'),
      /** 签发人 of an upward document (上行文) */
      signers: z.array(nonEmpty).default([]),
      /** 份号, normally 6 digits */
      'copy-number': z.string().regex(/^\d{1,8}$/, 'ui.reason.copy-number').optional(),
      /** 密级和保密期限, e.g. 机密★1年 */
      secrecy: nonEmpty.optional(),
      /** 紧急程度: 特急 or 加急 */
      urgency: z.enum(['特急', '加急']).optional(),
    })
    .optional(),
  /** 发文机关署名 and 成文日期 (§7.3.5); `none` when the document carries none (`date` stays as metadata) */
  signature: blockOrNone(
    z
      .strictObject({
        /** false: the document ends with its text, no 署名 and 成文日期 (`signature: none`) */
        show: z.boolean().default(true),
        /** true: 7.3.5.1 layout (date right-indented 4 字, room kept for the red seal) */
        seal: z.boolean().default(false),
      })
      .default({ show: true, seal: false }),
    { show: false },
  ),
  /** 版记 (§7.4): 抄送, 印发机关 and 印发日期, anchored to the bottom of the last page */
  colophon: z
    .strictObject({
      cc: z.union([nonEmpty.transform((s) => [s]), z.array(nonEmpty)]).default([]),
      printer: nonEmpty,
      printed: isoDate,
    })
    .optional(),
  /** Font faces per role, tried before the built-in stacks (e.g. body: [方正仿宋_GBK]) */
  fonts: z
    .strictObject({
      body: z.array(fontName).default([]),
      title: z.array(fontName).default([]),
      heading1: z.array(fontName).default([]),
      heading2: z.array(fontName).default([]),
      'page-number': z.array(fontName).default([]),
    })
    .default({ body: [], title: [], heading1: [], heading2: [], 'page-number': [] }),
  /** Readings the standard leaves open (reference §F); defaults are the common practice */
  layout: z
    .strictObject({
      /** mirror 订口 on even pages (28 mm inside on both sides) instead of 28 mm left on all */
      'mirror-margins': z.boolean().default(false),
      /** 1. headings in bold 仿宋, as many organs do (GB/T 9704 says only 仿宋) */
      'heading3-bold': z.boolean().default(false),
      /** 空一字 for the 4号 page number: one 4号 character (14pt) or one 3号 (16pt) */
      'page-number-indent': z.enum(['14pt', '16pt']).default('14pt'),
    })
    .default({ 'mirror-margins': false, 'heading3-bold': false, 'page-number-indent': '14pt' }),
  /** Output file name stem (default: the report directory's name) */
  output: nonEmpty.regex(/^[^/\\]+$/, 'ui.reason.file-name').refine(isPlainFileName, 'ui.reason.output-name').optional(),
  /** What kind of report: `disclosure-annual` (政府信息公开工作年度报告) gets its standard tables and checks */
  kind: z.enum(['report', 'disclosure-annual']).default('report'),
  /** disclosure-annual: the format of its tables, 2021 (国办公开办函〔2021〕30号) or 2019 (试行, 〔2019〕60号); default by the report's year */
  'disclosure-template': z.literal([2019, 2021]).optional(),
  /** Last year's report directory, relative to this one: `{{prev.…}}` and `| change` read it */
  previous: nonEmpty.refine(isPreviousPath, 'ui.reason.previous-path').optional(),
  /** Phrases of the text whose year is kept on purpose although last year's report had it, e.g. [2019年以来] */
  'confirmed-years': z.array(nonEmpty.regex(/[0-9０-９]{4}年/, 'a phrase with its year, e.g. 2019年以来')).default([]),
});

export type ManifestOptions = z.input<typeof manifestSchema>;
export type Manifest = z.output<typeof manifestSchema>;
