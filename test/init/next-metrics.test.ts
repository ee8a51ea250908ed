import { describe, expect, it } from 'vitest';
import { nextMetrics } from '../../src/init/next-metrics.js';

describe('nextMetrics', () => {
  it('empties every stated value to null with last year\'s value as written beside it', () => {
    const text = [
      '# 行政复议',
      '行政复议:',
      '  收到: { value: 48, unit: 件 }   # 截止12月15日',
      '  受理: 45',
      '  均值: 1.50',
      '  纠错率:',
      '    value: 15.3%     # 原文',
      '    formula: 纠错 / 审结',
      '  占比: { formula: 受理 / 收到, format: percent:1 }',
      '  空: null # 2019: 3',
      '  子组:',
      '    数: 7',
      'checks:',
      '  - 行政复议.收到 >= 45',
      '',
    ].join('\n');
    const next = nextMetrics(text, '2020');
    expect(next.emptied).toBe(5);
    expect(next.text).toBe(
      [
        '# 行政复议',
        '行政复议:',
        '  收到: { value: null, unit: 件 } # 2020: 48 · 截止12月15日',
        '  受理: null # 2020: 45',
        '  均值: null # 2020: 1.50',
        '  纠错率:',
        '    value: null      # 2020: 15.3% · 原文',
        '    formula: 纠错 / 审结',
        '  占比: { formula: 受理 / 收到, format: percent:1 }',
        '  空: null # 2019: 3',
        '  子组:',
        '    数: null # 2020: 7',
        'checks:',
        '  - 行政复议.收到 >= 45',
        '',
      ].join('\n'),
    );
  });

  it('keeps a one-line row on one line, last year\'s values after its closing brace', () => {
    const text = ['依申请:', '  本年新收: { 自然人: 46, 其他: 1, 总计: 47 }', '收费: { 金额: { value: 0.5, format: fixed:2 } }  # 万元', ''].join('\n');
    const next = nextMetrics(text, '2023');
    expect(next.emptied).toBe(4);
    expect(next.text).toBe(
      ['依申请:', '  本年新收: { 自然人: null, 其他: null, 总计: null } # 2023: 自然人 46, 其他 1, 总计 47', '收费: { 金额: { value: null, format: fixed:2 } } # 2023: 金额 0.5 · 万元', ''].join('\n'),
    );
  });

  it('leaves a file that does not parse as it is', () => {
    expect(nextMetrics('a: [1,\n', '2020')).toEqual({ text: 'a: [1,\n', emptied: 0 });
  });
});
