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
  'ui.batch.bad-shard': entry({
    en: (a: { value: string }) => `--shard "${a.value}" is not of the form i/n with 1 ≤ i ≤ n (e.g. 2/4)`,
    zh: (a) => `--shard 的值“${a.value}”应为 i/n 形式，且 1 ≤ i ≤ n（如 2/4）`,
    example: { value: '5/4' },
  }),
  'ui.batch.empty-shard': entry({
    en: (a: { shard: string; reports: number }) => `shard ${a.shard} has no report to build (${a.reports} reports in all)`,
    zh: (a) => `第 ${a.shard} 份分片中没有要处理的报告（共 ${a.reports} 份报告）`,
    example: { shard: '4/4', reports: 3 },
  }),
};
