import type { Options as Schema } from 'rehype-sanitize';
import { SVG_ALLOW_LIST } from '../charts/svg-allow-list.js';

/**
 * What metric tables and charts add to the sanitizer's schema, and nothing more:
 * `<caption>`, `<figure>`/`<figcaption>`, fixed class names (`metric-table`, `num`,
 * `metric-chart`), and the SVG elements and attributes of the chart allow list, each
 * attribute with the pattern its value must match and each element only inside an
 * `<svg>`. `scope` is allowed on every element already.
 */
export function allowMetricBlocks(schema: Schema): Schema {
  const attributes = schema.attributes ?? {};
  const svgAttributes = Object.fromEntries(Object.entries(SVG_ALLOW_LIST).map(([tag, list]) => [tag, list.map(([name, pattern]) => [name, pattern] as [string, RegExp])]));
  const svgAncestors = Object.fromEntries(Object.keys(SVG_ALLOW_LIST).filter((tag) => tag !== 'svg').map((tag) => [tag, ['svg']]));
  return {
    ...schema,
    tagNames: [...(schema.tagNames ?? []), 'caption', 'figure', 'figcaption', ...Object.keys(SVG_ALLOW_LIST)],
    attributes: {
      ...attributes,
      table: [...(attributes.table ?? []), ['className', 'metric-table']],
      th: [...(attributes.th ?? []), ['className', 'num']],
      td: [...(attributes.td ?? []), ['className', 'num']],
      figure: [['className', 'metric-chart']],
      ...svgAttributes,
    },
    ancestors: { ...schema.ancestors, caption: ['table'], figcaption: ['figure'], svg: ['figure'], ...svgAncestors },
  };
}
