import { describe, expect, it } from 'vitest';
import { render } from '../../helpers/typing-messages.js';

describe('remarkFullwidthBraces', () => {
  it('reports full-width braces at the first one, naming them, with the reference to write', async () => {
    const { texts } = await render('评查合格率达｛｛行政执法.评查合格率｝｝。\n');
    expect(texts).toEqual([[
      '1:7 fullwidth-braces metric reference "｛｛行政执法.评查合格率｝｝" typed with full-width "｛｛" and "｝｝" prints as typed (write "{{行政执法.评查合格率}}")',
      '指标引用“｛｛行政执法.评查合格率｝｝”使用了全角的“｛｛”“｝｝”，会原样印出（应为“{{行政执法.评查合格率}}”）',
    ]]);
  });

  it('finds mixed braces, a full-width ｜ and ：, and points at the first full-width brace', async () => {
    const mixed = await render('达{｛行政执法.评查合格率｝}，共{{行政复议.收到｝｝件\n');
    expect(mixed.places).toEqual(['1:3 fullwidth-braces', '1:27 fullwidth-braces']);
    expect(mixed.texts[0]![0]).toContain('full-width "{｛" and "｝}"');
    const format = await render('｛｛行政复议.直接纠错率 ｜ percent：1｝｝\n');
    expect(format.texts[0]![0]).toContain('full-width "｛｛" and "｝｝" and "｜" and "：" prints as typed (write "{{行政复议.直接纠错率 | percent:1}}")');
  });

  it('leaves ASCII references and inline code alone', async () => {
    expect((await render('共`｛｛行政复议.收到｝｝`件，单个｛括号｝不算。\n')).places).toEqual([]);
  });
});
