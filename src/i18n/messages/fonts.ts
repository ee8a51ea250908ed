import { entry } from '../entry.js';

/** The font roles of the print stylesheet, as report.yaml `fonts:` names them. */
type Role = 'body' | 'title' | 'heading1' | 'heading2' | 'page-number';
/** Where a role's main face comes from (fonts/font-report.ts `FaceKind`). */
type Kind = 'office' | 'named' | 'fallback' | 'foreign' | 'absent';

/** The kind of text each role sets, as a 公文 office names it. */
const ROLE_ZH: Record<Role, string> = { body: '正文', title: '标题', heading1: '一级标题', heading2: '二级标题', 'page-number': '页码' };

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** `"–" U+2013, "·" U+00B7`: quoted with code points, since such characters look alike; at most five. */
export function charactersEn(characters: readonly string[]): string {
  const shown = characters.slice(0, 5).map((c) => `"${c}" ${codePoint(c)}`);
  return characters.length > 5 ? `${shown.join(', ')} and ${characters.length - 5} more` : shown.join(', ');
}

/** `“–” U+2013、“·” U+00B7`, at most five, then how many in all. */
export function charactersZh(characters: readonly string[]): string {
  const shown = characters.slice(0, 5).map((c) => `“${c}” ${codePoint(c)}`);
  return characters.length > 5 ? `${shown.join('、')} 等共 ${characters.length} 个字符` : shown.join('、');
}

/** A face that drew part of a role: `2 glyphs ("–" U+2013) from Liberation Serif, not in the stack`. */
export interface ExtraFace {
  face: string;
  glyphs: number;
  characters: readonly string[];
  /** Outside the role's whole stack (the system's last resort). */
  foreign: boolean;
}

const KIND_EN: Record<Kind, (role: Role) => string> = {
  office: () => 'office face',
  named: (role) => `named in fonts.${role}`,
  fallback: () => 'fallback',
  foreign: () => 'fallback (not in the stack)',
  absent: () => 'no text',
};

const KIND_ZH: Record<Kind, (role: Role) => string> = {
  office: () => '公文标准字体',
  named: (role) => `fonts.${role} 中指定的字体`,
  fallback: () => '替代字体',
  foreign: () => '替代字体（不在字体列表中）',
  absent: () => '无此类文字',
};

/** Messages about the font report of PDF builds and `report doctor`. */
export const fonts = {
  'font-fallback': entry({
    en: (a: { role: Role; standard: string; face: string; install: readonly string[] }) =>
      `${a.role} ${a.standard} fell back to ${a.face} (install ${a.install.join(' or ')}, or set fonts.${a.role})`,
    zh: (a) =>
      `${ROLE_ZH[a.role]}应使用${a.standard}，实际使用了替代字体“${a.face}”（请安装 ${a.install.join(' 或 ')}，或在 fonts.${a.role} 中指定本机已有的字体）`,
    example: { role: 'body', standard: '仿宋', face: 'AR PL SungtiL GB', install: ['仿宋_GB2312', 'FangSong'] },
  }),
  'font-missing-glyph': entry({
    en: (a: { role: Role; glyphs: number; characters: readonly string[]; face: string }) =>
      `${a.glyphs === 1 ? '1 glyph' : `${a.glyphs} glyphs`} of ${a.role}${a.characters.length > 0 ? ` (${charactersEn(a.characters)})` : ''} ${a.glyphs === 1 ? 'was' : 'were'} drawn with ${a.face}, which is not in its font stack (add a face that has them to fonts.${a.role}, or use other characters)`,
    zh: (a) =>
      `${ROLE_ZH[a.role]}中有 ${a.glyphs} 个字形${a.characters.length > 0 ? `（${charactersZh(a.characters)}）` : ''}由“${a.face}”绘制，该字体不在${ROLE_ZH[a.role]}字体列表中（请在 fonts.${a.role} 中添加含这些字符的字体，或改用其他字符）`,
    example: { role: 'body', glyphs: 2, characters: ['–'], face: 'Liberation Serif' },
  }),

  /** The heading of the font report after a PDF build. */
  'ui.fonts.heading': entry({ en: () => 'fonts:', zh: () => '字体：', example: {} }),
  /** One role of the font report: `  body (仿宋): AR PL SungtiL GB — fallback`. */
  'ui.fonts.role': entry({
    en: (a: { role: Role; standard: string; face?: string; kind: Kind; extras: readonly ExtraFace[] }) => {
      if (a.face === undefined) return `  ${a.role} (${a.standard}): ${KIND_EN.absent(a.role)}`;
      const extras = a.extras.map(
        (e) => `${e.glyphs} ${e.glyphs === 1 ? 'glyph' : 'glyphs'}${e.characters.length > 0 ? ` (${charactersEn(e.characters)})` : ''} from ${e.face}${e.foreign ? ', not in the stack' : ''}`,
      );
      return `  ${a.role} (${a.standard}): ${a.face} — ${KIND_EN[a.kind](a.role)}${extras.length > 0 ? `; ${extras.join(', ')}` : ''}`;
    },
    zh: (a) => {
      const head = `  ${ROLE_ZH[a.role]}（${a.role}，${a.standard}）：`;
      if (a.face === undefined) return `${head}${KIND_ZH.absent(a.role)}`;
      const extras = a.extras.map(
        (e) => `${e.glyphs} 个字形${e.characters.length > 0 ? `（${charactersZh(e.characters)}）` : ''}来自 ${e.face}${e.foreign ? '（不在字体列表中）' : ''}`,
      );
      return `${head}${a.face} — ${KIND_ZH[a.kind](a.role)}${extras.length > 0 ? `；另有 ${extras.join('，')}` : ''}`;
    },
    example: { role: 'body', standard: '仿宋', face: 'AR PL SungtiL GB' as string | undefined, kind: 'fallback', extras: [{ face: 'Liberation Serif', glyphs: 2, characters: ['–'], foreign: true }] },
  }),
};
