import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { Lang } from '../i18n/lang.js';
import { msg, say, type Message } from '../i18n/message.js';
import { charactersEn, charactersZh } from '../i18n/messages/fonts.js';
import type { Manifest } from '../validate/manifest-schema.js';
import { fontVariablesCss, ROLE_STACKS, type FontRole, type RoleStack } from './fonts.js';
import { renderPage } from '../render/page.js';

/** The report's own faces per role (report.yaml `fonts:`), tried before the built-in ones. */
export type FontOverrides = Manifest['fonts'];

/** One face as Chromium reports it (CDP `CSS.getPlatformFontsForNode`). */
export interface PlatformFont {
  familyName: string;
  postScriptName?: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** What the browser drew: per role, the faces of each sampled node; per named face, what it resolves to. */
export interface FontSamples {
  roles: Record<FontRole, PlatformFont[][]>;
  /** The faces a name from `fonts:` resolves to on this machine (empty when it is not installed). */
  named: Map<string, string[]>;
}

/** A face and how many glyphs of a role it drew. */
export interface FaceUse {
  family: string;
  glyphs: number;
}

/** A face outside the role's stack, and the characters of the sample it drew. */
export interface ForeignFace extends FaceUse {
  characters: string[];
}

/**
 * Where a role's main face comes from: an office face of the standard's role, a face the
 * report named in `fonts:`, an open fallback of the built-in stack, a face outside the
 * whole stack (the system's last resort), or no text of the role at all.
 */
export type FaceKind = 'office' | 'named' | 'fallback' | 'foreign' | 'absent';

/** Which faces one role was actually drawn with, and whether that is what the report meant. */
export interface RoleFontReport {
  role: FontRole;
  /** The face GB/T 9704 names for the role, e.g. 仿宋. */
  standard: string;
  /** Faces by glyphs drawn, most first; the first is the main face. */
  used: FaceUse[];
  kind: FaceKind;
  /** The main face is an office face of the role or one the report named. */
  preferred: boolean;
  /** Glyphs drawn with faces outside the role's whole stack (characters its faces lack). */
  fallbackGlyphs: number;
  /** Those faces, with the characters they drew (found when the page is at hand). */
  foreign: ForeignFace[];
}

/** The faces of every role, and what finding them cost. */
export interface FontReport {
  roles: RoleFontReport[];
  /** Milliseconds the query added to the build. */
  ms: number;
}

/** One warning about a role's faces (`font-fallback`, `font-missing-glyph`), without a place: the caller knows the file. */
export interface FontProblem {
  role: FontRole;
  message: Message;
}

const PROBES_ID = 'report-font-probes';

/**
 * The elements each role's face is read from. Page-number margin boxes are not DOM nodes,
 * so the page number is read from a hidden probe set in its font (inserted, then removed).
 */
export const ROLE_SELECTORS: Readonly<Record<FontRole, string>> = {
  body: '.document .body p, .document .body li:not(:has(p)), .document .body td, .document .body tbody th',
  title: '.document .title, .masthead .organ',
  // 表题, 图题 and table heads are set in 黑体, as 一、 headings are (templates/print.css)
  heading1: '.document h2, .document .body caption, .document .body thead th, .document .body figcaption',
  heading2: '.document h3',
  'page-number': `#${PROBES_ID} .page-number`,
};

/**
 * At most this many nodes are queried per role, spread over the document: the body of a
 * long report has hundreds of paragraphs, and each query costs about half a millisecond.
 */
export const SAMPLE_LIMIT = 60;

/** What a name is probed with: a Han character and a digit, so Latin-only faces resolve too. */
const PROBE_TEXTS = ['国', '0'];
/** A family no machine has: what it resolves to is the browser's last resort. */
const NO_SUCH_FACE = 'report-no-such-face';

/**
 * Reads, per role, the platform faces Chromium drew the loaded page's text with (through
 * the DevTools protocol), judges them against the role's stack, and names the characters
 * drawn with faces outside it. Leaves the page as it found it.
 */
export async function reportFonts(page: Page, overrides: FontOverrides): Promise<FontReport> {
  const started = performance.now();
  const names = namedFaces(overrides);
  let cdp: CDPSession | undefined;
  try {
    await page.evaluate(insertProbes, PROBES_ID, names.length > 0 ? [NO_SUCH_FACE, ...names] : [], PROBE_TEXTS);
    cdp = await page.createCDPSession();
    const query = await fontQuery(cdp);
    const [perRole, probes] = await Promise.all([Promise.all(ROLE_STACKS.map((stack) => query(ROLE_SELECTORS[stack.role], (count) => spread(all(count), SAMPLE_LIMIT)))), query(`#${PROBES_ID} .face`)]);
    const samples: FontSamples = {
      roles: Object.fromEntries(ROLE_STACKS.map((stack, i) => [stack.role, perRole[i]!.fonts])) as FontSamples['roles'],
      named: resolveNames(names, probes.fonts),
    };
    const judged = judgeFonts(samples, overrides);
    const roles = await nameMissingCharacters(page, query, judged, perRole);
    return { roles, ms: performance.now() - started };
  } catch (error) {
    throw new Error(`failed to read the fonts Chromium used (${(error as Error).message.split('\n')[0]})`, { cause: error });
  } finally {
    await cdp?.detach().catch(() => undefined);
    await page.evaluate((id) => document.getElementById(id)?.remove(), PROBES_ID).catch(() => undefined);
  }
}

/** Sampled nodes of a selector: their indices among all its matches, and their faces. */
interface Sample {
  indices: number[];
  fonts: PlatformFont[][];
}

/** Queries the faces of the nodes `pick` chooses (by index) among a selector's matches. */
type Query = (selector: string, pick?: (count: number) => number[]) => Promise<Sample>;

const all = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

/** A query over the page's current DOM. */
async function fontQuery(cdp: CDPSession): Promise<Query> {
  await Promise.all([cdp.send('DOM.enable'), cdp.send('CSS.enable')]);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  return async (selector, pick = all) => {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const indices = pick(nodeIds.length);
    // The protocol answers in order; sending every query at once saves the round trips.
    const fonts = await Promise.all(indices.map(async (i) => (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: nodeIds[i]! })).fonts));
    return { indices, fonts };
  };
}

