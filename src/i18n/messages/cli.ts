import { entry } from '../entry.js';
import type { Text } from '../text.js';

/** `html、pdf 或 json` */
const listZh = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')} 或 ${items.at(-1)}`);

/**
 * Messages about command help, usage errors, doctor and build lines. `ui.help.<command>`
 * is a command's description, `ui.help.<command>.after` the text after its options
 * (exit codes, environment, examples), `ui.help.<command>.<argument or option>` the rest;
 * `ui.help.title.…` and the like are commander's own words.
 */
export const cli = {
  // commander's own words
  'ui.help.title.usage': entry({ en: () => 'Usage:', zh: () => '用法：', example: {} }),
  'ui.help.title.arguments': entry({ en: () => 'Arguments:', zh: () => '参数：', example: {} }),
  'ui.help.title.options': entry({ en: () => 'Options:', zh: () => '选项：', example: {} }),
  'ui.help.title.commands': entry({ en: () => 'Commands:', zh: () => '命令：', example: {} }),
  'ui.help.title.global-options': entry({ en: () => 'Global Options:', zh: () => '全局选项（可写在命令名前后）：', example: {} }),
  'ui.help.default': entry({ en: (a: { value: string }) => ` (default: ${a.value})`, zh: (a) => `（默认：${a.value}）`, example: { value: '"text"' } }),
  'ui.help.help-option': entry({ en: () => 'display help for command', zh: () => '显示本命令的帮助', example: {} }),
  'ui.help.help-command': entry({ en: () => 'display help for command', zh: () => '显示指定命令的帮助', example: {} }),
  'ui.help.version-option': entry({ en: () => 'output the version number', zh: () => '显示版本号', example: {} }),

  // the program
  'ui.help.report': entry({
    en: () => 'Compile a government report (Markdown sections + YAML metrics) into a portal HTML page and a GB/T 9704 公文 PDF.',
    zh: () => '将报告文件（Markdown 正文、YAML 指标）生成为政府网站发布用的 HTML 页面和符合 GB/T 9704 的公文 PDF。',
    example: {},
  }),
  'ui.help.report.lang': entry({
    en: () => 'interface language: zh or en (default: $REPORT_LANG, then the locale)',
    zh: () => '界面语言：zh（中文）或 en（英文）（默认依次取环境变量 REPORT_LANG、系统区域设置）',
    example: {},
  }),
  'ui.help.report.after': entry({
    en: () => `Exit codes: 0 success, 1 the input has errors (diagnostics printed), 2 usage or environment
(bad flag, no browser found, output not writable).
Diagnostics: file:line:column severity message rule-id, then a summary line.
Language: --lang zh|en, else REPORT_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG).
Example: report build data/wujin-2020`,
    zh: () => `退出码：0 成功；1 报告内容有错误（已逐条列出）；2 用法或运行环境有误
（选项写错、未找到浏览器、输出目录不可写等）。
问题清单格式：文件:行:列 错误/警告 问题说明 规则编号，最后一行为汇总。
界面语言：先看 --lang zh|en，再看环境变量 REPORT_LANG，再看系统区域设置
（LC_ALL、LC_MESSAGES、LANG，以 zh 开头即为中文）。
示例：report build data/wujin-2020`,
    example: {},
  }),

  // arguments and options several commands share
  'ui.help.dir': entry({
    en: () => 'report directory (holds report.yaml; default: the nearest one upward from the current directory)',
    zh: () => '报告目录（存放 report.yaml 的文件夹；默认从当前目录起逐级向上查找）',
    example: {},
  }),
  'ui.help.dirs': entry({
    en: () => 'report directories or globs (quoted: "reports/*"); default: the nearest report.yaml upward from the current directory',
    zh: () => '报告目录或通配符（加引号：“reports/*”），可写多个；默认从当前目录起逐级向上查找 report.yaml',
    example: {},
  }),
  'ui.help.all': entry({
    en: () => 'every report under root (default: the current directory), skipping dist/, node_modules/ and .git/',
    zh: () => '处理 root 目录（默认当前目录）下的全部报告，跳过 dist/、node_modules/ 和 .git/',
    example: {},
  }),
  'ui.help.shard': entry({
    en: () => 'only the i-th of n shares of the reports (for a CI matrix: each report in exactly one share)',
    zh: () => '只处理全部报告均分为 n 份后的第 i 份（用于 CI 并行矩阵，每份报告只会分到一份中）',
    example: {},
  }),
  'ui.help.jobs': entry({
    en: () => 'reports printed at once in a batch, each in a page of the one browser (default: 4)',
    zh: () => '批量生成时同时处理的报告数，共用一个浏览器（默认 4）',
    example: {},
  }),
  'ui.help.strict': entry({ en: () => 'treat warnings as errors', zh: () => '将警告视为错误（有警告即不通过）', example: {} }),
  'ui.help.reporter': entry({
    en: () => 'diagnostics as text (stderr), json or sarif (stdout), or github (annotations on stdout; the default inside GitHub Actions)',
    zh: () => '问题清单的输出形式：text（文字，输出到 stderr）、json 或 sarif（输出到 stdout），或 github（GitHub Actions 批注，输出到 stdout；在 GitHub Actions 中默认使用）',
    example: {},
  }),
  'ui.help.quiet': entry({
    en: () => 'print errors only (warnings still print with --strict, where they fail the run)',
    zh: () => '只列出错误（加 --strict 时警告也会导致不通过，仍然列出）',
    example: {},
  }),

  // report build
  'ui.help.build': entry({
    en: () => 'validate the report, then write its HTML, PDF and metrics JSON, or a DOCX for review (all or nothing)',
    zh: () => '校验报告，无误后生成 HTML、PDF 和指标 JSON 文件，或供审核的 DOCX（要么全部生成，要么一个也不写）',
    example: {},
  }),
  'ui.help.build.out': entry({ en: () => 'output directory (default: <dir>/dist; for several reports, a folder in it per report)', zh: () => '输出目录（默认：<dir>/dist；多份报告时在其中按报告路径各建一个文件夹）', example: {} }),
  'ui.help.build.format': entry({
    en: () => 'comma-separated outputs: html, pdf, docx (for review in Word or WPS), json (the metrics as <stem>.metrics.json)',
    zh: () => '要生成的文件，用英文逗号分隔：html、pdf、docx（供在 Word 或 WPS 中审核）、json（json 即指标数据 <stem>.metrics.json）',
    example: {},
  }),
  'ui.help.build.browser': entry({
    en: () => "Chromium to print with, and to draw a DOCX's charts (default: $REPORT_BROWSER, puppeteer's cache, then the system's)",
    zh: () => '生成 PDF（及绘制 DOCX 中的图表）所用的 Chromium 浏览器路径（默认依次取 $REPORT_BROWSER、puppeteer 缓存中的、系统安装的）',
    example: {},
  }),
  'ui.help.build.after': entry({
    en: () => 'Environment: REPORT_BROWSER (browser path), SOURCE_DATE_EPOCH (fixed PDF dates).\nExample: report build data/wujin-2020 --format html',
    zh: () => '环境变量：REPORT_BROWSER（浏览器路径）；\nSOURCE_DATE_EPOCH（固定 PDF 内的日期，便于逐字节比对）。\n示例：report build data/wujin-2020 --format html',
    example: {},
  }),

  // report check
  'ui.help.check': entry({
    en: () => 'validate the report only (no browser, nothing written); for CI and editors',
    zh: () => '只校验报告（不启动浏览器，不写任何文件），适合日常自查和持续集成',
    example: {},
  }),
  'ui.help.check.after': entry({
    en: () => 'Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 usage.\nExample: report check data/wujin-2020 --lang zh',
    zh: () => '退出码：0 无错误；1 有错误（加 --strict 时有警告也算）；2 用法有误。\n示例：report check data/wujin-2020 --lang zh',
    example: {},
  }),

  // report doctor
  'ui.help.doctor': entry({
    en: () => 'show the browser PDF builds use and the font each role (body, title, headings, page number) resolves to',
    zh: () => '检查生成 PDF 所用的浏览器，以及正文、标题、各级标题、页码在本机实际使用的字体',
    example: {},
  }),
  'ui.help.doctor.dir': entry({
    en: () => 'a report directory: use its report.yaml fonts: before the built-in stacks',
    zh: () => '报告目录：先用其 report.yaml 中 fonts: 指定的字体，再用内置字体列表',
    example: {},
  }),
  'ui.help.doctor.browser': entry({
    en: () => "Chromium to check (default: $REPORT_BROWSER, puppeteer's cache, then the system's)",
    zh: () => '要检查的 Chromium 浏览器路径（默认依次取 $REPORT_BROWSER、puppeteer 缓存中的、系统安装的）',
    example: {},
  }),
  'ui.help.doctor.after': entry({
    en: () => `Prints the browser's path, where it was found and its version; then, per role, the face
Chromium draws it with and whether that is an office face (仿宋_GB2312, 黑体 …), a face
named in fonts:, or an open fallback; then faces that are OpenType/CFF (Chromium embeds
those as Type 3 glyphs whose text extracts wrongly).
Exit codes: 0 a browser works (font fallbacks are warnings only), 1 report.yaml has
errors, 2 no browser found or it does not start.
Environment: REPORT_BROWSER (browser path).
Example: report doctor data/wujin-2020`,
    zh: () => `依次列出：浏览器的路径、查找来源和版本；每类文字实际使用的字体，注明是
公文标准字体（仿宋_GB2312、黑体等）、fonts: 中指定的字体还是开源替代字体；
最后列出 OpenType/CFF 格式的字体（Chromium 将其嵌入为 Type 3 字形，
PDF 中的文字无法正确复制和检索）。
退出码：0 浏览器可用（字体替代只作警告）；1 report.yaml 有错误；
2 未找到浏览器或浏览器无法启动。
环境变量：REPORT_BROWSER（浏览器路径）。
示例：report doctor data/wujin-2020`,
    example: {},
  }),

  // report init
  'ui.help.init': entry({
    en: () => "start next year's report from last year's: structure and prose copied, every metric value emptied",
    zh: () => '以上年报告为底稿新建本年报告：复制结构和正文，清空全部指标数值',
    example: {},
  }),
  'ui.help.init.dir': entry({ en: () => 'the new report directory (must not exist, or be empty)', zh: () => '新报告目录（须不存在或为空）', example: {} }),
  'ui.help.init.from': entry({ en: () => "last year's report directory", zh: () => '上年报告目录', example: {} }),
  'ui.help.init.after': entry({
    en: () => 'Example: report init --from data/wujin-2020 data/wujin-2021',
    zh: () => '示例：report init --from data/wujin-2020 data/wujin-2021',
    example: {},
  }),

  // report diff
  'ui.help.diff': entry({
    en: () => 'list the metrics added, removed and changed between two reports (e.g. two years)',
    zh: () => '比较两份报告（如相邻两年）的指标，列出新增、删除和有变化的指标',
    example: {},
  }),
  'ui.help.diff.dirs': entry({
    en: () => '<old> <new>, or with --rev one report directory (default .)',
    zh: () => '<旧> <新> 两个报告目录；用 --rev 时为一个报告目录（默认：当前目录）',
    example: {},
  }),
  'ui.help.diff.rev': entry({
    en: () => 'compare the report with itself at a git revision (e.g. HEAD, main~1, a tag)',
    zh: () => '与该报告在某个 git 版本时的内容比较（如 HEAD、main~1 或标签名）',
    example: {},
  }),
  'ui.help.diff.format': entry({ en: () => 'text, markdown or json (on stdout)', zh: () => '输出格式：text、markdown 或 json（输出到 stdout）', example: {} }),
  'ui.help.diff.after': entry({
    en: () => 'Examples: report diff data/wujin-2020 data/wujin-2021\n          report diff --rev HEAD~1 data/wujin-2021 --format markdown',
    zh: () => '示例：report diff data/wujin-2020 data/wujin-2021\n      report diff --rev HEAD~1 data/wujin-2021 --format markdown',
    example: {},
  }),

  // what commander rejects, in the house voice
  'ui.cli.unknown-option': entry({
    en: (a: { flag: string; command: string; suggestion?: string }) =>
      `unknown option "${a.flag}"${a.suggestion ? ` (did you mean "${a.suggestion}"?)` : ` (${a.command} --help lists the options)`}`,
    zh: (a) => `未知选项“${a.flag}”${a.suggestion ? `（是否应为“${a.suggestion}”？）` : `（可用选项见 ${a.command} --help）`}`,
    example: { flag: '--frmat', command: 'report build', suggestion: '--format' as string | undefined },
  }),
  'ui.cli.unknown-command': entry({
    en: (a: { name: string; suggestion?: string }) => `unknown command "${a.name}"${a.suggestion ? ` (did you mean "${a.suggestion}"?)` : ' (report --help lists the commands)'}`,
    zh: (a) => `未知命令“${a.name}”${a.suggestion ? `（是否应为“${a.suggestion}”？）` : '（可用命令见 report --help）'}`,
    example: { name: 'chek', suggestion: 'check' as string | undefined },
  }),
  'ui.cli.missing-argument': entry({
    en: (a: { name: string; command: string }) => `missing required argument "${a.name}" (${a.command} --help shows the usage)`,
    zh: (a) => `缺少必填参数“${a.name}”（用法见 ${a.command} --help）`,
    example: { name: 'dir', command: 'report init' },
  }),
  'ui.cli.option-missing-value': entry({
    en: (a: { flags: string; command: string }) => `option "${a.flags}" needs a value (${a.command} --help shows the usage)`,
    zh: (a) => `选项“${a.flags}”后缺少取值（用法见 ${a.command} --help）`,
    example: { flags: '-f, --format <list>', command: 'report build' },
  }),
  'ui.cli.missing-option': entry({
    en: (a: { flags: string; command: string }) => `required option "${a.flags}" not given (${a.command} --help shows the usage)`,
    zh: (a) => `缺少必填选项“${a.flags}”（用法见 ${a.command} --help）`,
    example: { flags: '--from <dir>', command: 'report init' },
  }),
  'ui.cli.too-many-arguments': entry({
    en: (a: { command: string; expected: number; got: number }) =>
      `too many arguments for ${a.command} (expected at most ${a.expected}, got ${a.got}; put a path that has spaces in quotes)`,
    zh: (a) => `参数过多：${a.command} 最多接受 ${a.expected} 个参数，实际给了 ${a.got} 个（路径中有空格时请用英文引号括起）`,
    example: { command: 'report check', expected: 1, got: 2 },
  }),

  // usage and environment errors (exit 2), printed after `report: `
  'ui.cli.unknown-language': entry({
    en: (a: { value: string; source: string }) => `unknown language "${a.value}" in ${a.source} (use zh or en)`,
    zh: (a) => `${a.source} 指定的界面语言“${a.value}”无法识别（请用 zh 或 en）`,
    example: { value: 'fr', source: '--lang' },
  }),
  'ui.cli.unknown-format': entry({
    en: (a: { value: string; known: readonly string[] }) => `unknown format "${a.value}" (use ${a.known.join(', ')})`,
    zh: (a) => `未知的输出格式“${a.value}”（可选 ${listZh(a.known)}）`,
    example: { value: 'odt', known: ['html', 'pdf', 'docx', 'json'] },
  }),
  'ui.cli.no-format': entry({
    en: (a: { known: readonly string[] }) => `--format needs at least one of ${a.known.join(', ')}`,
    zh: (a) => `--format 至少要写 ${a.known.join('、')} 中的一项`,
    example: { known: ['html', 'pdf', 'docx', 'json'] },
  }),
  'ui.cli.source-date-epoch': entry({
    en: (a: { value: string }) => `SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${a.value}")`,
    zh: (a) => `环境变量 SOURCE_DATE_EPOCH 应为自 1970 年起的整秒数（现为“${a.value}”）`,
    example: { value: '2021-01-25' },
  }),
  'ui.cli.unknown-reporter': entry({
    en: (a: { value: string; known: readonly string[] }) => `unknown reporter "${a.value}" (use ${a.known.join(', ')})`,
    zh: (a) => `未知的问题清单输出形式“${a.value}”（可选 ${listZh(a.known)}）`,
    example: { value: 'xml', known: ['text', 'json', 'github', 'sarif'] },
  }),
  'ui.cli.no-browser': entry({
    en: () =>
      [
        'no Chromium found for PDF output. Install one of:',
        '  Debian/Ubuntu:  sudo apt-get install chromium-headless-shell   (or chromium)',
        '  Windows/macOS:  Google Chrome or Microsoft Edge (found where they install themselves)',
        '  with internet:  npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer',
        'or point to a browser with --browser <path> or REPORT_BROWSER=<path>;',
        'or build HTML only with --format html',
      ].join('\n'),
    zh: () =>
      [
        '未找到生成 PDF 所需的 Chromium 浏览器。请安装以下任一种：',
        '  Debian/Ubuntu：  sudo apt-get install chromium-headless-shell   （或 chromium）',
        '  Windows/macOS：  安装谷歌 Chrome 或微软 Edge 浏览器（在其默认安装位置即可找到）',
        '  能连互联网时：   npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer',
        '或用 --browser <路径> 或环境变量 REPORT_BROWSER=<路径> 指定已安装的浏览器；',
        '或加 --format html 只生成 HTML 页面',
      ].join('\n'),
    example: {},
  }),
  'ui.cli.browser-failed': entry({
    en: (a: { path: string; reason: string }) => `failed to start browser "${a.path}" (${a.reason})`,
    zh: (a) => `浏览器“${a.path}”无法启动（${a.reason}；可运行 report doctor 检查）`,
    example: { path: '/bin/false', reason: 'Failed to launch the browser process!' },
  }),
  'ui.cli.write-failed': entry({
    en: (a: { dir: string; reason: Text }) => `failed to write to "${a.dir}" (${a.reason.en})`,
    zh: (a) => `无法写入输出目录“${a.dir}”（${a.reason.zh}）`,
    example: { dir: '/srv/www/dist', reason: { en: "EACCES: permission denied, mkdir '/srv/www/dist'", zh: '没有写入权限' } },
  }),
  'ui.cli.create-failed': entry({
    en: (a: { dir: string; reason: Text }) => `failed to create "${a.dir}" (${a.reason.en})`,
    zh: (a) => `无法创建目录“${a.dir}”（${a.reason.zh}）`,
    example: { dir: '/srv/reports/2021', reason: { en: "EACCES: permission denied, mkdir '/srv/reports/2021'", zh: '没有写入权限' } },
  }),
  'ui.cli.not-empty': entry({
    en: (a: { dir: string }) => `failed to create "${a.dir}" (it exists and is not empty; choose a new directory)`,
    zh: (a) => `无法创建目录“${a.dir}”（该目录已存在且不为空，请另选一个新目录）`,
    example: { dir: '/home/user/wujin-2021' },
  }),
  'ui.cli.init-needs-from': entry({
    en: () => 'init needs --from <last-year-dir> (the report to start from)',
    zh: () => 'init 需要用 --from <上年报告目录> 指定作为底稿的报告',
    example: {},
  }),
  'ui.cli.unexpected': entry({
    en: (a: { reason: string }) => a.reason,
    zh: (a) => `运行出错（${a.reason}）`,
    example: { reason: 'failed to read the fonts Chromium used (Target closed)' },
  }),
  // what the operating system said, for the clerk (English keeps the system's own words)
  'ui.cli.cause.permission': entry({ en: (a: { raw: string }) => a.raw, zh: () => '没有写入权限，请换一个目录或联系管理员', example: { raw: 'EACCES: permission denied' } }),
  'ui.cli.cause.no-space': entry({ en: (a: { raw: string }) => a.raw, zh: () => '磁盘空间不足', example: { raw: 'ENOSPC: no space left on device' } }),
  'ui.cli.cause.read-only': entry({ en: (a: { raw: string }) => a.raw, zh: () => '该位置为只读，不能写入', example: { raw: 'EROFS: read-only file system' } }),
  'ui.cli.cause.not-dir': entry({ en: (a: { raw: string }) => a.raw, zh: () => '路径中的某一级是文件而不是目录', example: { raw: "ENOTDIR: not a directory, mkdir '/tmp/a/b'" } }),
  'ui.cli.cause.other': entry({ en: (a: { raw: string }) => a.raw, zh: (a) => `系统提示：${a.raw}`, example: { raw: 'ENAMETOOLONG: name too long' } }),

  // report build
  'ui.cli.build.wrote': entry({
    en: (a: { files: readonly string[]; seconds: string }) => `wrote ${a.files.join(', ')} in ${a.seconds} s`,
    zh: (a) => `已生成 ${a.files.join('、')}，用时 ${a.seconds} 秒`,
    example: { files: ['dist/wujin-2020.html', 'dist/wujin-2020.pdf'], seconds: '1.16' },
  }),

  // report init
  'ui.cli.init.created': entry({
    en: (a: { dir: string; from: string; files: number; emptied: number }) =>
      `created ${a.dir} from ${a.from}: ${a.files} files, ${a.emptied} metric values to fill in (report check ${a.dir} lists them)`,
    zh: (a) => `已以 ${a.from} 为底稿新建 ${a.dir}：共 ${a.files} 个文件，${a.emptied} 项指标数值待填写（运行 report check ${a.dir} 可逐项列出）`,
    example: { dir: 'wujin-2021', from: 'wujin-2020', files: 19, emptied: 89 },
  }),

  // report doctor
  'ui.cli.doctor.browser': entry({
    en: (a: { path: string; origin: Text }) => `browser: ${a.path} (${a.origin.en})`,
    zh: (a) => `浏览器：${a.path}（${a.origin.zh}）`,
    example: { path: '/usr/bin/chromium-headless-shell', origin: { en: 'found on PATH', zh: '在 PATH 中找到' } },
  }),
  'ui.cli.doctor.origin.flag': entry({ en: () => '--browser', zh: () => '由 --browser 指定', example: {} }),
  'ui.cli.doctor.origin.env': entry({ en: () => 'REPORT_BROWSER or PUPPETEER_EXECUTABLE_PATH', zh: () => '由环境变量 REPORT_BROWSER 或 PUPPETEER_EXECUTABLE_PATH 指定', example: {} }),
  'ui.cli.doctor.origin.puppeteer': entry({ en: () => "puppeteer's cache", zh: () => 'puppeteer 缓存中的浏览器', example: {} }),
  'ui.cli.doctor.origin.system': entry({ en: () => 'found on PATH or where it installs itself', zh: () => '在 PATH 或其默认安装位置中找到', example: {} }),
  'ui.cli.doctor.version': entry({ en: (a: { version: string }) => `version: ${a.version}`, zh: (a) => `版本：${a.version}`, example: { version: 'Chromium 131.0.6778.85' } }),
  'ui.cli.doctor.version-unknown': entry({ en: () => 'version: unknown (--version failed)', zh: () => '版本：未知（--version 运行失败）', example: {} }),
  'ui.cli.doctor.fonts-built-in': entry({ en: () => 'fonts (built-in stacks):', zh: () => '字体（内置字体列表）：', example: {} }),
  'ui.cli.doctor.fonts-of-report': entry({
    en: (a: { dir: string }) => `fonts (report.yaml fonts: of ${a.dir}, then the built-in stacks):`,
    zh: (a) => `字体（先用 ${a.dir} 中 report.yaml 的 fonts:，再用内置字体列表）：`,
    example: { dir: 'data/wujin-2020' },
  }),
  'ui.cli.doctor.warnings': entry({ en: () => 'warnings:', zh: () => '警告：', example: {} }),
  'ui.cli.doctor.type3-unknown': entry({ en: () => 'Type 3 risk: unknown (fc-list not found)', zh: () => 'Type 3 风险：未知（未找到 fc-list 命令）', example: {} }),
  'ui.cli.doctor.type3-none': entry({
    en: () => 'Type 3 risk: none (no face in use is OpenType/CFF)',
    zh: () => 'Type 3 风险：无（所用字体均不是 OpenType/CFF 格式）',
    example: {},
  }),
  'ui.cli.doctor.type3-risk': entry({
    en: (a: { faces: readonly string[] }) =>
      `Type 3 risk: ${a.faces.join(', ')} ${a.faces.length === 1 ? 'is' : 'are'} OpenType/CFF (Chromium embeds such faces as Type 3 glyphs whose text extracts wrongly; name a TrueType face in fonts:)`,
    zh: (a) => `Type 3 风险：${a.faces.join('、')} 为 OpenType/CFF 格式（Chromium 会将此类字体嵌入为 Type 3 字形，PDF 中的文字无法正确复制和检索；请在 fonts: 中改用 TrueType 字体）`,
    example: { faces: ['Noto Serif CJK SC'] },
  }),
};
