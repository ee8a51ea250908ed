import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';

/**
 * Elements whose content is not prose: code (script), rules (style), a form's or a
 * window's text (textarea, title), what shows only without scripts or frames (noscript,
 * noembed, noframes), embedded documents (iframe), inert templates and the obsolete xmp.
 */
const NOT_PROSE = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'noscript', 'noembed', 'noframes', 'xmp', 'template']);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g;

/**
 * Raw HTML never reaches the page (remark-rehype drops it, remark-safety warns), but in a
 * paragraph `<script>alert(3)</script>` is three nodes: the tags, and the text between
 * them, which would stay in the page as words. This drops what lies between the opening
 * tag of an element whose content is not prose and its closing tag (or the end of the
 * paragraph, or of the section for a block, as a browser would read it). The tags
 * themselves stay, so remark-safety still says where they were.
 */
export function remarkRawContent() {
  return (tree: Root) => {
    visit(tree, (node: Node) => {
      const parent = node as Partial<Parent>;
      if (parent.children) parent.children = withoutRawContent(parent.children);
    });
  };
}

function withoutRawContent(children: Node[]): Node[] {
  let open: string | undefined;
  const kept: Node[] = [];
  for (const child of children) {
    const html = child.type === 'html' ? (child as Node & { value: string }).value : undefined;
    if (open === undefined) {
      kept.push(child);
      if (html !== undefined) open = openAfter(html, undefined);
      continue;
    }
    if (html === undefined) continue;
    const after = openAfter(html, open);
    // the node that closes the element stays (remark-safety reports it); one inside it goes
    if (after !== open) kept.push(child);
    open = after;
  }
  return kept;
}

/** The element of NOT_PROSE still open after the tags of `html`, when `open` was open before it. */
function openAfter(html: string, open: string | undefined): string | undefined {
  for (const [, slash, name] of html.matchAll(TAG)) {
    const tag = name!.toLowerCase();
    if (open === undefined && !slash && NOT_PROSE.has(tag)) open = tag;
    else if (open !== undefined && slash && tag === open) open = undefined;
  }
  return open;
}
