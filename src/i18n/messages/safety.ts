import { entry } from '../entry.js';

/**
 * Hostile input (issue 9): values that would break out of where the page puts them, and
 * what the CLI says when the tool itself fails.
 */
export const safety = {
  'metric-invalid/reserved': entry({
    en: (a: { name: string }) => `metric name "${a.name}" is reserved (the program gives every object that name; choose another)`,
    zh: (a) => `指标名称“${a.name}”为程序保留名称，不能使用（请另取一个名称）`,
    example: { name: '__proto__' },
  }),
  // a font name goes into the print stylesheet: `</style>` or `"; }` would end it
  'ui.reason.font-name': entry({
    en: () => 'a font name: letters, digits, spaces and _ - . + & ( ) only, e.g. 方正仿宋_GBK',
    zh: () => '应为字体名称，只能含文字、数字、空格和 _ - . + & ( )，如 方正仿宋_GBK',
    example: {},
  }),
  'ui.reason.previous-path': entry({
    en: () => 'a path relative to this report, with /, e.g. ../wujin-2020',
    zh: () => '应为相对于本报告目录的路径，用 / 分隔，如 ../wujin-2020',
    example: {},
  }),
  'ui.reason.output-name': entry({
    en: () => 'a plain file name: no line breaks or control characters, none of < > : " | ? *, at most 200 bytes',
    zh: () => '应为普通文件名：不能含换行等控制字符，不能含 < > : " | ? *，长度不超过 200 字节',
    example: {},
  }),
  // after a failure of the tool itself (src/cli/internal-error.ts)
  'ui.safety.internal-hint': entry({
    en: () => 'this is a fault of the tool or the machine, not of the report; run again with REPORT_DEBUG=1 for the details, and report it if it happens again',
    zh: () => '这是本工具或运行环境的故障，不是报告内容的问题；可设置 REPORT_DEBUG=1 后重新运行查看详细信息，如再次出现请反馈给维护人员',
    example: {},
  }),
  // REPORT_DEBUG: between an error's stack and the stack of its cause
  'ui.safety.caused-by': entry({ en: () => 'caused by:', zh: () => '起因：', example: {} }),
};
