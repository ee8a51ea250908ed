import { entry } from '../entry.js';
import type { Text } from '../text.js';

const NO_HINT: Text = { en: '', zh: '' };
const EXPECTED_VALUE = { en: 'expected a number, a percentage like 15.3%, or a mapping with value/formula', zh: '应为数字、百分数（如 15.3%），或含 value/formula 的映射' };

/** A check as messages name it: `"name" (expr)` or `"expr"`. */
interface CheckArgs {
  name?: string;
  expr: string;
}
const checkEn = (a: CheckArgs) => (a.name ? `"${a.name}" (${a.expr})` : `"${a.expr}"`);
const checkZh = (a: CheckArgs) => (a.name ? `“${a.name}”（${a.expr}）` : `“${a.expr}”`);

/** Characters as each language quotes a list of them: `"４", "８"` and `“４”“８”`. */
const charsEn = (chars: readonly string[]) => chars.map((c) => `"${c}"`).join(', ');
const charsZh = (chars: readonly string[]) => chars.map((c) => `“${c}”`).join('');

/** Pairs of a typed character and the ASCII to write: `"÷" for "/"` and `“÷”应为“/”`. */
interface Swap {
  typed: string;
  ascii: string;
}
const swapsEn = (swaps: readonly Swap[]) => swaps.map((s) => `"${s.typed}" for "${s.ascii}"`).join(', ');
const swapsZh = (swaps: readonly Swap[]) => swaps.map((s) => `“${s.typed}”应为“${s.ascii}”`).join('，');

