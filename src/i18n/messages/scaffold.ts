import { entry } from '../entry.js';

const KIND_NAMES: Record<string, { en: string; zh: string }> = {
  report: { en: 'a report', zh: '一般报告' },
  'disclosure-annual': { en: 'a 政府信息公开工作年度报告', zh: '政府信息公开工作年度报告' },
};

const kindName = (kind: string) => KIND_NAMES[kind] ?? { en: kind, zh: kind };

/** Messages about report new: the skeleton of a report from nothing, finding report.yaml upward. */
export const scaffold = {
  'ui.help.new': entry({
    en: () => 'start a report from nothing: report.yaml with every field explained, two sections, a metric file (all or nothing)',
    zh: () => '新建一份报告：生成逐项注释的 report.yaml、章节文件和指标文件（要么全部写入，要么不写）',
    example: {},
  }),
  'ui.help.new.dir': entry({
    en: () => 'the new report directory (must not exist, or be empty)',
    zh: () => '新报告的目录（须为不存在的目录或空目录）',
    example: {},
  }),
  'ui.help.new.kind': entry({
    en: () => 'report (default), or disclosure-annual: a 政府信息公开工作年度报告 with its standard tables, every figure at 0',
    zh: () => 'report（一般报告，默认），或 disclosure-annual（政府信息公开工作年度报告，含标准表格，数字预填为 0）',
    example: {},
  }),
  'ui.help.new.after': entry({
    en: () => `
The report covers the year in the directory's name (2024年…), else last year (this year in
December), and is dated today; every value is a placeholder to replace.
Editors with the YAML extension check report.yaml as it is typed against .report/report.schema.json.
Examples: report new 2024年法治政府建设情况报告
          report new 2024年政府信息公开工作年度报告 --kind disclosure-annual`,
    zh: () => `
报告年度取目录名中的年份（如“2024年…”），目录名中没有年份时预填为上一年（12月份为本年）；
成文日期预填为今天；所有内容都是示例，请逐项改为实际内容。
装有 YAML 扩展的编辑器（如 VS Code）按 .report/report.schema.json 随时检查 report.yaml。
示例：report new 2024年法治政府建设情况报告
      report new 2024年政府信息公开工作年度报告 --kind disclosure-annual`,
    example: {},
  }),
  'ui.new.created': entry({
    en: (a: { dir: string; kind: string; files: number }) =>
      `created ${a.dir}, ${kindName(a.kind).en}: ${a.files} files; fill in report.yaml, the sections and the metrics, then run report check ${a.dir}`,
    zh: (a) => `已新建“${a.dir}”（${kindName(a.kind).zh}），共 ${a.files} 个文件。请按注释填写 report.yaml、章节文件和指标，然后运行 report check ${a.dir}`,
    example: { dir: '2024年法治政府建设情况报告', kind: 'report', files: 5 },
  }),
  'ui.new.unknown-kind': entry({
    en: (a: { kind: string; kinds: string }) => `unknown kind "${a.kind}" (use ${a.kinds})`,
    zh: (a) => `未知的报告类型“${a.kind}”（应为 ${a.kinds} 之一）`,
    example: { kind: 'annual', kinds: 'report, disclosure-annual' },
  }),
};
