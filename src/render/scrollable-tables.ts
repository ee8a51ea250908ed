import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** The class of the box a table scrolls in (templates/web.css). */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * A section's HTML for the portal page, each table in a box of its own that scrolls
 * sideways when the table is wider than the screen (templates/web.css), so a figure never
 * has to break and the page itself never scrolls sideways (WCAG 1.4.10). The box is a
 * named region a keyboard can reach (tabindex 0), so it can be scrolled without a mouse
 * (axe: scrollable-region-focusable); its name is the table's caption, or for a standard
 * table of the disclosure annual report, which has none, the heading above it.
 * The print page keeps its tables as they are.
 */
export function scrollableTables(html: string): string {
  if (!html.includes('<table')) return html;
  const tree = fromHtml(html, { fragment: true });
  let heading = '';
  visit(tree, 'element', (node: Element, index, parent) => {
    if (/^h[1-6]$/.test(node.tagName)) {
      heading = textOf(node).trim();
      return SKIP;
    }
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
    const label = (caption ? textOf(caption).trim() : '') || heading || '表格';
    const box: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: [TABLE_SCROLL_CLASS], role: 'region', ariaLabel: label, tabIndex: 0 },
      children: [node],
    };
    (parent as Root | Element).children[index] = box;
    return SKIP;
  });
  return toHtml(tree);
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
