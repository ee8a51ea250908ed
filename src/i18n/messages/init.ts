import { entry } from '../entry.js';

/** Messages about report init and report new. */
export const init = {
  'stale-year/line': entry({
    en: (a: { year: string; last: string; phrase: string }) =>
      `year "${a.year}" is as last year's report has it (the line is unchanged from ${a.last}): write this year's, or keep it with confirmed-years: [${a.phrase}] in report.yaml`,
    zh: (a) =>
      `年份“${a.year}”沿用上年报告原文（本行与 ${a.last} 相同）：请按本年度情况修改；确需保留的，在 report.yaml 中写明 confirmed-years: [${a.phrase}]`,
    example: { year: '2020年', last: '../wujin-2020/sections/07-closing.md:1', phrase: '2020年的工作' },
  }),
  'stale-year/field': entry({
    en: (a: { year: string; field: string; last: string; phrase: string }) =>
      `year "${a.year}" in ${a.field} is as last year's report has it (the same as in ${a.last}): write this year's, or keep it with confirmed-years: [${a.phrase}] in report.yaml`,
    zh: (a) =>
      `${a.field} 中的年份“${a.year}”沿用上年报告（与 ${a.last} 中相同）：请按本年度情况修改；确需保留的，在 report.yaml 中写明 confirmed-years: [${a.phrase}]`,
    example: { year: '2019年', field: 'summary', last: '../wujin-2020/report.yaml', phrase: '2019年以来' },
  }),
};
