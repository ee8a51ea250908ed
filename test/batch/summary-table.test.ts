import { describe, expect, it } from 'vitest';
import { formatSummaryTable } from '../../src/batch/summary-table.js';

describe('formatSummaryTable', () => {
  const outcomes = [
    { report: 'reports/财政局-2024', pages: 17, warnings: 2, errors: 0, seconds: 1.234, code: 0 },
    { report: 'reports/jy', warnings: 0, errors: 3, seconds: 0.2, code: 1 },
  ];

  it('aligns the columns by display width, Chinese names included', () => {
    expect(formatSummaryTable(outcomes, 1.5, 'en')).toBe(
      [
        'report               pages  warnings  errors    time',
        'reports/财政局-2024     17         2       0  1.23 s',
        'reports/jy               –         0       3  0.20 s',
        '2 reports, 1 failed, in 1.50 s',
      ].join('\n'),
    );
  });

  it('speaks Chinese', () => {
    const table = formatSummaryTable(outcomes, 1.5, 'zh').split('\n');
    expect(table[0]).toBe('报告                 页数  警告  错误    用时');
    expect(table.at(-1)).toBe('共 2 份报告，1 份未通过，用时 1.50 秒');
  });
});
