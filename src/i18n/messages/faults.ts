import { entry } from '../entry.js';

/**
 * What `report build` says when the machine fails it mid-build: the browser crashing or
 * hanging, a signal, another build writing to the same directory. Each is one line after
 * `report: ` (exit 2, or 128 + the signal's number), and each says what happened to the
 * outputs, since that is what the clerk needs to know next.
 */
export const faults = {
  // puppeteer's own words for it ("Target closed", "Session closed") say nothing more
  'ui.faults.browser-crashed': entry({
    en: () => 'failed to print the PDF (the browser quit mid-print; nothing was written; run again)',
    zh: () => 'PDF 生成失败（浏览器意外退出），未写入任何文件，原有输出文件保持不变；请重新运行',
    example: {},
  }),
  'ui.faults.browser-timeout': entry({
    en: (a: { seconds: number }) =>
      `failed to print the PDF within ${a.seconds} s (the browser stopped answering; nothing was written; run again, or allow more time with --timeout)`,
    zh: (a) => `浏览器在 ${a.seconds} 秒内未完成 PDF 生成（浏览器无响应），未写入任何文件，原有输出文件保持不变；请重新运行，或用 --timeout 延长等待时间`,
    example: { seconds: 120 },
  }),
  'ui.faults.invalid-timeout': entry({
    en: (a: { value: string; source: string }) => `invalid timeout "${a.value}" in ${a.source} (give seconds, a positive number such as 120)`,
    zh: (a) => `${a.source} 指定的等待时间“${a.value}”无效（请填写正数秒数，如 120）`,
    example: { value: 'abc', source: '--timeout' },
  }),
  'ui.faults.interrupted': entry({
    en: (a: { signal: string; written: boolean }) => `interrupted (${a.signal}; ${a.written ? 'the new outputs had been written in full' : 'nothing was written'})`,
    zh: (a) =>
      a.written ? `已中断（收到 ${a.signal} 信号），中断前新的输出文件已全部写完` : `已中断（收到 ${a.signal} 信号），未写入任何文件，原有输出文件保持不变`,
    example: { signal: 'SIGINT', written: false as boolean },
  }),
  'ui.faults.waiting': entry({
    en: (a: { pid: number; dir: string }) => `waiting for another build (process ${a.pid}) to finish writing to "${a.dir}"`,
    zh: (a) => `另一个生成进程（进程号 ${a.pid}）正在写入“${a.dir}”，等待其完成……`,
    example: { pid: 4242, dir: 'dist' },
  }),
  'ui.faults.locked': entry({
    en: (a: { dir: string; pid: number; seconds: number; lock: string }) =>
      `failed to write to "${a.dir}" (another build, process ${a.pid}, held it for ${a.seconds} s; nothing was written; if no build is running, remove "${a.lock}")`,
    zh: (a) =>
      `无法写入输出目录“${a.dir}”（另一个生成进程（进程号 ${a.pid}）已占用 ${a.seconds} 秒），未写入任何文件；请待其完成后重试，如确认没有其他生成在运行，可删除“${a.lock}”`,
    example: { dir: 'dist', pid: 4242, seconds: 30, lock: 'dist/.report.lock' },
  }),
  'ui.faults.cause.cannot-create': entry({
    en: (a: { raw: string }) => a.raw,
    zh: () => '该位置不存在或不允许创建目录',
    example: { raw: "ENOENT: no such file or directory, mkdir '/proc/x'" },
  }),
  'ui.faults.help.timeout': entry({
    en: () => 'seconds the browser may take to start and print the PDF (default: $REPORT_TIMEOUT, then 120)',
    zh: () => '等待浏览器启动并生成 PDF 的最长秒数（默认依次取 $REPORT_TIMEOUT、120）',
    example: {},
  }),
};