/**
 * Which characters the faces outside a stack drew. The distinct characters of the sampled
 * nodes that used such a face are set in hidden probes in the node's own font stack, in
 * chunks; only the characters of chunks that show a foreign face are then probed one by
 * one. Costs nothing when every glyph came from the stack.
 */
async function nameMissingCharacters(page: Page, query: Query, roles: RoleFontReport[], samples: readonly Sample[]): Promise<RoleFontReport[]> {
  const targets = roles.flatMap((role, r) => {
    if (role.foreign.length === 0) return [];
    const sample = samples[r]!;
    const foreign = new Set(role.foreign.map((face) => face.family));
    const indices = sample.indices.filter((_, k) => sample.fonts[k]!.some((font) => foreign.has(font.familyName)));
    return [{ role: r, selector: ROLE_SELECTORS[role.role], indices }];
  });
  if (targets.length === 0) return roles;
  const result = roles.map((role) => ({ ...role, foreign: role.foreign.map((face) => ({ ...face, characters: [] as string[] })) }));
  const foreignIn = (fonts: readonly PlatformFont[] | undefined, role: number) => result[role]!.foreign.filter((face) => fonts?.some((font) => font.familyName === face.family));

  const chunks = await page.evaluate(insertChunkProbes, PROBES_ID, targets, CHARACTER_LIMIT, CHUNK);
  const chunkFonts = (await query(`#${PROBES_ID} .chunk`)).fonts;
  const suspects = chunks.filter((chunk, c) => foreignIn(chunkFonts[c], targets[chunk.target]!.role).length > 0);
  if (suspects.length === 0) return result;
  const singles = suspects.flatMap((chunk) => Array.from(chunk.text).map((character) => ({ character, family: chunk.family, role: targets[chunk.target]!.role })));
  await page.evaluate(insertSingleProbes, PROBES_ID, singles);
  const singleFonts = (await query(`#${PROBES_ID} .char`)).fonts;
  singles.forEach((single, k) => {
    for (const face of foreignIn(singleFonts[k], single.role)) if (!face.characters.includes(single.character)) face.characters.push(single.character);
  });
  return result;
}

/** At most this many distinct characters per role are probed. */
const CHARACTER_LIMIT = 2000;
/** Characters per chunk probe: a chunk that shows a foreign face is then probed character by character. */
const CHUNK = 16;

interface ChunkProbe {
  target: number;
  family: string;
  text: string;
}

/**
 * Runs in the page: the distinct characters of each target's sampled nodes, in chunks,
 * each chunk a span in the node's computed font stack (the stack of the node the chunk
 * starts in). Returns the chunks in the spans' order.
 */
