import { entry } from '../entry.js';

/** Messages of report preview: its help, its terminal lines, the page's overlay and print view, its usage errors. */
export const preview = {
  'ui.help.preview': entry({
    en: () => 'serve the portal page and the print view on this computer, rebuilt and reloaded as you save',
    zh: () => '在本机预览网页版和打印版，保存文件后自动重新生成并刷新页面',
    example: {},
  }),
  'ui.help.preview.port': entry({ en: () => 'port on 127.0.0.1 (default: a free one)', zh: () => '端口号，仅监听 127.0.0.1（默认：任选一个空闲端口）', example: {} }),
  'ui.help.preview.open': entry({ en: () => 'open the page in the system browser', zh: () => '用系统默认浏览器打开预览页面', example: {} }),
  'ui.help.preview.browser': entry({ en: () => 'Chromium or Chrome for the print view (default: found automatically)', zh: () => '打印版所用的 Chromium 或 Chrome（默认：自动查找）', example: {} }),
  'ui.help.preview.after': entry({
    en: () => 'The page is served to this computer only (127.0.0.1). Ctrl+C stops the preview.\nExample: report preview data/wujin-2020 --open',
    zh: () => '预览页面仅本机可访问（127.0.0.1）。按 Ctrl+C 停止预览。\n示例：report preview data/wujin-2020 --open',
    example: {},
  }),

  // the terminal
  'ui.preview.serving': entry({
    en: (a: { url: string; print: string }) => `previewing at ${a.url} (print view: ${a.print}); Ctrl+C stops`,
    zh: (a) => `预览地址：${a.url}（打印版：${a.print}）；按 Ctrl+C 停止`,
    example: { url: 'http://127.0.0.1:41234/', print: 'http://127.0.0.1:41234/print' },
  }),
  'ui.preview.rebuilt': entry({
    en: (a: { time: string; ms: number; summary: string }) => `${a.time} portal page rebuilt in ${a.ms} ms: ${a.summary}`,
    zh: (a) => `${a.time} 网页版已更新（${a.ms} 毫秒）：${a.summary}`,
    example: { time: '09:30:12', ms: 64, summary: 'no problems' },
  }),
  'ui.preview.kept': entry({
    en: (a: { time: string; summary: string }) => `${a.time} portal page not rebuilt (${a.summary}): the last good page stays on screen`,
    zh: (a) => `${a.time} 网页版未更新（${a.summary}）：页面保留上一次正确的内容`,
    example: { time: '09:30:12', summary: '1 error, 0 warnings' },
  }),
  'ui.preview.printed': entry({
    en: (a: { time: string; ms: number; pages: number }) => `${a.time} print view rebuilt in ${a.ms} ms (${a.pages} ${a.pages === 1 ? 'page' : 'pages'})`,
    zh: (a) => `${a.time} 打印版已更新（${a.ms} 毫秒，共 ${a.pages} 页）`,
    example: { time: '09:30:13', ms: 812, pages: 6 },
  }),
  'ui.preview.print-failed': entry({
    en: (a: { time: string; reason: string }) => `${a.time} print view not rebuilt (${a.reason})`,
    zh: (a) => `${a.time} 打印版未能更新（${a.reason}）`,
    example: { time: '09:30:13', reason: 'the browser quit' },
  }),
  'ui.preview.no-print': entry({
    en: (a: { reason: string }) => `no print view: ${a.reason}`,
    zh: (a) => `无法提供打印版：${a.reason}`,
    example: { reason: 'no Chromium or Chrome found' },
  }),
  'ui.preview.open-failed': entry({
    en: (a: { url: string; reason: string }) => `could not open the system browser (${a.reason}): open ${a.url} by hand`,
    zh: (a) => `未能打开系统浏览器（${a.reason}），请手动打开 ${a.url}`,
    example: { url: 'http://127.0.0.1:41234/', reason: 'xdg-open not found' },
  }),

  // usage errors (exit 2)
  'ui.preview.bad-port': entry({
    en: (a: { value: string }) => `invalid --port "${a.value}" (use a whole number from 0 to 65535; 0 picks a free port)`,
    zh: (a) => `--port 的值“${a.value}”无效（应为 0 到 65535 的整数；0 表示任选空闲端口）`,
    example: { value: 'http' },
  }),
  'ui.preview.port-in-use': entry({
    en: (a: { port: number; why: 'in-use' | 'denied' }) =>
      a.why === 'in-use' ? `port ${a.port} on 127.0.0.1 is in use (leave out --port to take a free one)` : `port ${a.port} on 127.0.0.1 is not open to this user (leave out --port to take a free one)`,
    zh: (a) => (a.why === 'in-use' ? `127.0.0.1 的端口 ${a.port} 已被占用（不写 --port 即自动选用空闲端口）` : `当前用户无权使用 127.0.0.1 的端口 ${a.port}（不写 --port 即自动选用空闲端口）`),
    example: { port: 8080, why: 'in-use' },
  }),
  'ui.preview.browser-quit': entry({
    en: () => 'the browser quit: it is started again at the next save',
    zh: () => '浏览器意外退出，下次保存时将自动重新启动',
    example: {},
  }),
  'ui.preview.browser-frozen': entry({
    en: (a: { seconds: number }) => `the browser did not finish the PDF within ${a.seconds} s: it is started again at the next save`,
    zh: (a) => `浏览器在 ${a.seconds} 秒内未完成 PDF 生成，下次保存时将自动重新启动`,
    example: { seconds: 120 },
  }),
  'ui.preview.browser-gone': entry({
    en: () => 'the browser quit or stopped answering again and again: start the preview again for the print view',
    zh: () => '浏览器多次意外退出或无响应，请重新启动预览以恢复打印版',
    example: {},
  }),
  'ui.preview.browser-restarted': entry({
    en: (a: { time: string }) => `${a.time} the browser had quit or stopped answering: started it again for the print view`,
    zh: (a) => `${a.time} 浏览器曾意外退出或无响应，已重新启动以更新打印版`,
    example: { time: '09:30:13' },
  }),

  // the page: overlay, placeholder, print view
  'ui.preview.overlay.failed': entry({
    en: () => 'The report has errors: the page below is the last good one',
    zh: () => '报告有错误，下方仍显示上一次正确的页面',
    example: {},
  }),
  'ui.preview.overlay.warnings': entry({ en: () => 'The report has warnings', zh: () => '报告有警告', example: {} }),
  'ui.preview.overlay.close': entry({ en: () => 'Hide', zh: () => '隐藏', example: {} }),
  'ui.preview.waiting': entry({
    en: () => 'No good page yet: fix the problems listed and save',
    zh: () => '尚无可显示的页面，请按提示修改后保存',
    example: {},
  }),
  'ui.preview.print.title': entry({ en: (a: { title: string }) => `Print view: ${a.title}`, zh: (a) => `打印版：${a.title}`, example: { title: '常州市武进区人民政府2020年法治政府建设工作报告' } }),
  'ui.preview.print.building': entry({ en: () => 'Printing the PDF…', zh: () => '正在生成 PDF……', example: {} }),
  'ui.preview.print.ready': entry({
    en: (a: { time: string; pages: number }) => `PDF of ${a.time}, ${a.pages} ${a.pages === 1 ? 'page' : 'pages'}`,
    zh: (a) => `${a.time} 生成的 PDF，共 ${a.pages} 页`,
    example: { time: '09:30:13', pages: 6 },
  }),
  'ui.preview.print.none': entry({
    en: (a: { reason: string }) => `No print view (${a.reason})`,
    zh: (a) => `无法提供打印版（${a.reason}）`,
    example: { reason: 'no Chromium or Chrome found' },
  }),
  'ui.preview.pdf-link': entry({ en: () => 'Open the PDF alone', zh: () => '单独打开 PDF', example: {} }),
  'ui.preview.portal-link': entry({ en: () => 'Portal page', zh: () => '网页版', example: {} }),
  'ui.preview.refused-host': entry({
    en: (a: { host: string }) => `refused: the preview answers only to 127.0.0.1 and localhost (the request named "${a.host}")`,
    zh: (a) => `已拒绝：预览只接受 127.0.0.1 和 localhost 的访问（本次请求的主机名为“${a.host}”）`,
    example: { host: 'attacker.example:41234' },
  }),
  'ui.preview.not-found': entry({
    en: (a: { path: string }) => `not found: "${a.path}" (the preview serves /, /print and /report.pdf only)`,
    zh: (a) => `未找到“${a.path}”（预览只提供 /、/print 和 /report.pdf）`,
    example: { path: '/sections/01.md' },
  }),
};
