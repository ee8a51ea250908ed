import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/docx/inline.js';

function textOf(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return plainText((tree.children[0] as Element).children);
}

describe('a block’s text, as the browser lays it out', () => {
  it('collapses white space to one space and trims the ends, also across elements', () => {
    expect(textOf('<p>  Open data\n  portal <strong> now </strong> live </p>')).toBe('Open data portal now live');
    expect(textOf('<p>全区共<strong>16</strong>件。</p>')).toBe('全区共16件。');
  });

  it('keeps a line break, with no space around it', () => {
    expect(textOf('<p>第一行 <br> 第二行</p>')).toBe('第一行\n第二行');
  });

  it('takes the text of links and code, and nothing of a stray SVG', () => {
    expect(textOf('<p>见<a href="https://example.org">网站</a>和<code>report.yaml</code><svg><text>x</text></svg>。</p>')).toBe('见网站和report.yaml。');
  });
});
