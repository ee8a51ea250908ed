import { entry } from '../entry.js';
import type { Text } from '../text.js';

/** `（成文日期）` after a key in a Chinese message, when the key has a Chinese name. */
function label(name: string | undefined): string {
  return name ? `（${name}）` : '';
}

/** A user's value in a Chinese sentence: text in “…”, anything else as YAML shows it. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
}

/** Messages about report.yaml: fields, 文件编号, 索引号, dates, the previous report. */
export const manifest = {
  'unknown-key/field': entry({
    en: (a: { key: string; hint: Text }) => `unknown key "${a.key}"${a.hint.en}`,
    zh: (a) => `未知的键“${a.key}”${a.hint.zh}`,
    example: { key: '文件编号', hint: { en: ' (did you mean "document-number"?)', zh: '（是否应为“document-number”？）' } },
  }),
  'missing-key/field': entry<{ name: string; label?: string }>({
    en: (a: { name: string; label?: string }) => `missing required key "${a.name}"`,
    zh: (a) => `缺少必填的键“${a.name}”${label(a.label)}`,
    example: { name: 'classification.genre', label: '体裁分类' },
  }),
  'field-unfilled/field': entry<{ name: string; label?: string }>({
    en: (a: { name: string; label?: string }) => `"${a.name}" is not filled in`,
    zh: (a) => `“${a.name}”${label(a.label)}尚未填写`,
    example: { name: 'date', label: '成文日期' },
  }),
  'invalid-value/field': entry<{ name: string; label?: string; value?: unknown; reason: Text }>({
    en: (a: { name: string; label?: string; value?: unknown; reason: Text }) => `invalid value${a.value === undefined ? '' : ` ${JSON.stringify(a.value)}`} for "${a.name}" (${a.reason.en})`,
    zh: (a) => `“${a.name}”${label(a.label)}的值${a.value === undefined ? '' : shown(a.value)}无效（${a.reason.zh}）`,
    example: { name: 'date', label: '成文日期', value: '2021年1月25日', reason: { en: 'expected a date as YYYY-MM-DD: write 2021-01-25', zh: '日期应写作 YYYY-MM-DD 形式：2021-01-25' } },
  }),

  'document-number-brackets': entry({
    en: (a: { value: string; brackets: Text; fixed: string }) => `document number "${a.value}" puts the year in ${a.brackets.en} (use 六角括号 〔〕: "${a.fixed}")`,
    zh: (a) => `发文字号“${a.value}”的年份用了${a.brackets.zh}（年份应用六角括号〔〕括入：“${a.fixed}”）`,
    example: { value: '武政发[2021]7号', brackets: { en: 'square brackets', zh: '方括号[]' }, fixed: '武政发〔2021〕7号' },
  }),
  'document-number-shape': entry({
    en: (a: { value: string }) => `document number "${a.value}" is not of the form 机关代字〔YYYY〕N号 (e.g. 武政发〔2021〕7号)`,
    zh: (a) => `发文字号“${a.value}”不符合“机关代字〔年份〕序号号”的形式（如“武政发〔2021〕7号”）`,
    example: { value: '武政发2021-7' },
  }),
  'document-number-shape/full-width-digits': entry({
    en: (a: { value: string; fixed: string }) => `document number "${a.value}" has full-width digits (type them half-width: "${a.fixed}")`,
    zh: (a) => `发文字号“${a.value}”中的数字是全角字符（请改为半角数字：“${a.fixed}”）`,
    example: { value: '武政发〔２０２１〕７号', fixed: '武政发〔2021〕7号' },
  }),
  'document-number-ordinal': entry({
    en: (a: { value: string; fixed: string }) => `document number "${a.value}" has 第 before the sequence number (write "${a.fixed}")`,
    zh: (a) => `发文字号“${a.value}”的序号前加了“第”字（发文顺序号不加“第”字，应写作“${a.fixed}”）`,
    example: { value: '武政发〔2021〕第7号', fixed: '武政发〔2021〕7号' },
  }),
  'document-number-leading-zero': entry({
    en: (a: { value: string; serial: string; fixed: string }) => `document number "${a.value}" has a leading zero in the sequence number "${a.serial}" (write "${a.fixed}")`,
    zh: (a) => `发文字号“${a.value}”的序号“${a.serial}”编了虚位（序号前不加 0，应写作“${a.fixed}”）`,
    example: { value: '武政发〔2021〕07号', serial: '07', fixed: '7' },
  }),
  'document-number-year': entry({
    en: (a: { numberYear: string; year: number }) => `document number year ${a.numberYear} does not match the year of date (${a.year})`,
    zh: (a) => `发文字号中的年份 ${a.numberYear} 与成文日期（date）的年份 ${a.year} 不一致`,
    example: { numberYear: '2020', year: 2021 },
  }),
  'field-unfilled/document-number': entry({
    en: (a: { value: string; prefix: string }) => `document number "${a.value}" has no sequence number yet (fill in the one assigned: ${a.prefix}N号)`,
    zh: (a) => `发文字号“${a.value}”尚未填写序号（请填入编定的发文顺序号：${a.prefix}N号）`,
    example: { value: '武政发〔2022〕号', prefix: '武政发〔2022〕' },
  }),
  'index-number-shape': entry({
    en: (a: { value: string; template: string }) => `index number "${a.value}" is of no shape known here (if the portal assigned it so, declare the portal's shape in report.yaml: portal: { index-number-pattern: '${a.template}' })`,
    zh: (a) => `索引号“${a.value}”不是常见的索引号格式（如确为门户网站编制的索引号，请在 report.yaml 中写明该网站的格式：portal: { index-number-pattern: '${a.template}' }）`,
    example: { value: '001008003015003/2021-12345678', template: 'NNNNNNNNNNNNNNN/YYYY-NNNNNNNN' },
  }),
  'index-number-pattern': entry({
    en: (a: { value: string; pattern: string }) => `index number "${a.value}" does not match the portal's pattern "${a.pattern}" (portal.index-number-pattern; N is a digit, A a digit or capital letter, YYYY the year)`,
    zh: (a) => `索引号“${a.value}”不符合门户网站的索引号格式“${a.pattern}”（见 portal.index-number-pattern；N 为数字，A 为数字或大写字母，YYYY 为年份），请核对索引号`,
    example: { value: '014133058/2021-0012', pattern: 'NNNNNNNNN/YYYY-NNNNN' },
  }),
  'ui.reason.index-number-pattern': entry({
    en: () => 'not a valid regular expression; or write a template such as NNNNNNNNN/YYYY-NNNNN: N a digit, A a digit or capital letter, YYYY the year',
    zh: () => '不是有效的正则表达式；也可以写成格式模板，如 NNNNNNNNN/YYYY-NNNNN：N 为数字，A 为数字或大写字母，YYYY 为年份',
    example: {},
  }),
  'index-number-shape/full-width': entry({
    en: (a: { value: string; fixed: string }) => `index number "${a.value}" has full-width characters (type them half-width: "${a.fixed}")`,
    zh: (a) => `索引号“${a.value}”中有全角字符（请改为半角：“${a.fixed}”）`,
    example: { value: '０１４１３３０５８／２０２１－０００１２', fixed: '014133058/2021-00012' },
  }),
  'index-number-year': entry({
    en: (a: { indexYear: string; year: string }) => `index number year ${a.indexYear} differs from the year of published (${a.year})`,
    zh: (a) => `索引号中的年份 ${a.indexYear} 与发布日期（published）的年份 ${a.year} 不一致`,
    example: { indexYear: '2020', year: '2021' },
  }),
  'field-unfilled/index-number': entry({
    en: (a: { value: string }) => `index number "${a.value}" has no serial yet (fill in the 5-digit serial the portal assigns: ${a.value}NNNNN)`,
    zh: (a) => `索引号“${a.value}”尚未填写顺序号（请填入门户网站分配的5位顺序号：${a.value}NNNNN）`,
    example: { value: '014133058/2022-' },
  }),
  'date-order/published': entry({
    en: (a: { published: string; date: string }) => `published ${a.published} is before date ${a.date} (a document is published after it is written)`,
    zh: (a) => `发布日期 ${a.published} 早于成文日期 ${a.date}（公文应在成文之后发布）`,
    example: { published: '2021-01-20', date: '2021-01-25' },
  }),
  'date-order/expires': entry({
    en: (a: { expires: string; start: string; published: boolean }) => `expires ${a.expires} is before ${a.published ? 'published' : 'date'} ${a.start}`,
    zh: (a) => `废止日期 ${a.expires} 早于${a.published ? '发布日期' : '成文日期'} ${a.start}`,
    example: { expires: '2021-01-26', start: '2021-01-29', published: true },
  }),
  'previous-missing': entry({
    en: (a: { path: string; dir: string }) => `previous report "${a.path}" not found (no report.yaml in "${a.dir}")`,
    zh: (a) => `找不到上年报告“${a.path}”（“${a.dir}”中没有 report.yaml，请检查 previous 的路径，它相对于本报告目录）`,
    example: { path: '../wujin-2019', dir: '/home/user/reports/wujin-2019' },
  }),
  'previous-invalid': entry({
    en: (a: { path: string; count: number; first: Text }) => `previous report "${a.path}" has ${a.count === 1 ? '1 error' : `${a.count} errors`} (first: ${a.first.en})`,
    zh: (a) => `上年报告“${a.path}”有 ${a.count} 个错误（第一个：${a.first.zh}）`,
    example: { path: '../wujin-2020', count: 1, first: { en: '../wujin-2020/metrics/review.yaml:4:5 error check failed check-failed', zh: '../wujin-2020/metrics/review.yaml:4:5 错误 校验未通过 check-failed' } },
  }),
};
