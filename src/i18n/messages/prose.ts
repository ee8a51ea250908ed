import { entry } from '../entry.js';

/** Messages about figures the prose of a disclosure report writes out, checked against the table cells they restate. */
export const prose = {
  // one cell, or a metric whose formula is the sum the phrase names: its reference prints the same quantity
  'disclosure-prose-mismatch': entry({
    en: (a: { phrase: string; written: number; expected: number; reference: string }) => `"${a.phrase}" says ${a.written} but the table has ${a.expected} (write ${a.reference})`,
    zh: (a) => `正文“${a.phrase}”写的是 ${a.written}，统计表中为 ${a.expected}（请改写为 ${a.reference}）`,
    example: { phrase: '新收政府信息公开申请57件', written: 57, expected: 56, reference: '{{依申请.本年新收.总计}}' },
  }),
  // a sum of cells no metric holds: no single reference prints it, so the figure and a metric to add are given
  'disclosure-prose-mismatch/sum': entry({
    en: (a: { phrase: string; written: number; expected: number; label: string; terms: string; formula: string }) =>
      `"${a.phrase}" says ${a.written} but the table has ${a.expected} (${a.label}: ${a.terms}; write ${a.expected}, or add a metric with formula: ${a.formula} and write its reference)`,
    zh: (a) => `正文“${a.phrase}”写的是 ${a.written}，统计表中为 ${a.expected}（${a.label}：${a.terms}；请改写为 ${a.expected}，或新建一个指标，公式为 ${a.formula}，正文引用该指标）`,
    example: {
      phrase: '予以公开及部分公开33件',
      written: 33,
      expected: 32,
      label: '予以公开及部分公开',
      terms: '予以公开 24 + 部分公开 8',
      formula: '依申请.办理结果.予以公开.总计 + 依申请.办理结果.部分公开.总计',
    },
  }),
};
