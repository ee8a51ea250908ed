import type { Parent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Puts text directives back as the text they were written as. remark-directive reads any
 * `:name` inside a line as a directive, so `12:30`, `3:1` and `http://a/b:c` would lose
 * their second half; this tool uses only block directives (`:::table`, `:::chart`), so
 * every inline one is text. Neighbouring text nodes are merged, so a `{{…}}` reference
 * or a soft line break next to it is seen whole by the plugins after this one.
 */
export function remarkLiteralTextDirectives() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node) => 'children' in node, (node) => {
      const parent = node as Parent;
      if (!parent.children.some((child) => child.type === 'textDirective')) return;
      const merged: Parent['children'] = [];
      for (const child of parent.children) {
        const next = child.type === 'textDirective' ? literal(child as TextDirective, source) : child;
        const last = merged.at(-1);
        if (next.type === 'text' && last?.type === 'text') {
          last.value += next.value;
          if (last.position && next.position) last.position = { start: last.position.start, end: next.position.end };
        } else {
          merged.push(next);
        }
      }
      parent.children = merged;
    });
  };
}

function literal(directive: TextDirective, source: string): Text {
  const start = directive.position?.start.offset;
  const end = directive.position?.end.offset;
  const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${directive.name}`;
  return { type: 'text', value, position: directive.position };
}
