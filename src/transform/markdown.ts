import type { Root as HastRoot } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { DISCLOSURE_TABLE_CLASS, remarkDisclosureTables } from '../kinds/disclosure-annual/remark-disclosure-tables.js';
import { remarkTreeLimits } from './remark-tree-limits.js';
import { allowMetricBlocks } from './metric-block-schema.js';
import { remarkCjkBreaks } from './remark-cjk-breaks.js';
import { remarkHeadingNumbers } from './remark-heading-numbers.js';
import { remarkLiteralTextDirectives } from './remark-literal-text-directives.js';
import { remarkMetricBlocks } from './remark-metric-blocks.js';
import { remarkMetrics } from './remark-metrics.js';
import { RUN_IN_CLASS, remarkRunInHeadings } from './remark-run-in-headings.js';
import { remarkRawContent } from './remark-raw-content.js';
import { remarkSafety } from './remark-safety.js';
import { remarkTableHeaders } from './remark-table-headers.js';
import { tableWithCaption } from './table-with-caption.js';
import { remarkChinesePunctuation } from './typing/remark-chinese-punctuation.js';
import { remarkCodeBlocks } from './typing/remark-code-blocks.js';
import { remarkFullwidthBraces } from './typing/remark-fullwidth-braces.js';
import { remarkLeadingFullwidthSpace } from './typing/remark-leading-fullwidth-space.js';
import { remarkPastedTables } from './typing/remark-pasted-tables.js';
import { remarkTypedHeadings } from './typing/remark-typed-headings.js';

/**
 * What the sanitizer lets through: GitHub's schema without images (nothing may be
 * fetched) and with link protocols narrowed to http(s), mailto and tel. Raw HTML never
 * reaches it: remark-rehype drops `html` nodes unless told otherwise, and we never tell it.
 */
const schema = allowMetricBlocks({
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img' && t !== 'picture' && t !== 'source' && t !== 'video' && t !== 'audio' && t !== 'iframe'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
  // the standard tables of kind disclosure-annual carry one fixed class, for their print size
  // a run-in heading's block (remark-run-in-headings)
  attributes: { ...defaultSchema.attributes, div: [...(defaultSchema.attributes?.div ?? []), ['className', RUN_IN_CLASS]], table: [...(defaultSchema.attributes?.table ?? []), ['className', DISCLOSURE_TABLE_CLASS]] },
});

/**
 * The Markdown pipeline, built once per run and frozen: CommonMark + GFM, CJK-friendly
 * emphasis (`**粗体**，` works next to Chinese punctuation), metric references, metric
 * tables and charts (`:::table`, `:::chart`: remark-directive syntax), CJK soft breaks,
 * then to HTML through the sanitizer. The clerk's typing is checked on the tree as
 * written, before references are replaced (typing/: pasted tables, indents, full-width
 * braces and spaces, typed heading numbers and run-in headings, punctuation in Chinese text). Per-file data (the metric store) travels on the
 * vfile.
 */
export function createMarkdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkDirective)
    .use(remarkTreeLimits)
    .use(remarkRawContent)
    .use(remarkLiteralTextDirectives)
    .use(remarkCodeBlocks)
    .use(remarkPastedTables)
    .use(remarkLeadingFullwidthSpace)
    .use(remarkFullwidthBraces)
    .use(remarkTypedHeadings)
    .use(remarkChinesePunctuation)
    .use(remarkSafety)
    .use(remarkDisclosureTables)
    .use(remarkMetrics)
    .use(remarkMetricBlocks)
    .use(remarkTableHeaders)
    .use(remarkHeadingNumbers)
    .use(remarkRunInHeadings)
    .use(remarkCjkBreaks)
    .use(remarkRehype, { handlers: { table: tableWithCaption } })
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .freeze();
}

export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>;
export type { HastRoot };
