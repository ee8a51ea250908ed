import { entry } from '../entry.js';

/** 1 → 一级, as a 公文 names its heading levels (一级标题 is `##`, 一、). */
const LEVEL_ZH = ['一级', '二级', '三级', '四级'];

function levelZh(level: number): string {
  return LEVEL_ZH[level - 1] ?? `${level}级`;
}

/** Pasted rows as they are quoted in a message, with how many more there are. */
function rowsEn(rows: readonly string[], more: number): string {
  return rows.map((r) => `"${r}"`).join(', ') + (more > 0 ? ` … (${more} more ${more === 1 ? 'row' : 'rows'})` : '');
}

function rowsZh(rows: readonly string[], more: number): string {
  return rows.map((r) => `“${r}”`).join('、') + (more > 0 ? `……（另有 ${more} 行）` : '');
}

/** Messages about the clerk's typing in sections: pasted tables, indents, full-width and half-width marks, typed heading numbers. */
export const typing = {
  'pasted-table': entry({
    en: (a: { lines: number; rows: string[]; more: number }) =>
      `${a.lines} lines of tab-separated cells, as pasted from Excel, print as one run-on paragraph (write a GFM table: ${rowsEn(a.rows, a.more)}; for a caption, put :::table{caption="…"} on the line before it and ::: on the line after)`,
    zh: (a) =>
      `此处 ${a.lines} 行以制表符分隔的单元格（从 Excel 粘贴）会排成一个连续段落（请改写为 GFM 表格：${rowsZh(a.rows, a.more)}；如需表题，在表格前一行写 :::table{caption="…"}，后一行写 :::）`,
    example: { lines: 3, rows: ['| 渠道 | 调解纠纷 |', '|---|---|', '| 诉调对接 | 1200 |'], more: 1 },
  }),
  'indented-code': entry({
    en: (a: { tab: boolean; spaces: number }) =>
      `paragraph indented with ${a.tab ? 'a tab' : `${a.spaces} spaces`} would be a code block (a 公文 has none; printed as a normal paragraph, which the layout indents 2 字 itself: remove the indent)`,
    zh: (a) =>
      `段落开头用${a.tab ? '制表符' : ` ${a.spaces} 个空格`}缩进，按 Markdown 规则会成为代码块（公文中没有代码块；已按普通段落排印，版式自动首行缩进 2 字：请删除缩进）`,
    example: { tab: false, spaces: 4 },
  }),
  'fenced-code': entry({
    en: (a: { fence: string }) =>
      `a fenced code block (${a.fence}) prints as code, in a monospace face and off the grid (a 公文 has no code: delete the two ${a.fence} lines to print what is between them as text)`,
    zh: (a) => `代码块（${a.fence}）会以等宽字体排印，不合公文版式（公文中没有代码：请删除前后两行 ${a.fence}，其间内容即按正文排印）`,
    example: { fence: '```' },
  }),
  'leading-fullwidth-space': entry({
    en: (a: { count: number }) =>
      `${a.count === 1 ? 'a full-width space "　"' : `${a.count} full-width spaces "　"`} at the start of a line removed (the layout indents each paragraph 2 字 itself: delete ${a.count === 1 ? 'it' : 'them'})`,
    zh: (a) => `已删除行首的 ${a.count} 个全角空格“　”（版式自动首行缩进 2 字，无需输入空格：请删除）`,
    example: { count: 2 },
  }),
  'fullwidth-braces': entry({
    en: (a: { written: string; marks: string[]; fixed: string }) =>
      `metric reference "${a.written}" typed with full-width ${a.marks.map((m) => `"${m}"`).join(' and ')} prints as typed (write "${a.fixed}")`,
    zh: (a) => `指标引用“${a.written}”使用了全角的${a.marks.map((m) => `“${m}”`).join('')}，会原样印出（应为“${a.fixed}”）`,
    example: { written: '｛｛行政执法.评查合格率｝｝', marks: ['｛｛', '｝｝'], fixed: '{{行政执法.评查合格率}}' },
  }),
  'heading-number-level': entry({
    en: (a: { written: string; level: number; marker: string; markerLevel: number; printed: string; numbered: string; typed: string }) =>
      `level-${a.level} heading "${a.written}" starts with "${a.marker}", a level-${a.markerLevel} number (it prints "${a.printed}"; write "${a.numbered}", numbered for you, or "${a.typed}")`,
    zh: (a) =>
      `${levelZh(a.level)}标题“${a.written}”以${levelZh(a.markerLevel)}标题序号“${a.marker}”开头，将印为“${a.printed}”（应写为“${a.numbered}”，序号自动生成；或写为“${a.typed}”）`,
    example: { written: '## （一）加强组织领导', level: 1, marker: '（一）', markerLevel: 2, printed: '一、（一）加强组织领导', numbered: '### 加强组织领导', typed: '### （一）加强组织领导' },
  }),
  'heading-number-form': entry({
    en: (a: { written: string; level: number; marker: string; printed: string; numbered: string; typed: string }) =>
      `level-${a.level} heading "${a.written}" starts with "${a.marker}", not a level-${a.level} number as the layout writes it (it prints "${a.printed}"; write "${a.numbered}", numbered for you, or "${a.typed}")`,
    zh: (a) =>
      `${levelZh(a.level)}标题“${a.written}”的序号“${a.marker}”写法不规范，将印为“${a.printed}”（应写为“${a.numbered}”，序号自动生成；或写为“${a.typed}”）`,
    example: { written: '#### 1、规章', level: 3, marker: '1、', printed: '1.1、规章', numbered: '#### 规章', typed: '#### 1.规章' },
  }),
  'title-heading': entry({
    en: (a: { written: string; level1: string }) =>
      `"${a.written}" is a "#" heading: it prints a second title-size heading in the body (the title comes from report.yaml title:, so delete the line; for a level-1 heading, 一、, write "${a.level1}")`,
    zh: (a) => `“${a.written}”是“#”标题，会在正文中再排一个文件标题大小的标题（文件标题取自 report.yaml 的 title，请删除此行；如为一级标题“一、”，请写为“${a.level1}”）`,
    example: { written: '# 2020年法治政府建设情况报告', level1: '## 2020年法治政府建设情况报告' },
  }),
  'heading-too-deep': entry({
    en: (a: { written: string }) =>
      `heading "${a.written}" is deeper than the four levels a 公文 numbers (## 一、, ### （一）, #### 1., ##### （1））: it prints unnumbered (use at most five #)`,
    zh: (a) => `标题“${a.written}”超出公文的四级标题（## 一、，### （一），#### 1.，##### （1）），将不编号排印（请用不超过 5 个 # 的标题）`,
    example: { written: '###### 细则' },
  }),
  'typed-heading': entry({
    en: (a: { line: string; fixed: string }) => `line "${a.line}" is typed like a heading but prints as body text (write "${a.fixed}", numbered for you)`,
    zh: (a) => `“${a.line}”按标题样式录入，但会排成正文（应写为“${a.fixed}”，序号自动生成）`,
    example: { line: '一、总体情况', fixed: '## 总体情况' },
  }),
  'halfwidth-punctuation': entry({
    en: (a: { char: string; fixed: string; before: string; after: string }) => `half-width "${a.char}" in Chinese text (write "${a.fixed}": ${a.before} → ${a.after})`,
    zh: (a) => `中文中的半角“${a.char}”应为全角“${a.fixed}”（${a.before} → ${a.after}）`,
    example: { char: ',', fixed: '，', before: '全区,共收到', after: '全区，共收到' },
  }),
  'straight-quotes': entry({
    en: (a: { fixed: string; before: string; after: string }) =>
      `straight quote " around Chinese text (write the ${a.fixed === '“' ? 'opening' : 'closing'} quote ${a.fixed}: ${a.before} → ${a.after})`,
    zh: (a) => `中文中的直引号 " 应为中文${a.fixed === '“' ? '前引号' : '后引号'} ${a.fixed}：${a.before} → ${a.after}`,
    example: { fixed: '“', before: '坚持"依法行', after: '坚持“依法行' },
  }),
  'space-in-chinese': entry({
    en: (a: { before: string; after: string }) => `space in Chinese text prints as a gap (delete it: ${a.before} → ${a.after})`,
    zh: (a) => `中文中的空格会印出空隙（请删除：${a.before} → ${a.after}）`,
    example: { before: '全区 共收到', after: '全区共收到' },
  }),
};
