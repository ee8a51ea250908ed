import type { Manifest } from '../validate/manifest-schema.js';

export type FontRole = 'body' | 'title' | 'heading1' | 'heading2' | 'page-number';

/** A role's faces: the standard's (installed office fonts) first, then open fallbacks. */
export interface RoleStack {
  role: FontRole;
  /** What GB/T 9704 names for the role. */
  standard: string;
  /** Office font names that are the standard's face. */
  preferred: string[];
  /**
   * Open TrueType faces from Debian packages, which Chromium embeds as CID fonts with
   * correct text (docs: chromium-pdf-notes). CFF faces (Noto CJK, Source Han) are left
   * out on purpose: Chromium turns them into Type 3 glyphs.
   */
  fallback: string[];
}

export const ROLE_STACKS: readonly RoleStack[] = [
  { role: 'body', standard: '仿宋', preferred: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '方正仿宋_GBK', 'FZFangSong-Z02S', 'STFangsong', '华文仿宋'], fallback: ['AR PL SungtiL GB'] },
  { role: 'title', standard: '小标宋', preferred: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '小标宋'], fallback: ['AR PL SungtiL GB'] },
  { role: 'heading1', standard: '黑体', preferred: ['黑体', 'SimHei', '方正黑体_GBK', 'FZHei-B01S'], fallback: ['WenQuanYi Micro Hei', 'WenQuanYi Zen Hei'] },
  { role: 'heading2', standard: '楷体', preferred: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '方正楷体_GBK', 'STKaiti', '华文楷体'], fallback: ['AR PL KaitiM GB', 'LXGW WenKai'] },
  { role: 'page-number', standard: '宋体', preferred: ['宋体', 'SimSun', '方正书宋_GBK'], fallback: ['AR PL SungtiL GB'] },
];

/** A role's full stack for this report: the manifest's faces, then the built-in ones. */
export function roleFamilies(manifest: Pick<Manifest, 'fonts'>, stack: RoleStack): string[] {
  return [...new Set([...manifest.fonts[stack.role], ...stack.preferred, ...stack.fallback])];
}

/** `:root { --font-body: "仿宋_GB2312", …; … }` for the print stylesheet. */
export function fontVariablesCss(manifest: Pick<Manifest, 'fonts'>): string {
  const lines = ROLE_STACKS.map((stack) => `  --font-${stack.role}: ${roleFamilies(manifest, stack).map(quoteFamily).join(', ')};`);
  return `:root {\n${lines.join('\n')}\n}`;
}

/**
 * A CSS string for a family name. The schema allows only plain names; anything else is
 * escaped all the same (`\3c ` for `<`), so no value can end the string or the `<style>`.
 */
function quoteFamily(name: string): string {
  return `"${name.replace(/[^\p{L}\p{M}\p{N} _.+&()-]/gu, (ch) => `\\${ch.codePointAt(0)!.toString(16)} `)}"`;
}
