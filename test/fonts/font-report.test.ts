import { describe, expect, it } from 'vitest';
import {
  aggregateFaces,
  describeCharacters,
  fontProblems,
  formatFontReport,
  judgeFonts,
  judgeRole,
  resolveNames,
  spread,
  type FontOverrides,
  type FontReport,
  type PlatformFont,
} from '../../src/fonts/font-report.js';
import { ROLE_STACKS, type FontRole } from '../../src/fonts/fonts.js';

/** A face as CSS.getPlatformFontsForNode reports it. */
const font = (familyName: string, glyphCount: number): PlatformFont => ({ familyName, postScriptName: familyName.replace(/\s/g, ''), isCustomFont: false, glyphCount });
const stack = (role: FontRole) => ROLE_STACKS.find((s) => s.role === role)!;
/** The problems as `{ role, rule, message }` in one language. */
const problems = (r: FontReport, lang: 'en' | 'zh' = 'en') => fontProblems(r).map((p) => ({ role: p.role, rule: p.message.rule, message: p.message[lang] }));
const NONE: FontOverrides = { body: [], title: [], heading1: [], heading2: [], 'page-number': [] };
const NO_NAMES = new Map<string, string[]>();

/** What this machine's Chromium answers for the Wujin report (Debian's open faces, no office fonts). */
const WUJIN_SAMPLES = {
  roles: {
    body: [[font('Liberation Serif', 1), font('AR PL SungtiL GB', 148)], [font('AR PL SungtiL GB', 365)], [font('AR PL SungtiL GB', 410), font('Liberation Serif', 1)]],
    title: [[font('AR PL SungtiL GB', 25)]],
    heading1: [[font('WenQuanYi Micro Hei', 19)], [font('WenQuanYi Micro Hei', 23)]],
    heading2: [[font('AR PL KaitiM GB', 9)]],
    'page-number': [[font('AR PL SungtiL GB', 14)]],
  },
  named: NO_NAMES,
};

describe('aggregateFaces', () => {
  it('sums glyphs per family over a role\'s nodes, most first, and drops faces that drew nothing', () => {
    expect(aggregateFaces(WUJIN_SAMPLES.roles.body)).toEqual([
      { family: 'AR PL SungtiL GB', glyphs: 923 },
      { family: 'Liberation Serif', glyphs: 2 },
    ]);
    expect(aggregateFaces([[font('B', 3), font('A', 3), font('C', 0)]])).toEqual([
      { family: 'A', glyphs: 3 },
      { family: 'B', glyphs: 3 },
    ]);
    expect(aggregateFaces([])).toEqual([]);
  });
});

describe('judgeRole', () => {
  it('calls an open face of the built-in stack a fallback', () => {
    const body = judgeRole(stack('body'), [], [{ family: 'AR PL SungtiL GB', glyphs: 900 }], NO_NAMES);
    expect(body).toMatchObject({ role: 'body', standard: '仿宋', kind: 'fallback', preferred: false, fallbackGlyphs: 0, foreign: [] });
  });

  it('calls an office face of the role preferred, by its exact family name in any case', () => {
    expect(judgeRole(stack('body'), [], [{ family: 'FangSong_GB2312', glyphs: 900 }], NO_NAMES)).toMatchObject({ kind: 'office', preferred: true });
    expect(judgeRole(stack('heading1'), [], [{ family: 'simhei', glyphs: 20 }], NO_NAMES)).toMatchObject({ kind: 'office', preferred: true });
  });

  it('counts a face the report names in fonts: as intended, even when it is not the standard\'s', () => {
    const body = judgeRole(stack('body'), ['AR PL KaitiM GB'], [{ family: 'AR PL KaitiM GB', glyphs: 900 }], NO_NAMES);
    expect(body).toMatchObject({ kind: 'named', preferred: true });
    expect(problems({ roles: [body], ms: 0 })).toEqual([]);
  });

  it('recognises a named face under another of its names (what the name resolved to in the browser)', () => {
    const resolved = new Map([['文鼎ＰＬ简中楷', ['AR PL KaitiM GB']]]);
    expect(judgeRole(stack('body'), ['文鼎ＰＬ简中楷'], [{ family: 'AR PL KaitiM GB', glyphs: 900 }], resolved)).toMatchObject({ kind: 'named', preferred: true });
  });

  it('counts glyphs from faces outside the whole stack, and calls such a main face foreign', () => {
    const body = judgeRole(stack('body'), [], [{ family: 'AR PL SungtiL GB', glyphs: 900 }, { family: 'DejaVu Sans', glyphs: 12 }, { family: 'Liberation Serif', glyphs: 2 }], NO_NAMES);
    expect(body.fallbackGlyphs).toBe(14);
    expect(body.foreign.map((f) => f.family)).toEqual(['DejaVu Sans', 'Liberation Serif']);
    const title = judgeRole(stack('title'), [], [{ family: 'Noto Serif CJK SC', glyphs: 25 }], NO_NAMES);
    expect(title).toMatchObject({ kind: 'foreign', preferred: false, fallbackGlyphs: 25 });
  });

  it('does not count a named face as outside the stack', () => {
    const body = judgeRole(stack('body'), ['AR PL SungtiL GB', 'Liberation Serif'], [{ family: 'AR PL SungtiL GB', glyphs: 900 }, { family: 'Liberation Serif', glyphs: 2 }], NO_NAMES);
    expect(body).toMatchObject({ kind: 'named', preferred: true, fallbackGlyphs: 0, foreign: [] });
  });

  it('says so when a role has no text', () => {
    const heading2 = judgeRole(stack('heading2'), [], [], NO_NAMES);
    expect(heading2).toMatchObject({ kind: 'absent', preferred: false, used: [] });
    expect(fontProblems({ roles: [heading2], ms: 0 })).toEqual([]);
  });
});