function insertChunkProbes(id: string, targets: Array<{ selector: string; indices: number[] }>, limit: number, size: number): ChunkProbe[] {
  const box = document.getElementById(id)!;
  const chunks: ChunkProbe[] = [];
  targets.forEach(({ selector, indices }, target) => {
    const nodes = document.querySelectorAll<HTMLElement>(selector);
    const seen = new Set<string>();
    let chunk: ChunkProbe | undefined;
    for (const index of indices) {
      const node = nodes[index];
      if (!node) continue;
      const family = getComputedStyle(node).fontFamily;
      for (const character of Array.from(node.textContent ?? '')) {
        if (seen.size >= limit || seen.has(character) || /\s/.test(character)) continue;
        seen.add(character);
        if (!chunk || chunk.family !== family || Array.from(chunk.text).length >= size) chunks.push((chunk = { target, family, text: '' }));
        chunk.text += character;
      }
    }
  });
  for (const chunk of chunks) {
    const span = document.createElement('span');
    span.className = 'chunk';
    span.style.fontFamily = chunk.family;
    span.textContent = chunk.text;
    box.append(span);
  }
  void box.offsetWidth;
  return chunks;
}

/** Runs in the page: one span per character, in its stack. */
function insertSingleProbes(id: string, singles: Array<{ character: string; family: string }>): void {
  const box = document.getElementById(id)!;
  for (const { character, family } of singles) {
    const span = document.createElement('span');
    span.className = 'char';
    span.style.fontFamily = family;
    span.textContent = character;
    box.append(span);
  }
  void box.offsetWidth;
}

/**
 * The faces each role resolves to on this machine, from a small page with one element
 * per role (for `report doctor`): the print stylesheet and the report's font stacks.
 */