/** Messages about metric files, formulas, checks and formats. */
export const metrics = {
  // ── metric files ────────────────────────────────────────────────────────────────────
  'metric-invalid/not-mapping': entry({
    en: () => 'a metric file must be a mapping of groups and metrics',
    zh: () => '指标文件应为由指标组和指标组成的映射（每行写“名称: 数值”）',
    example: {},
  }),
  'metric-invalid/name': entry({
    en: (a: { name: string }) => `metric name "${a.name}" must not be empty or contain "." (dots separate groups in ids)`,
    zh: (a) => `指标名称“${a.name}”不能为空，也不能含“.”（“.”用于分隔指标组和指标）`,
    example: { name: '收到.件' },
  }),
  'metric-invalid/value': entry({
    en: (a: { id: string; value: string }) => `metric "${a.id}" has value ${JSON.stringify(a.value)} (${EXPECTED_VALUE.en})`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”无法识别（${EXPECTED_VALUE.zh}）`,
    example: { id: '行政复议.收到', value: 'abc' },
  }),
  'metric-invalid/no-value': entry({
    en: (a: { id: string }) => `metric "${a.id}" has no value (${EXPECTED_VALUE.en})`,
    zh: (a) => `指标“${a.id}”没有数值（${EXPECTED_VALUE.zh}）`,
    example: { id: '行政复议.收到' },
  }),
  'metric-invalid/unit': entry({
    en: (a: { id: string; value: string; unit: string; fix: string }) => `metric "${a.id}" has the unit "${a.unit}" typed in its value "${a.value}" (write ${a.fix})`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”中写入了单位“${a.unit}”（应写为 ${a.fix}）`,
    example: { id: '审批改革.取消事项', value: '31个', unit: '个', fix: '{ value: 31, unit: 个 }' },
  }),
  'metric-invalid/scale': entry({
    en: (a: { id: string; value: string; word: string; fix: string; shown: string }) => `metric "${a.id}" has "${a.word}" typed in its value "${a.value}" (write the whole figure, ${a.fix}, which prints as ${a.shown})`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”中写入了“${a.word}”（应填写完整数值 ${a.fix}，显示为“${a.shown}”）`,
    example: { id: '普法.宣传资料', value: '1.5万', word: '万', fix: '{ value: 15000, format: wan:1 }', shown: '1.5万' },
  }),
  'metric-invalid/approximate': entry({
    en: (a: { id: string; value: string; word: string; fix: string }) => `metric "${a.id}" has "${a.word}" typed in its value "${a.value}" (write ${a.fix}, and keep "${a.word}" in the text or in note)`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”中写入了“${a.word}”（数值应写为 ${a.fix}，“${a.word}”写在正文或 note 中）`,
    example: { id: '普法.主题活动', value: '600余', word: '余', fix: '600' },
  }),
  'metric-invalid/chinese-numeral': entry({
    en: (a: { id: string; value: string; fix: string }) => `metric "${a.id}" has its value "${a.value}" in Chinese numerals (write ${a.fix}; the format cn prints Chinese numerals)`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”是汉字数字（应写为阿拉伯数字 ${a.fix}；正文需要汉字数字时用格式 cn）`,
    example: { id: '行政复议.不予受理', value: '三件', fix: '{ value: 3, unit: 件 }' },
  }),
  'metric-invalid/split-number': entry({
    en: (a: { id: string; value: string; read: string; number: string }) => `the comma in "${a.value}" ends the value inside { … }, so metric "${a.id}" was read as ${a.read} (write ${a.number}, without the thousands separator)`,
    zh: (a) => `“${a.value}”中的逗号在 { … } 中被当作分隔符，指标“${a.id}”被读作 ${a.read}（应写为 ${a.number}，不加千位分隔符）`,
    example: { id: '政务公开.主动公开信息', value: '22,487', read: '22', number: '22487' },
  }),
  'metric-full-width/value': entry({
    en: (a: { id: string; value: string; chars: string[]; fix: string }) => `metric "${a.id}" has full-width ${charsEn(a.chars)} in its value "${a.value}" (read as ${a.fix}; write ${a.fix})`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”中有全角字符${charsZh(a.chars)}（已按 ${a.fix} 读取，请改为半角 ${a.fix}）`,
    example: { id: '监管.行政处罚公示率', value: '42.3％', chars: ['％'], fix: '42.3%' },
  }),
  'metric-thousands-separator': entry({
    en: (a: { id: string; value: string; number: string; grouped: string }) => `metric "${a.id}" has a thousands separator in its value "${a.value}" (read as ${a.number}; write ${a.number}, and format: grouped to print ${a.grouped})`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”中有千位分隔符（已按 ${a.number} 读取；请写为 ${a.number}，需要显示为“${a.grouped}”时用格式 grouped）`,
    example: { id: '政务公开.主动公开信息', value: '22,487', number: '22487', grouped: '22,487' },
  }),
  'duplicate-metric': entry({
    en: (a: { id: string; first: string }) => `duplicate metric "${a.id}" (first defined at ${a.first})`,
    zh: (a) => `指标“${a.id}”重复定义（首次定义在 ${a.first}）`,
    example: { id: '行政复议.收到', first: 'metrics/m.yaml:2:3' },
  }),
  'metric-invalid/checks-not-list': entry({
    en: () => '"checks" must be a list of expressions or { name, expr } mappings',
    zh: () => '“checks”应为校验列表，每项为一个表达式或 { name, expr } 映射',
    example: {},
  }),
  'metric-invalid/check-shape': entry({
    en: () => 'a check must be an expression string or a mapping { name, expr }',
    zh: () => '校验应为表达式，或 { name, expr } 映射',
    example: {},
  }),

  // ── formulas and checks ─────────────────────────────────────────────────────────────
  'formula-cycle': entry({
    en: (a: { id: string }) => `formula of "${a.id}" depends on itself`,
    zh: (a) => `指标“${a.id}”的公式循环引用了自身`,
    example: { id: '行政复议.合计' },
  }),
  'metric-invalid/not-finite': entry({
    en: (a: { id: string; value: string }) => `metric "${a.id}" has value "${a.value}", which is not a finite number (write the figure itself)`,
    zh: (a) => `指标“${a.id}”的数值“${a.value}”不是有限的数字（请填写实际数值）`,
    example: { id: '行政复议.收到', value: '.nan' },
  }),
  'metric-invalid/not-finite-formula': entry({
    en: (a: { id: string; formula: string }) => `formula of "${a.id}" (${a.formula}) gives no finite number (check the figures it reads)`,
    zh: (a) => `指标“${a.id}”的公式（${a.formula}）算不出有限的数字（请核对公式引用的数值）`,
    example: { id: '财政.支出合计', formula: '财政.支出 * 10' },
  }),
  'division-by-zero/formula': entry({
    en: (a: { id: string; detail: string }) => `division by zero in formula of "${a.id}" (${a.detail})`,
    zh: (a) => `指标“${a.id}”的公式中除数为零（${a.detail}）`,
    example: { id: '行政复议.直接纠错率', detail: '行政复议.纠错 / 行政复议.审结' },
  }),
  'division-by-zero/check': entry<CheckArgs & { detail: string }>({
    en: (a) => `division by zero in check ${checkEn(a)} (${a.detail})`,
    zh: (a) => `校验${checkZh(a)}中除数为零（${a.detail}）`,
    example: { expr: 'a / b == 1', detail: 'a / b' },
  }),
  'expression-unsupported/comparison-formula': entry({
    en: (a: { id: string }) => `formula of "${a.id}" is a comparison, not a number (move it to checks)`,
    zh: (a) => `指标“${a.id}”的公式是比较式，不是数值（请移到 checks 中作为校验）`,
    example: { id: '行政复议.合计' },
  }),
  'expression-unsupported/not-comparison': entry<CheckArgs>({
    en: (a) => `check ${checkEn(a)} is not a comparison (write e.g. a == b + c)`,
    zh: (a) => `校验${checkZh(a)}不是比较式（应写为如 a == b + c）`,
    example: { expr: 'a + 1' },
  }),
  'check-failed': entry<CheckArgs & { left?: string; right?: string }>({
    en: (a) => `check ${checkEn(a)} failed${a.left === undefined ? '' : ` (left ${a.left}, right ${a.right})`}`,
    zh: (a) => `校验${checkZh(a)}未通过${a.left === undefined ? '' : `（左边：${a.left}；右边：${a.right}）`}`,
    example: { name: '收到等于受理加不予受理', expr: '行政复议.收到 == 行政复议.受理 + 行政复议.不予受理', left: '行政复议.收到 = 48', right: '行政复议.受理 + 行政复议.不予受理 = 47' },
  }),
  'metric-unfilled': entry<{ id: string; computed?: string; last?: string }>({
    en: (a) => {
      const hints = [a.computed === undefined ? '' : `its formula gives ${a.computed}`, a.last === undefined ? '' : `last year ${a.last}`].filter((h) => h !== '');
      return `metric "${a.id}" is not filled in${hints.length > 0 ? ` (${hints.join('; ')})` : ''}`;
    },
    zh: (a) => {
      const hints = [a.computed === undefined ? '' : `按公式计算为 ${a.computed}`, a.last === undefined ? '' : `上年为 ${a.last}`].filter((h) => h !== '');
      return `指标“${a.id}”尚未填写${hints.length > 0 ? `（${hints.join('；')}）` : ''}`;
    },
    example: { id: '行政复议.收到', last: '48件' },
  }),
  'stated-mismatch': entry({
    en: (a: { id: string; stated: string; formula: string; exact: string; shown: string }) => `stated value ${a.stated} of "${a.id}" disagrees with its formula (${a.formula} = ${a.exact}, shown as ${a.shown})`,
    zh: (a) => `指标“${a.id}”填写的数值 ${a.stated} 与公式计算结果不符（${a.formula} = ${a.exact}，按填写的精度应为 ${a.shown}）`,
    example: { id: '行政复议.直接纠错率', stated: '41.2%', formula: '纠错 / 审结', exact: '40.000%', shown: '40.0%' },
  }),
  'expression-syntax': entry({
    en: (a: { source: string; reason: Text }) => `invalid expression "${a.source}" (${a.reason.en})`,
    zh: (a) => `表达式“${a.source}”有误（${a.reason.zh}）`,
    example: { source: 'a +', reason: { en: 'Expected expression after +', zh: '“+”后缺少运算对象' } },
  }),
  'expression-unsupported': entry({
    en: (a: { source: string; reason: Text }) => `invalid expression "${a.source}" (${a.reason.en})`,
    zh: (a) => `表达式“${a.source}”中有不支持的写法（${a.reason.zh}）`,
    example: { source: 'max(a, b)', reason: { en: 'a function call is not allowed in a formula', zh: '公式中不能使用函数调用' } },
  }),
  'metric-full-width/formula': entry({
    en: (a: { source: string; swaps: Swap[]; fixed: string }) => `formula "${a.source}" has ${swapsEn(a.swaps)} (read as "${a.fixed}"; write that)`,
    zh: (a) => `公式“${a.source}”中${swapsZh(a.swaps)}（已按“${a.fixed}”计算，请照此修改）`,
    example: { source: '(确认违法 + 撤销或责令) ÷ 审结', swaps: [{ typed: '÷', ascii: '/' }], fixed: '(确认违法 + 撤销或责令) / 审结' },
  }),
  'metric-full-width/check': entry({
    en: (a: { source: string; swaps: Swap[]; fixed: string }) => `check "${a.source}" has ${swapsEn(a.swaps)} (read as "${a.fixed}"; write that)`,
    zh: (a) => `校验“${a.source}”中${swapsZh(a.swaps)}（已按“${a.fixed}”计算，请照此修改）`,
    example: { source: 'a ＝＝ b × 2', swaps: [{ typed: '＝', ascii: '=' }, { typed: '×', ascii: '*' }], fixed: 'a == b * 2' },
  }),
  'unknown-metric/formula': entry<{ id: string; source: string; hint?: Text }>({
    en: (a) => `unknown metric "${a.id}" in "${a.source}"${(a.hint ?? NO_HINT).en}`,
    zh: (a) => `“${a.source}”中有未知指标“${a.id}”${(a.hint ?? NO_HINT).zh}`,
    example: { id: '行政复议.收', source: '行政复议.收 > 0', hint: { en: ' (did you mean "行政复议.收到"?)', zh: '（是否应为“行政复议.收到”？）' } },
  }),
  'no-previous/formula': entry({
    en: (a: { id: string; source: string }) => `"${a.id}" in "${a.source}" needs last year's report (set previous: in report.yaml)`,
    zh: (a) => `“${a.source}”中的“${a.id}”需要上年报告（请在 report.yaml 中设置 previous:）`,
    example: { id: 'prev.收到', source: '收到 - prev.收到' },
  }),

  // ── what a metric is: counts and shares ─────────────────────────────────────────────
  'percent-on-count': entry({
    en: (a: { id: string; spec: string; value: string; shown: string }) =>
      `format "${a.spec}" prints the whole number ${a.value} of "${a.id}" as "${a.shown}" (percent is for shares: drop the format, or show a share, a metric with formula: part / total)`,
    zh: (a) => `指标“${a.id}”是整数 ${a.value}，按格式“${a.spec}”将显示为“${a.shown}”（百分比格式只用于比率：请删去该格式，或改为引用比率指标，即 formula: 部分 / 总数）`,
    example: { id: '审批改革.取消事项', spec: 'percent:1', value: '18', shown: '1800.0%' },
  }),
  'share-as-decimal': entry({
    en: (a: { id: string; value: string; percent: string }) => `share "${a.id}" is written as the decimal ${a.value} and prints as "${a.value}" (write ${a.percent})`,
    zh: (a) => `指标“${a.id}”是比率，写成了小数 ${a.value}，将显示为“${a.value}”（应写为 ${a.percent}）`,
    example: { id: '行政执法.评查合格率', value: '0.423', percent: '42.3%' },
  }),

  // ── formats ─────────────────────────────────────────────────────────────────────────
  'unknown-format': entry<{ spec: string; known: string[]; hint?: Text }>({
    en: (a) => `unknown format "${a.spec}"${(a.hint ?? NO_HINT).en} (known: ${a.known.join(', ')})`,
    zh: (a) => `未知格式“${a.spec}”${(a.hint ?? NO_HINT).zh}（可用格式：${a.known.join('、')}）`,
    example: { spec: 'pct', known: ['percent:N', 'fixed:N'] },
  }),
  'unknown-format/cn-range': entry({
    en: (a: { value: string }) => `format "cn" needs a whole number from 0 to 9999 (got ${a.value})`,
    zh: (a) => `格式 cn（汉字数字）只适用于 0 至 9999 的整数（该数值为 ${a.value}）`,
    example: { value: '1.5' },
  }),
  'unknown-format/change-on-previous': entry({
    en: (a: { spec: string; name: string }) => `format "${a.spec}" compares this year with last year (write {{${a.name} | ${a.spec}}})`,
    zh: (a) => `格式“${a.spec}”用于本年与上年比较（应写为 {{${a.name} | ${a.spec}}}）`,
    example: { spec: 'change', name: '行政复议.收到' },
  }),
  'change-from-zero/plain': entry({
    en: () => 'a change from 0 has no percentage (use change:amount)',
    zh: () => '上年数值为 0，无法按百分比计算同比变化（请改用 change:amount）',
    example: {},
  }),
  'change-from-zero': entry({
    en: (a: { id: string; spec: string }) => `"${a.id} | ${a.spec}" cannot show a change from 0 as a percentage (use change:amount)`,
    zh: (a) => `上年数值为 0，“${a.id} | ${a.spec}”无法按百分比显示同比变化（请改用 change:amount）`,
    example: { id: '行政应诉.案件数', spec: 'change' },
  }),

  // ── references in the text ──────────────────────────────────────────────────────────
  'unknown-metric': entry<{ id: string; hint?: Text }>({
    en: (a) => `unknown metric "${a.id}"${(a.hint ?? NO_HINT).en}`,
    zh: (a) => `未知指标“${a.id}”${(a.hint ?? NO_HINT).zh}`,
    example: { id: '行政复议.收', hint: { en: ' (did you mean "行政复议.收到"?)', zh: '（是否应为“行政复议.收到”？）' } },
  }),
  'unknown-metric/group': entry<{ group: string; hint?: Text }>({
    en: (a) => `unknown metric group "${a.group}"${(a.hint ?? NO_HINT).en}`,
    zh: (a) => `未知指标组“${a.group}”${(a.hint ?? NO_HINT).zh}`,
    example: { group: '行政复', hint: { en: ' (did you mean "行政复议"?)', zh: '（是否应为“行政复议”？）' } },
  }),
  'invalid-value/no-subgroups': entry({
    en: (a: { group: string }) => `group "${a.group}" has no subgroups to make rows of (name them in rows)`,
    zh: (a) => `指标组“${a.group}”下没有可作为行的子组（请在 rows 中列出）`,
    example: { group: '行政复议' },
  }),
  'no-previous': entry({
    en: (a: { what: string }) => `"${a.what}" needs last year's report (set previous: in report.yaml)`,
    zh: (a) => `“${a.what}”需要上年报告（请在 report.yaml 中设置 previous:）`,
    example: { what: '行政复议.收到 | change' },
  }),
  'no-previous-value/change': entry({
    en: (a: { id: string }) => `"${a.id}" has no value in last year's report (a change needs both years)`,
    zh: (a) => `上年报告中“${a.id}”没有数值（计算同比需要两年的数值）`,
    example: { id: '行政复议.收到' },
  }),
  'no-previous-value': entry({
    en: (a: { id: string }) => `"${a.id}" has no value in last year's report`,
    zh: (a) => `上年报告中“${a.id}”没有数值`,
    example: { id: 'prev.行政复议.收到' },
  }),
  'metric-syntax': entry({
    en: () => 'unclosed metric reference "{{" (write {{group.metric}})',
    zh: () => '指标引用的“{{”没有闭合（应写为 {{指标组.指标}}）',
    example: {},
  }),

  // ── fragments ───────────────────────────────────────────────────────────────────────
  'ui.metrics.in-reference': entry({
    en: (a: { reference: string }) => ` in "${a.reference}"`,
    zh: (a) => `（见“${a.reference}”）`,
    example: { reference: '{{行政复议.受理 | pct}}' },
  }),
  'ui.metrics.in-directive': entry({
    en: (a: { name: string }) => ` in :::${a.name}`,
    zh: (a) => `（:::${a.name}）`,
    example: { name: 'table' },
  }),
  'ui.metrics.of-metric': entry({
    en: (a: { id: string }) => ` (metric "${a.id}")`,
    zh: (a) => `（指标“${a.id}”）`,
    example: { id: '财政.增长' },
  }),
  'ui.metrics.hint-not-group': entry({
    en: () => ' (it is a metric, not a group: name it in rows)',
    zh: () => '（这是指标，不是指标组：请写在 rows 中）',
    example: {},
  }),
  'ui.metrics.hint-row-is-metric': entry({
    en: () => ' (it is a metric; with columns each row names a group)',
    zh: () => '（这是指标；使用 columns 时每一行应为指标组）',
    example: {},
  }),
  'ui.metrics.hint-no-such-last-year': entry({
    en: () => " (last year's report has no such metric)",
    zh: () => '（上年报告中没有该指标）',
    example: {},
  }),
  'ui.metrics.hint-id-typing': entry({
    en: (a: { swaps: Swap[]; spaces: boolean; fix: string }) => {
      const what = [...(a.swaps.length > 0 ? [`${swapsEn(a.swaps)} in the id`] : []), ...(a.spaces ? ['no spaces in the id'] : [])];
      return ` (${what.join(', ')}: write ${a.fix})`;
    },
    zh: (a) => {
      const what = [...(a.swaps.length > 0 ? [`指标名称中的${swapsZh(a.swaps)}`] : []), ...(a.spaces ? ['指标名称中不能有空格'] : [])];
      return `（${what.join('，')}：应写为 ${a.fix}）`;
    },
    example: { swaps: [{ typed: '。', ascii: '.' }], spaces: false, fix: '{{行政复议.收到}}' },
  }),

  // ── why an expression did not parse (jsep's words, and ours) ─────────────────────────
  'ui.expression.single-equals': entry({
    en: () => 'single "=" is not a comparison (write "==")',
    zh: () => '单个“=”不是比较运算符（应写为“==”）',
    example: {},
  }),
  'ui.expression.only-numbers': entry({
    en: (a: { value: string }) => `only numbers are allowed, not ${a.value}`,
    zh: (a) => `只能使用数字，不能使用 ${a.value}`,
    example: { value: '"abc"' },
  }),
  'ui.expression.only-ids': entry({
    en: () => 'only metric ids like group.metric are allowed',
    zh: () => '只能引用“指标组.指标”形式的指标',
    example: {},
  }),
  'ui.expression.unary-operator': entry({
    en: (a: { op: string }) => `operator "${a.op}" is not allowed`,
    zh: (a) => `不能使用运算符“${a.op}”`,
    example: { op: '~' },
  }),
  'ui.expression.binary-operator': entry({
    en: (a: { op: string }) => `operator "${a.op}" is not allowed (use + - * / == != < <= > >= && ||)`,
    zh: (a) => `不能使用运算符“${a.op}”（可用 + - * / == != < <= > >= && ||）`,
    example: { op: '%' },
  }),
  'ui.expression.node': entry({
    en: (a: { type: string }) => `${NODE_EN[a.type] ?? `"${a.type}"`} is not allowed in a formula`,
    zh: (a) => `公式中不能使用${NODE_ZH[a.type] ?? `“${a.type}”`}`,
    example: { type: 'CallExpression' },
  }),
  'ui.expression.parser': entry({
    en: (a: { description: string }) => a.description,
    zh: (a) => parserZh(a.description),
    example: { description: 'Expected expression after +' },
  }),
};

