import type { Paragraph } from 'mdast';

/**
 * The source lines a paragraph spans, whole (with the indentation before its first
 * character), and the offset where each starts. Only for paragraphs at the top of a section
 * or in a `:::table`, whose lines carry no container prefix (`>`, a list marker).
 */
export function blockLines(node: Paragraph, source: string): Array<{ text: string; offset: number }> {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const first = source.lastIndexOf('\n', start - 1) + 1;
  const lines: Array<{ text: string; offset: number }> = [];
  let offset = first;
  for (const text of source.slice(first, end).split('\n')) {
    lines.push({ text: text.replace(/\r$/, ''), offset });
    offset += text.length + 1;
  }
  return lines;
}