export async function probeFonts(browser: Browser, overrides: FontOverrides, printCss: string): Promise<FontReport> {
  const page = await browser.newPage();
  try {
    await page.setContent(probeHtml(overrides, printCss), { waitUntil: 'load' });
    return await reportFonts(page, overrides);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The probe page for `probeFonts`: representative text in every role's element. */
export function probeHtml(overrides: FontOverrides, printCss: string): string {
  const text = '中华人民共和国政府信息公开工作报告';
  const variables = fontVariablesCss({ fonts: overrides });
  return renderPage({
    css: `${variables}\n${printCss}`,
    body: [
      '<article class="document">',
      `<h1 class="title">${text}</h1>`,
      '<div class="body">',
      `<h2>一、${text}</h2>`,
      `<h3>（一）${text}</h3>`,
      `<p>${text}，2021年1月25日，0123456789，15.3%。</p>`,
      '</div>',
      '</article>',
    ],
  });
}

/** Every face the report names in `fonts:`, once. */
function namedFaces(overrides: FontOverrides): string[] {
  return [...new Set(ROLE_STACKS.flatMap((stack) => overrides[stack.role]))];
}

/**
 * Runs in the page: a hidden box with the page-number probe (GB/T 9704 §7.5: 4号 宋体
 * `— n —`) and one span per family and text. Layout is forced so the spans have glyphs.
 */
function insertProbes(id: string, families: string[], texts: string[]): void {
  const box = document.createElement('div');
  box.id = id;
  box.style.cssText = 'position:absolute;top:0;left:0;visibility:hidden;white-space:nowrap';
  const pageNumber = document.createElement('span');
  pageNumber.className = 'page-number';
  pageNumber.style.cssText = 'font-family:var(--font-page-number);font-size:14pt;letter-spacing:0';
  pageNumber.textContent = '— 0123456789 —';
  box.append(pageNumber);
  for (const family of families) {
    for (const text of texts) {
      const span = document.createElement('span');
      span.className = 'face';
      span.style.fontFamily = `"${family.replace(/["\\]/g, '\\$&')}"`;
      span.textContent = text;
      box.append(span);
    }
  }
  document.body.append(box);
  void box.offsetWidth;
}

/**
 * What each name resolves to, from the probe answers in insertion order (the no-such-face
 * probe first). A probe drawn with the same face as the no-such-face probe of its text
 * fell through to the browser's last resort: the name is not installed (for that text).
 */
export function resolveNames(names: readonly string[], probes: readonly PlatformFont[][]): Map<string, string[]> {
  const n = PROBE_TEXTS.length;
  const faceOf = (index: number): string | undefined => {
    const fonts = probes[index] ?? [];
    return fonts.length === 1 ? fonts[0]!.familyName : undefined;
  };
  const resolved = new Map<string, string[]>();
  names.forEach((name, i) => {
    const faces = new Set<string>();
    for (let t = 0; t < n; t++) {
      const face = faceOf((i + 1) * n + t);
      if (face !== undefined && (face !== faceOf(t) || sameFamily(face, name))) faces.add(face);
    }
    resolved.set(name, [...faces]);
  });
  return resolved;
}

/** Faces summed over a role's nodes, most glyphs first (ties by name, for stable output). */
export function aggregateFaces(nodes: readonly (readonly PlatformFont[])[]): FaceUse[] {
  const glyphs = new Map<string, number>();
  for (const fonts of nodes) {
    for (const font of fonts) glyphs.set(font.familyName, (glyphs.get(font.familyName) ?? 0) + font.glyphCount);
  }
  return [...glyphs]
    .filter(([, count]) => count > 0)
    .map(([family, count]) => ({ family, glyphs: count }))
    .sort((a, b) => b.glyphs - a.glyphs || (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
}

/** Every role judged against its stack, in the stacks' order. */
export function judgeFonts(samples: FontSamples, overrides: FontOverrides): RoleFontReport[] {
  return ROLE_STACKS.map((stack) => judgeRole(stack, overrides[stack.role], aggregateFaces(samples.roles[stack.role]), samples.named));
}

/**
 * A face the report names explicitly counts as intended, even when it is not the
 * standard's face (the office chose it); the built-in office names count only by their
 * exact family name, so a fontconfig alias that maps 仿宋 to another face is no 仿宋.
 */
export function judgeRole(stack: RoleStack, named: readonly string[], used: FaceUse[], resolved: ReadonlyMap<string, readonly string[]>): RoleFontReport {
  const kindOf = (family: string): FaceKind => {
    if (named.some((name) => sameFamily(name, family) || (resolved.get(name) ?? []).some((face) => sameFamily(face, family)))) return 'named';
    if (stack.preferred.some((name) => sameFamily(name, family))) return 'office';
    if (stack.fallback.some((name) => sameFamily(name, family))) return 'fallback';
    return 'foreign';
  };
  const kind = used[0] ? kindOf(used[0].family) : 'absent';
  const foreign = used.filter((face) => kindOf(face.family) === 'foreign').map((face) => ({ ...face, characters: [] }));
  return {
    role: stack.role,
    standard: stack.standard,
    used,
    kind,
    preferred: kind === 'office' || kind === 'named',
    fallbackGlyphs: foreign.reduce((sum, face) => sum + face.glyphs, 0),
    foreign,
  };
}

/** The warnings a font report gives: a role whose main face is no intended one, and glyphs drawn outside the stack. */
export function fontProblems(report: FontReport): FontProblem[] {
  const problems: FontProblem[] = [];
  for (const role of report.roles) {
    const main = role.used[0];
    if (main && !role.preferred) {
      problems.push({ role: role.role, message: msg('font-fallback', { role: role.role, standard: role.standard, face: main.family, install: installHint(role.role) }) });
    }
    for (const face of role.foreign) {
      problems.push({ role: role.role, message: msg('font-missing-glyph', { role: role.role, glyphs: face.glyphs, characters: face.characters, face: face.family }) });
    }
  }
  return problems;
}

/** `  body (仿宋): AR PL SungtiL GB — fallback`, one line per role, for the build and `report doctor`. */
export function formatFontReport(report: FontReport, lang: Lang = 'en'): string[] {
  return report.roles.map((role) => {
    const [main, ...others] = role.used;
    const extras = others.map((face) => {
      const foreign = role.foreign.find((f) => f.family === face.family);
      return { face: face.family, glyphs: face.glyphs, characters: foreign?.characters ?? [], foreign: foreign !== undefined };
    });
    return say(lang, 'ui.fonts.role', { role: role.role, standard: role.standard, face: main?.family, kind: role.kind, extras });
  });
}

/** `"–" U+2013, "·" U+00B7`: quoted with code points, since such characters look alike; at most five. */
export function describeCharacters(characters: readonly string[], lang: Lang = 'en'): string {
  return lang === 'zh' ? charactersZh(characters) : charactersEn(characters);
}

/** `仿宋_GB2312`, `FangSong`: the first office name and its usual Windows name. */
function installHint(role: FontRole): string[] {
  const stack = ROLE_STACKS.find((s) => s.role === role)!;
  const first = stack.preferred[0]!;
  const latin = stack.preferred.find((name) => name !== first && /^[\x20-\x7e]+$/.test(name) && !/_GB2312$/.test(name));
  return latin ? [first, latin] : [first];
}

/** Family names compare as CSS does: ignoring case. */
function sameFamily(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** At most `limit` items, evenly spread, first and last included. */
export function spread<T>(items: readonly T[], limit: number): T[] {
  if (items.length <= limit) return [...items];
  if (limit <= 1) return items.slice(0, Math.max(0, limit));
  return Array.from({ length: limit }, (_, i) => items[Math.round((i * (items.length - 1)) / (limit - 1))]!);
}
