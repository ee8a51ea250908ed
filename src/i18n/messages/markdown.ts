import { entry } from '../entry.js';
import type { Text } from '../text.js';

const NO_HINT: Text = { en: '', zh: '' };
const DID_YOU_MEAN: Text = { en: ' (did you mean "table"?)', zh: '（是否应为“table”？）' };

/** What a block directive holds that it may not: a `[label]`, content, or more than one GFM table. */
type DirectiveContent = 'label' | 'table' | 'any';

const SELECT_EN = 'write the caption as caption="…" and pick metrics with group, rows, columns';
const SELECT_ZH = '表题写作 caption="…"，指标用 group、rows、columns 选取';

/** Messages about sections: Markdown, references, directives, tables and charts, the clerk's typing. */
export const markdown = {
  // ── what the sanitizer removes (remark-safety) ──────────────────────────────────────
  'raw-html': entry({
    en: () => 'raw HTML is not allowed and was removed (write Markdown instead)',
    zh: () => '正文中不能使用 HTML 代码，已删除（请改用 Markdown 写法）',
    example: {},
  }),
  'unsafe-link': entry({
    en: (a: { url: string }) => `link "${a.url}" was removed (only http, https, mailto and tel links are allowed)`,
    zh: (a) => `链接“${a.url}”已删除（只允许 http、https、mailto、tel 链接）`,
    example: { url: 'javascript:alert(1)' },
  }),
  'unsupported-image': entry({
    en: (a: { url: string }) => `image "${a.url}" was removed (images are not supported; nothing is fetched from the network)`,
    zh: (a) => `图片“${a.url}”已删除（不支持插入图片，也不会从网络获取任何内容）`,
    example: { url: 'chart.png' },
  }),

  // ── block directives: :::table and :::chart (remark-metric-blocks, build-chart) ─────
  'unknown-directive': entry({
    en: (a: { directive: string; hint: Text; known: readonly string[] }) => `unknown directive "${a.directive}"${a.hint.en} (known: ${a.known.join(', ')})`,
    zh: (a) => `未知指令“${a.directive}”${a.hint.zh}（可用的指令：${a.known.join('、')}）`,
    example: { directive: ':::tabel', hint: DID_YOU_MEAN, known: [':::table', ':::chart'] },
  }),
  'chart-units': entry({
    en: (a: { units: readonly string[] }) => `chart mixes units ${a.units.map((u) => `"${u || '(none)'}"`).join(', ')} on one axis (chart one unit at a time)`,
    // GB/T 15834: no 顿号 between items that each carry quotation marks
    zh: (a) => `图表混用了不同单位（${a.units.map((u) => (u ? `“${u}”` : '无单位')).join(a.units.includes('') ? '、' : '')}），一根坐标轴只能表示一种单位（请每个图表只放同一单位的指标）`,
    example: { units: ['名', '件'] },
  }),
  'invalid-value/directive-content': entry({
    en: (a: { name: string; content: DirectiveContent }) =>
      `:::${a.name} takes no ${a.content === 'label' ? 'a [label]' : a.content === 'table' ? 'content but one GFM table' : 'content'} (${SELECT_EN})`,
    zh: (a) =>
      a.content === 'label' ? `::${a.name} 指令不能带方括号标签 […]（${SELECT_ZH}）`
      : a.content === 'table' ? `:::${a.name} 指令内除一个 GFM 表格外不能有其他内容（${SELECT_ZH}）`
      : `:::${a.name} 指令内不能有内容（${SELECT_ZH}）`,
    example: { name: 'table', content: 'table' as DirectiveContent },
  }),
  'unknown-key/captioned-table': entry({
    en: (a: { attribute: string; hint: Text }) => `unknown attribute "${a.attribute}" of :::table${a.hint.en} (around a table only caption is allowed)`,
    zh: (a) => `:::table 指令没有属性“${a.attribute}”${a.hint.zh}（包含 GFM 表格的 :::table 只能写 caption）`,
    example: { attribute: 'group', hint: NO_HINT },
  }),
  /** A problem found in a directive's metrics or formats, said where: `… in :::table`. */
  'ui.markdown.in-directive': entry({
    en: (a: { problem: Text; name: string }) => `${a.problem.en} in :::${a.name}`,
    zh: (a) => `:::${a.name} 指令：${a.problem.zh}`,
    example: { problem: { en: 'unknown metric "行政复议.收"', zh: '未知指标“行政复议.收”' }, name: 'table' },
  }),
};
