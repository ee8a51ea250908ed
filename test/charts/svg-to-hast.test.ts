import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { svgToHast } from '../../src/charts/svg-to-hast.js';

describe('svgToHast', () => {
  it('keeps shapes and text, drops style elements, classes and metadata, and hoists the font', () => {
    const svg = [
      '<svg width="640" height="320" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320">',
      '<path d="M1 2L3 4Z" fill="#5070dd" class="zr0-cls-1" ecmeta_series_index="0"></path>',
      '<text dominant-baseline="central" text-anchor="end" style="font-size:15px;font-family:黑体, sans-serif;" transform="translate(67 220)" fill="#000">收到</text>',
      '<text style="font-size:15px;font-family:黑体, sans-serif;font-weight:bold" x="1" y="2">受理</text>',
      '<style><![CDATA[.zr0-cls-1:hover { cursor:pointer; }]]></style>',
      '</svg>',
    ].join('');
    expect(toHtml(svgToHast(svg)).replace(/\n/g, '')).toBe(
      '<svg viewBox="0 0 640 320" font-family="黑体, sans-serif">' +
        '<path d="M1 2L3 4Z" fill="#5070dd"></path>' +
        '<text text-anchor="end" dominant-baseline="central" font-size="15px" fill="#000" transform="translate(67 220)">收到</text>' +
        '<text x="1" y="2" font-size="15px">受理</text>' +
        '</svg>',
    );
  });

  it('drops whatever is not on the allow list: script, foreignObject, handlers, links, url() paint', () => {
    const svg = [
      '<svg viewBox="0 0 10 10" onload="alert(1)">',
      '<script>alert(2)</script>',
      '<foreignObject><div>x</div></foreignObject>',
      '<a href="javascript:alert(3)"><text x="1" y="1">link</text></a>',
      '<rect x="0" y="0" width="1" height="1" fill="url(http://198.51.100.7/x)" onclick="alert(4)"></rect>',
      '<image href="http://198.51.100.7/x.png"></image>',
      '<text x="1" y="1" style="font-family:x;background:url(http://198.51.100.7/)">ok</text>',
      '</svg>',
    ].join('');
    const html = toHtml(svgToHast(svg)).replace(/\n/g, '');
    expect(html).toBe('<svg viewBox="0 0 10 10" font-family="x"><rect x="0" y="0" width="1" height="1"></rect><text x="1" y="1">ok</text></svg>');
  });
});