describe('resolveNames', () => {
  // Probe answers in insertion order: the no-such-face probe's two texts (国, 0), then each name's.
  const fallback = [[font('WenQuanYi Zen Hei', 1)], [font('Liberation Serif', 1)]];

  it('resolves an installed name to the face it drew with', () => {
    const probes = [...fallback, [font('AR PL KaitiM GB', 1)], [font('AR PL KaitiM GB', 1)]];
    expect(resolveNames(['文鼎ＰＬ简中楷'], probes)).toEqual(new Map([['文鼎ＰＬ简中楷', ['AR PL KaitiM GB']]]));
  });

  it('resolves a name that is not installed to nothing (it fell through to the last resort)', () => {
    const probes = [...fallback, [font('WenQuanYi Zen Hei', 1)], [font('Liberation Serif', 1)]];
    expect(resolveNames(['方正仿宋_GBK'], probes).get('方正仿宋_GBK')).toEqual([]);
  });

  it('resolves a Latin-only face by its digits, and the last resort itself by its own name', () => {
    const probes = [...fallback, [font('WenQuanYi Zen Hei', 1)], [font('DejaVu Sans', 1)], [font('WenQuanYi Zen Hei', 1)], [font('Liberation Serif', 1)]];
    const resolved = resolveNames(['DejaVu Sans', 'Liberation Serif'], probes);
    expect(resolved.get('DejaVu Sans')).toEqual(['DejaVu Sans']);
    expect(resolved.get('Liberation Serif')).toEqual(['Liberation Serif']);
  });
});

