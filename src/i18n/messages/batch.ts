import { entry } from '../entry.js';

/** Several reports in one run (report build/check with several directories, --all, --shard). */
export const batch = {
  'ui.batch.progress': entry({
    en: (a: { done: number; total: number; report: string }) => `[${a.done}/${a.total}] ${a.report} …`,
    zh: (a) => `[${a.done}/${a.total}] ${a.report} …`,
    example: { done: 12, total: 40, report: '财政局-2024' },
  }),
  'ui.batch.columns': entry({
    // the summary table's headings, tab-separated
    en: () => 'report\tpages\twarnings\terrors\ttime',
    zh: () => '报告\t页数\t警告\t错误\t用时',
    example: {},
  }),
  'ui.batch.total': entry({
    en: (a: { reports: number; failed: number; seconds: string }) => `${a.reports} ${a.reports === 1 ? 'report' : 'reports'}, ${a.failed} failed, in ${a.seconds} s`,
    zh: (a) => `共 ${a.reports} 份报告，${a.failed} 份未通过，用时 ${a.seconds} 秒`,
    example: { reports: 20, failed: 1, seconds: '12.40' },
  }),
  'ui.batch.none': entry({
    en: (a: { where: string }) => `no report found (no report.yaml under ${a.where})`,
    zh: (a) => `未找到报告（${a.where} 下没有 report.yaml）`,
    example: { where: 'reports/' },
  }),
  'ui.batch.spaced-path': entry({
    en: (a: { parts: readonly string[]; joined: string }) => `no report directory ${a.parts.map((p) => `"${p}"`).join(', ')}, but "${a.joined}" is one (put a path that has spaces in quotes: report check "${a.joined}")`,
    zh: (a) => `没有名为${a.parts.map((p) => `“${p}”`).join('、')}的报告目录，但有“${a.joined}”（路径中有空格时请用英文引号括起：report check "${a.joined}"）`,
    example: { parts: ['2020年', '报告'], joined: '2020年 报告' },
  }),
  'ui.batch.wrote': entry({
    en: (a: { files: readonly string[] }) => `wrote ${a.files.join(', ')}`,
    zh: (a) => `已生成 ${a.files.join('、')}`,
    example: { files: ['reports/财政局-2024/dist/财政局-2024.html', 'reports/财政局-2024/dist/财政局-2024.pdf'] },
  }),
  'ui.batch.browser-restarted': entry({
    en: () => 'the browser had quit or stopped answering on an earlier report: started it again for this one and the reports after it',
    zh: () => '浏览器在此前的报告中意外退出或无响应，已重新启动，继续生成本报告及其后的报告',
    example: {},
  }),
  'ui.batch.bad-jobs': entry({
    en: (a: { value: string }) => `--jobs "${a.value}" is not a whole number of 1 or more`,
    zh: (a) => `--jobs 的值“${a.value}”应为不小于 1 的整数`,
    example: { value: '0' },
  }),
  'ui.batch.bad-shard': entry({
    en: (a: { value: string }) => `--shard "${a.value}" is not of the form i/n with 1 ≤ i ≤ n (e.g. 2/4)`,
    zh: (a) => `--shard 的值“${a.value}”应为 i/n 形式，且 1 ≤ i ≤ n（如 2/4）`,
    example: { value: '5/4' },
  }),
  'ui.batch.empty-shard': entry({
    en: (a: { shard: string; reports: number }) => `shard ${a.shard} is empty (${a.reports} reports in all, fewer than the shares)`,
    zh: (a) => `第 ${a.shard} 份分片中没有报告（共 ${a.reports} 份报告，少于分片数）`,
    example: { shard: '4/4', reports: 3 },
  }),
};
