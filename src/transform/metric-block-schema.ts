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
      table: withClasses(attributes.table, ['metric-table']),
      th: withClasses(attributes.th, ['num']),
      td: withClasses(attributes.td, ['num']),
      figure: [['className', 'metric-chart']],
      ...svgAttributes,
    },
    ancestors: { ...schema.ancestors, caption: ['table'], figcaption: ['figure'], svg: ['figure'], ...svgAncestors },
  };
}

type AttributeList = NonNullable<Schema['attributes']>[string];

/**
 * An element's allowed attributes with more allowed class names. The sanitizer reads one
 * definition per attribute, so the names join an existing `className` entry (another
 * part of the schema may have allowed classes on the same element) instead of adding a
 * second one that would be ignored.
 */
function withClasses(list: AttributeList | undefined, classes: string[]): AttributeList {
  const entries = list ?? [];
  const existing = entries.find((entry): entry is [string, ...Array<string | number | boolean | RegExp | null | undefined>] => Array.isArray(entry) && entry[0] === 'className');
  const others = entries.filter((entry) => entry !== existing);
  return [...others, ['className', ...(existing ? existing.slice(1) : []), ...classes] as [string, ...string[]]];
}
