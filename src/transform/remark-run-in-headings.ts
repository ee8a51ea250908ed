import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';

/** The class of the block that holds a run-in heading and its text (templates/*.css). */
export const RUN_IN_CLASS = 'run-in';

/**
 * A 公文 often runs a sub-heading into its paragraph: `（一）主动公开情况。2024年，…`, the
 * heading in its level's face, the text after it in the body face (ref §A.5.3). A clerk
 * writes it as a heading line that goes on after its `。`:
 *
 *     ### 主动公开情况。2024年，本机关主动公开…
 *
 * It is numbered as any heading (this plugin runs after remark-heading-numbers, so the
 * counters run on across run-in and ordinary headings), and a paragraph line typed right
 * under it (no blank line between) continues its text. A heading that ends at its `。`
 * stays an ordinary heading.
 *
 * Output: `<div class="run-in"><h3>（一）主动公开情况。</h3><p>2024年，…</p></div>`,
 * the heading and the text set inline on one line: the heading keeps its element (its
 * face, the PDF bookmark, the screen reader's heading list), the paragraph its text.
 */
export function remarkRunInHeadings() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    const children = tree.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      const split = node.type === 'heading' ? splitRunIn(node) : undefined;
      if (node.type !== 'heading' || !split) {
        out.push(node);
        continue;
      }
      const next = children[i + 1];
      if (next?.type === 'paragraph' && continuesOn(node, next)) {
        split.text.push({ type: 'text', value: '\n' } satisfies Text, ...next.children);
        i++;
      }
      out.push(runInBlock(node, split.heading, split.text));
    }
    tree.children = out;
  };
}

interface Split {
  heading: PhrasingContent[];
  text: PhrasingContent[];
}

/** The heading's inline content cut after its first `。` that has text after it. */
export function splitRunIn(node: Heading): Split | undefined {
  const kids = node.children;
  for (let k = 0; k < kids.length; k++) {
    const child = kids[k]!;
    if (child.type !== 'text') continue;
    const at = child.value.indexOf('。');
    if (at < 0) continue;
    const before = child.value.slice(0, at + 1);
    const after = child.value.slice(at + 1).replace(/^[ \t\u3000]+/, '');
    const rest = kids.slice(k + 1);
    if (after === '' && rest.every((r) => r.type === 'text' && r.value.trim() === '')) return undefined;
    const heading: PhrasingContent[] = [...kids.slice(0, k), { ...child, value: before }];
    const text: PhrasingContent[] = [...(after ? [{ type: 'text', value: after } satisfies Text] : []), ...rest];
    return { heading, text };
  }
  return undefined;
}

/** A paragraph that starts on the line right after the heading's (no blank line). */
function continuesOn(heading: Heading, paragraph: Paragraph): boolean {
  const end = heading.position?.end.line;
  const start = paragraph.position?.start.line;
  return end !== undefined && start === end + 1;
}

/**
 * The block as mdast: a paragraph turned into a `<div class="run-in">` holding the heading
 * (`<h2>`–`<h5>` as its depth) and the text (`<p>`), both phrasing nodes renamed for
 * remark-rehype, so nothing between the two (no line break, no space) reaches the HTML.
 */
function runInBlock(node: Heading, heading: PhrasingContent[], text: PhrasingContent[]): Paragraph {
  return {
    type: 'paragraph',
    data: { hName: 'div', hProperties: { className: [RUN_IN_CLASS] } },
    position: node.position,
    children: [
      { type: 'strong', data: { hName: `h${node.depth}` }, children: heading },
      { type: 'emphasis', data: { hName: 'p' }, children: text },
    ],
  };
}
