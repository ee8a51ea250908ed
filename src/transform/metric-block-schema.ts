import type { Options as Schema } from 'rehype-sanitize';

/**
 * What metric tables add to the sanitizer's schema, and nothing more: `<caption>`, the
 * `metric-table` class on tables and the `num` class on cells (`scope` is allowed on
 * every element already). Values are fixed lists, so Markdown cannot smuggle in classes.
 */
export function allowMetricBlocks(schema: Schema): Schema {
  const attributes = schema.attributes ?? {};
  return {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), 'caption'],
    attributes: {
      ...attributes,
      table: [...(attributes.table ?? []), ['className', 'metric-table']],
      th: [...(attributes.th ?? []), ['className', 'num']],
      td: [...(attributes.td ?? []), ['className', 'num']],
    },
    ancestors: { ...schema.ancestors, caption: ['table'] },
  };
}