describe('fontProblems and formatFontReport', () => {
  const report: FontReport = { roles: judgeFonts(WUJIN_SAMPLES, NONE), ms: 12 };
  report.roles[0]!.foreign[0]!.characters.push('–');

  it('warns per role that fell back, with what to install, and per face outside the stack, with its characters', () => {
    expect(problems(report)).toEqual([
      { role: 'body', rule: 'font-fallback', message: 'body 仿宋 fell back to AR PL SungtiL GB (install 仿宋_GB2312 or FangSong, or set fonts.body)' },
      { role: 'body', rule: 'font-missing-glyph', message: '2 glyphs of body ("–" U+2013) were drawn with Liberation Serif, which is not in its font stack (add a face that has them to fonts.body, or use other characters)' },
      { role: 'title', rule: 'font-fallback', message: 'title 小标宋 fell back to AR PL SungtiL GB (install 方正小标宋简体 or FZXiaoBiaoSong-B05S, or set fonts.title)' },
      { role: 'heading1', rule: 'font-fallback', message: 'heading1 黑体 fell back to WenQuanYi Micro Hei (install 黑体 or SimHei, or set fonts.heading1)' },
      { role: 'heading2', rule: 'font-fallback', message: 'heading2 楷体 fell back to AR PL KaitiM GB (install 楷体_GB2312 or KaiTi, or set fonts.heading2)' },
      { role: 'page-number', rule: 'font-fallback', message: 'page-number 宋体 fell back to AR PL SungtiL GB (install 宋体 or SimSun, or set fonts.page-number)' },
    ]);
  });

  it('says "1 glyph … was" for one, and leaves the characters out when they are not known', () => {
    const body = judgeRole(stack('body'), [], [{ family: 'FangSong', glyphs: 900 }, { family: 'DejaVu Sans', glyphs: 1 }], NO_NAMES);
    expect(problems({ roles: [body], ms: 0 })).toEqual([
      { role: 'body', rule: 'font-missing-glyph', message: '1 glyph of body was drawn with DejaVu Sans, which is not in its font stack (add a face that has them to fonts.body, or use other characters)' },
    ]);
  });

  it('warns in Chinese too, naming the kind of text and the fonts: key to set', () => {
    expect(problems(report, 'zh').slice(0, 2)).toEqual([
      { role: 'body', rule: 'font-fallback', message: '正文应使用仿宋，实际使用了替代字体“AR PL SungtiL GB”（请安装 仿宋_GB2312 或 FangSong，或在 fonts.body 中指定本机已有的字体）' },
      { role: 'body', rule: 'font-missing-glyph', message: '正文中有 2 个字形（“–” U+2013）由“Liberation Serif”绘制，该字体不在正文字体列表中（请在 fonts.body 中添加含这些字符的字体，或改用其他字符）' },
    ]);
  });

  it('prints the lines in Chinese with the role key beside its name', () => {
    expect(formatFontReport(report, 'zh')).toEqual([
      '  正文（body，仿宋）：AR PL SungtiL GB — 替代字体；另有 2 个字形（“–” U+2013）来自 Liberation Serif（不在字体列表中）',
      '  标题（title，小标宋）：AR PL SungtiL GB — 替代字体',
      '  一级标题（heading1，黑体）：WenQuanYi Micro Hei — 替代字体',
      '  二级标题（heading2，楷体）：AR PL KaitiM GB — 替代字体',
      '  页码（page-number，宋体）：AR PL SungtiL GB — 替代字体',
    ]);
    const named = judgeFonts({ ...WUJIN_SAMPLES, roles: { ...WUJIN_SAMPLES.roles, heading2: [] } }, { ...NONE, body: ['AR PL SungtiL GB'] });
    expect(formatFontReport({ roles: named, ms: 0 }, 'zh')[0]).toBe('  正文（body，仿宋）：AR PL SungtiL GB — fonts.body 中指定的字体；另有 2 个字形来自 Liberation Serif（不在字体列表中）');
    expect(formatFontReport({ roles: named, ms: 0 }, 'zh')[3]).toBe('  二级标题（heading2，楷体）：无此类文字');
  });

  it('prints one compact line per role', () => {
    expect(formatFontReport(report)).toEqual([
      '  body (仿宋): AR PL SungtiL GB — fallback; 2 glyphs ("–" U+2013) from Liberation Serif, not in the stack',
      '  title (小标宋): AR PL SungtiL GB — fallback',
      '  heading1 (黑体): WenQuanYi Micro Hei — fallback',
      '  heading2 (楷体): AR PL KaitiM GB — fallback',
      '  page-number (宋体): AR PL SungtiL GB — fallback',
    ]);
    const named = judgeFonts({ ...WUJIN_SAMPLES, roles: { ...WUJIN_SAMPLES.roles, heading2: [] } }, { ...NONE, body: ['AR PL SungtiL GB'] });
    expect(formatFontReport({ roles: named, ms: 0 })[0]).toBe('  body (仿宋): AR PL SungtiL GB — named in fonts.body; 2 glyphs from Liberation Serif, not in the stack');
    expect(formatFontReport({ roles: named, ms: 0 })[3]).toBe('  heading2 (楷体): no text');
  });
});

describe('helpers', () => {
  it('spread keeps at most the limit, evenly, first and last included', () => {
    expect(spread([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(spread(Array.from({ length: 100 }, (_, i) => i), 5)).toEqual([0, 25, 50, 74, 99]);
    expect(spread([1, 2, 3], 1)).toEqual([1]);
  });

  it('describeCharacters quotes each with its code point, five at most', () => {
    expect(describeCharacters(['–', '·'])).toBe('"–" U+2013, "·" U+00B7');
    expect(describeCharacters(['𠀀'])).toBe('"𠀀" U+20000');
    expect(describeCharacters(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('"a" U+0061, "b" U+0062, "c" U+0063, "d" U+0064, "e" U+0065 and 2 more');
    expect(describeCharacters(['–', '·'], 'zh')).toBe('“–” U+2013、“·” U+00B7');
    expect(describeCharacters(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'zh')).toBe('“a” U+0061、“b” U+0062、“c” U+0063、“d” U+0064、“e” U+0065 等共 7 个字符');
  });
});