const NODE_EN: Record<string, string> = {
  CallExpression: 'a function call',
  Compound: 'more than one expression',
  ConditionalExpression: 'a conditional',
  ArrayExpression: 'an array',
  ThisExpression: '"this"',
};
const NODE_ZH: Record<string, string> = {
  CallExpression: '函数调用',
  Compound: '多个表达式',
  ConditionalExpression: '条件表达式',
  ArrayExpression: '数组',
  ThisExpression: '“this”',
};

/** jsep's English reasons, as a 公文 office would say them; an unknown one is quoted as is. */
function parserZh(description: string): string {
  const rules: Array<[RegExp, (m: RegExpExecArray) => string]> = [
    [/^Expected expression after (.+)$/, (m) => `“${m[1]}”后缺少运算对象`],
    [/^Expected expression$/, () => '缺少运算对象'],
    [/^Unclosed (.)$/, (m) => `“${m[1]}”没有闭合`],
    [/^Expected (.)$/, (m) => `缺少“${m[1]}”`],
    [/^Unexpected period$/, () => '多余的“.”'],
    [/^Unexpected token (.+)$/, (m) => `多余的“${m[1]}”`],
    [/^Unexpected "?(.+?)"?$/, (m) => `无法识别的“${m[1]}”`],
    [/^Variable names cannot start with a number/, () => '指标名称不能以数字开头'],
    [/^missing unaryOp argument$/, () => '运算符后缺少运算对象'],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(description);
    if (match) return say(match);
  }
  return `无法解析：${description}`;
}
