import type { Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Chinese text has no spaces between words, so a soft line break between two lines of
 * Chinese must vanish, not turn into a space as CommonMark says. A break is dropped when
 * the character on either side is CJK (ideographs, CJK and full-width punctuation,
 * “”‘’ and —), so `…成绩。\n2021年…` joins too. Breaks between two Latin words stay.
 *
 * remark-join-cjk-lines does this only when both sides are CJK, misses “” and breaks
 * at inline boundaries (`**粗体**\n中文`), so this small plugin replaces it.
 */
export function remarkCjkBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!node.value.includes('\n')) return;
      const before = index !== undefined && parent ? lastChar(parent.children[index - 1]) : '';
      const after = index !== undefined && parent ? firstChar(parent.children[index + 1]) : '';
      node.value = node.value.replace(/[ \t]*\n[ \t]*/g, (whole: string, offset: number, all: string) => {
        const l = offset === 0 ? before : all.charAt(offset - 1);
        const r = offset + whole.length === all.length ? after : all.charAt(offset + whole.length);
        return isWide(l) || isWide(r) ? '' : '\n';
      });
    });
  };
}

const WIDE = /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/u;

function isWide(ch: string): boolean {
  return ch !== '' && WIDE.test(ch);
}

function textOf(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { value?: unknown; children?: unknown[] };
  if (typeof n.value === 'string') return n.value;
  return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
}

function lastChar(node: unknown): string {
  const text = textOf(node);
  return text.slice(-1);
}

function firstChar(node: unknown): string {
  return textOf(node).slice(0, 1);
}
