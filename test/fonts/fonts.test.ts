import { describe, expect, it } from 'vitest';
import { fontVariablesCss } from '../../src/fonts/fonts.js';

const NONE = { body: [], title: [], heading1: [], heading2: [], 'page-number': [] };

describe('fontVariablesCss', () => {
  it('quotes the report\'s faces first in each role\'s stack', () => {
    const css = fontVariablesCss({ fonts: { ...NONE, body: ['方正仿宋_GBK', 'AR PL SungtiL GB'] } });
    expect(css).toMatch(/^ {2}--font-body: "方正仿宋_GBK", "AR PL SungtiL GB", "仿宋_GB2312",/m);
  });

  // the schema refuses such names; the stylesheet must hold even if one got through
  it('escapes what could end the CSS string or the <style> element', () => {
    const css = fontVariablesCss({ fonts: { ...NONE, title: ['x"; } </style><script>\n'] } });
    const line = css.split('\n').find((l) => l.includes('--font-title'))!;
    expect(line).toContain('"x\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c script\\3e \\a "');
    expect(css).not.toMatch(/<|>|\n"/);
  });
});
