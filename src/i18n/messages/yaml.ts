import { entry } from '../entry.js';
import type { Text } from '../text.js';

/**
 * Messages about YAML syntax and keys: the parser's errors, the mistakes a Chinese
 * keyboard makes in YAML (`：`, `　`), and the shape problems of metric mappings and
 * directive attributes that zod finds (src/validate/zod-messages.ts).
 */
export const yaml = {
  'yaml-syntax': entry({
    en: (a: { reason: string; code: string }) => `invalid YAML (${a.reason})`,
    zh: (a) => `YAML 格式错误${YAML_ERRORS_ZH[a.code] ? `：${YAML_ERRORS_ZH[a.code]}` : ''}（${a.reason}）`,
    example: { reason: 'Tabs are not allowed as indentation', code: 'TAB_AS_INDENT' },
  }),
  'yaml-syntax/warning': entry({
    en: (a: { reason: string }) => `YAML warning (${a.reason})`,
    zh: (a) => `YAML 格式提示（${a.reason}）`,
    example: { reason: 'Unresolved tag: !foo' },
  }),
  'yaml-syntax/full-width-colon': entry({
    en: (a: { key: string; fixed: string }) => `full-width colon "：" after "${a.key}" (type a half-width colon and a space: "${a.fixed}")`,
    zh: (a) => `“${a.key}”后的冒号“：”是全角字符（请改为半角冒号加一个空格：“${a.fixed}”）`,
    example: { key: 'title', fixed: 'title: 某区…' },
  }),
  'yaml-syntax/colon-space': entry({
    en: (a: { key: string; fixed: string }) => `no space after the colon of "${a.key}" (type a space after the colon: "${a.fixed}")`,
    zh: (a) => `“${a.key}”的冒号后缺少空格（冒号后须加一个半角空格：“${a.fixed}”）`,
    example: { key: '收到', fixed: '收到: 48' },
  }),
  'yaml-syntax/colon-full-width-space': entry({
    en: (a: { key: string; fixed: string }) => `full-width space "　" after the colon of "${a.key}" (type a half-width space: "${a.fixed}")`,
    zh: (a) => `“${a.key}”的冒号后是全角空格“　”（请改为一个半角空格：“${a.fixed}”）`,
    example: { key: '收到', fixed: '收到: 48' },
  }),
  'yaml-syntax/full-width-indent': entry({
    en: () => 'full-width space "　" in the indentation (indent with half-width spaces)',
    zh: () => '缩进中有全角空格“　”（请改用半角空格缩进）',
    example: {},
  }),
  'duplicate-key': entry({
    en: (a: { key: string }) => `duplicate key "${a.key}" (each key may appear once in a mapping)`,
    zh: (a) => `键“${a.key}”重复（同一层级中每个键只能出现一次，请删去或合并其中一个）`,
    example: { key: '收到' },
  }),

  'unknown-key/metric': entry<{ key: string; id: string; hint: Text; allowed: readonly string[] }>({
    en: (a: { key: string; id: string; hint: Text; allowed: readonly string[] }) => `unknown key "${a.key}" in metric "${a.id}"${a.hint.en} (allowed: ${a.allowed.join(', ')})`,
    zh: (a) => `指标“${a.id}”中有未知的键“${a.key}”${a.hint.zh}（可用的键：${a.allowed.join('、')}）`,
    example: { key: 'unti', id: '行政复议.受理', hint: { en: ' (did you mean "unit"?)', zh: '（是否应为“unit”？）' }, allowed: ['value', 'formula', 'format', 'unit', 'label', 'note', 'source'] },
  }),
  'unknown-format/metric': entry<{ id: string; format: string; problem: string; known: readonly string[] }>({
    en: (a: { id: string; format: string; problem: string; known: readonly string[] }) => `metric "${a.id}": ${a.problem}`,
    zh: (a) => `指标“${a.id}”的格式“${a.format}”不存在（可用的格式：${a.known.join('、')}）`,
    example: { id: '行政复议.受理', format: 'pct', problem: 'unknown format "pct" (known: percent:N, fixed:N)', known: ['percent:N', 'fixed:N'] },
  }),
  'metric-invalid/needs-value': entry({
    en: (a: { id: string }) => `metric "${a.id}": a metric needs a value or a formula`,
    zh: (a) => `指标“${a.id}”既没有 value 也没有 formula（至少写其中之一）`,
    example: { id: '行政复议.受理' },
  }),
  'metric-invalid/attribute': entry({
    en: (a: { id: string; attribute: string; reason: Text }) => (a.attribute === 'value' ? `metric "${a.id}": ${a.reason.en}` : `metric "${a.id}": invalid ${a.attribute} (${a.reason.en})`),
    zh: (a) => `指标“${a.id}”的 ${a.attribute} 无效（${a.reason.zh}）`,
    example: { id: '行政复议.纠错率', attribute: 'value', reason: { en: 'a number or a percentage like 15.3%', zh: '应为数字或百分数，如 15.3%' } },
  }),

  'unknown-key/attribute': entry<{ key: string; directive: string; hint: Text; allowed: readonly string[] }>({
    en: (a: { key: string; directive: string; hint: Text; allowed: readonly string[] }) => `unknown attribute "${a.key}" of :::${a.directive}${a.hint.en} (allowed: ${a.allowed.join(', ')})`,
    zh: (a) => `:::${a.directive} 没有“${a.key}”属性${a.hint.zh}（可用的属性：${a.allowed.join('、')}）`,
    example: { key: 'captoin', directive: 'table', hint: { en: ' (did you mean "caption"?)', zh: '（是否应为“caption”？）' }, allowed: ['group', 'rows', 'columns', 'caption', 'format', 'corner'] },
  }),
  'missing-key/attribute': entry({
    en: (a: { directive: string; attribute: string }) => `:::${a.directive} needs ${a.attribute}="…"`,
    zh: (a) => `:::${a.directive} 缺少 ${a.attribute}="…" 属性`,
    example: { directive: 'table', attribute: 'caption' },
  }),
  'missing-key/group-or-rows': entry({
    en: (a: { directive: string }) => `:::${a.directive} needs group or rows (which metrics to show)`,
    zh: (a) => `:::${a.directive} 缺少 group 或 rows 属性（用以指明列出哪些指标）`,
    example: { directive: 'table' },
  }),
  'invalid-value/attribute': entry({
    en: (a: { directive: string; attribute: string; value: string; reason: Text }) => `attribute ${a.attribute} "${a.value}" of :::${a.directive} is invalid (${a.reason.en})`,
    zh: (a) => `:::${a.directive} 的属性 ${a.attribute}="${a.value}" 无效（${a.reason.zh}）`,
    example: { directive: 'chart', attribute: 'type', value: 'pie', reason: { en: 'use "bar" or "line"', zh: '应为“bar”或“line”' } },
  }),
  'unknown-format/attribute': entry<{ directive: string; format: string; problem: string; known: readonly string[] }>({
    en: (a: { directive: string; format: string; problem: string; known: readonly string[] }) => `${a.problem} in :::${a.directive}`,
    zh: (a) => `:::${a.directive} 中的格式“${a.format}”不存在（可用的格式：${a.known.join('、')}）`,
    example: { directive: 'table', format: 'pct', problem: 'unknown format "pct" (known: percent:N, fixed:N)', known: ['percent:N', 'fixed:N'] },
  }),

  'ui.did-you-mean.under': entry({
    en: (a: { key: string; under: string }) => ` (did you mean "${a.key}" under "${a.under}"?)`,
    zh: (a) => `（是否应为 ${a.under} 下的“${a.key}”？）`,
    example: { key: 'topic', under: 'classification' },
  }),
  'ui.did-you-mean.top-level': entry({
    en: (a: { key: string }) => ` (did you mean "${a.key}" at the top level?)`,
    zh: (a) => `（是否应为顶层的“${a.key}”？）`,
    example: { key: 'title' },
  }),

  // Why a value is invalid: the part in parentheses, shared by every kind of file.
  'ui.reason.expected': entry<{ type: string; keys?: readonly string[] }>({
    en: (a: { type: string; keys?: readonly string[] }) => `expected ${a.type}`,
    zh: (a) => (a.type === 'object' && a.keys?.length ? `应为下一级的键：${a.keys.join('、')}，另起一行缩进书写` : `应为${TYPES_ZH[a.type] ?? a.type}`),
    example: { type: 'string' },
  }),
  'ui.reason.list': entry({
    en: (a: { fixed: string }) => `expected array: write ${a.fixed}`,
    zh: (a) => `应为列表，写作 ${a.fixed}`,
    example: { fixed: '[法治政府建设, 工作报告]' },
  }),
  'ui.reason.date': entry<{ fixed?: string }>({
    en: (a: { fixed?: string }) => `expected a date as YYYY-MM-DD${a.fixed ? `: write ${a.fixed}` : ''}`,
    zh: (a) => `日期应写作 YYYY-MM-DD 形式${a.fixed ? `：${a.fixed}` : '，如 2021-01-25'}`,
    example: { fixed: '2021-01-25' },
  }),
  'ui.reason.still-valid': entry({
    en: () => 'expected a date as YYYY-MM-DD; for 有效 write null or leave expires out',
    zh: () => '废止日期应写作 YYYY-MM-DD 形式；文件仍然有效时请写 null 或删去此项',
    example: {},
  }),
  'ui.reason.no-such-date': entry({
    en: () => 'there is no such day',
    zh: () => '没有这一天',
    example: {},
  }),
  'ui.reason.not-empty': entry({ en: () => 'must not be empty', zh: () => '不能为空', example: {} }),
  'ui.reason.string-or-list': entry({ en: () => 'expected a string or a list of strings', zh: () => '应为一个名称或名称列表', example: {} }),
  'ui.reason.one-of': entry<{ values: readonly string[] }>({
    en: (a: { values: readonly string[] }) => `use ${a.values.map((v) => `"${v}"`).join(' or ')}`,
    zh: (a) => `应为${a.values.map((v) => `“${v}”`).join('或')}`,
    example: { values: ['特急', '加急'] },
  }),
  'ui.reason.url': entry({ en: () => 'expected url', zh: () => '应为完整网址，如 https://www.example.gov.cn/', example: {} }),
  'ui.reason.colour': entry({ en: () => 'a colour like #FF0000', zh: () => '应为颜色值，如 #FF0000', example: {} }),
  'ui.reason.copy-number': entry({ en: () => 'digits, e.g. 000001', zh: () => '应为数字，如 000001', example: {} }),
  'ui.reason.file-name': entry({ en: () => 'a file name, not a path', zh: () => '应为文件名，不能含路径', example: {} }),
  'ui.reason.at-least-one-metric': entry({ en: () => 'must name at least one metric', zh: () => '至少要列出一个指标', example: {} }),
  'ui.reason.percentage': entry({
    en: () => 'a number or a percentage like 15.3%',
    zh: () => '应为数字或百分数，如 15.3%',
    example: {},
  }),
  'ui.reason.full-width-percent': entry({
    en: (a: { fixed: string }) => `full-width percent sign "％" (type the half-width %: ${a.fixed})`,
    zh: (a) => `百分号“％”是全角字符，请改为半角 %：${a.fixed}`,
    example: { fixed: '42.3%' },
  }),
  'ui.reason.other': entry({
    en: (a: { message: string }) => a.message,
    zh: (a) => `取值不符合要求：${a.message}`,
    example: { message: 'Invalid input' },
  }),
};

/** The parser's most common errors, said in Chinese before its English words. */
const YAML_ERRORS_ZH: Readonly<Record<string, string>> = {
  TAB_AS_INDENT: '不能用 Tab 键缩进，请改用半角空格',
  BAD_INDENT: '缩进不一致，同一层级的键应左端对齐',
  MULTILINE_IMPLICIT_KEY: '键须写在一行内，常见原因是上一行的冒号后缺少空格',
  BLOCK_AS_IMPLICIT_KEY: '同一行中出现了两个“键: 值”，请分行书写',
  MISSING_CHAR: '缺少配对的符号（引号、括号）或键后的冒号',
  BAD_DQ_ESCAPE: '双引号内的反斜杠“\\”须写作“\\\\”，或改用单引号',
  UNEXPECTED_TOKEN: '此处出现了多余的符号',
};

/** zod's type names, as the clerk reads them. */
const TYPES_ZH: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  boolean: ' true 或 false',
  array: '列表',
  object: '下一级的键（另起一行缩进书写）',
};
