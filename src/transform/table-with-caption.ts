import type { Element } from 'hast';
import type { Table } from 'mdast';
import { defaultHandlers, type State } from 'mdast-util-to-hast';

declare module 'mdast' {
  interface TableData {
    /** The 表题 a `:::table{caption="…"}` around a GFM table gives it. */
    caption?: string;
  }
}

/**
 * remark-rehype's table handler, plus the `<caption>` a GFM table got from the
 * `:::table{caption="…"}` around it (a caption has to be the table's first child, which
 * no mdast node can become on its own).
 */
export function tableWithCaption(state: State, node: Table): Element {
  const table = defaultHandlers.table(state, node);
  const caption = node.data?.caption;
  if (caption !== undefined) {
    table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: caption }] });
  }
  return table;
}
