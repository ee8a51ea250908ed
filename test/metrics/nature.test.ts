import { describe, expect, it } from 'vitest';
import { parseExpression, type Expr } from '../../src/metrics/expression.js';
import { isRatio, natureOf, percentOnCount, shareAsPercent } from '../../src/metrics/nature.js';

function expr(source: string): Expr {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return parsed.expr;
}

describe('natureOf', () => {
  it('takes a percentage as written for a share', () => {
    expect(natureOf({ id: 'a', value: 0.153, statedIsPercent: true })).toBe('share');
    expect(natureOf({ id: 'a', value: 12, statedIsPercent: true })).toBe('share');
  });

  it('takes a ratio formula with a result from 0 to 1 for a share', () => {
    expect(natureOf({ id: '行政复议.纠错', value: 0.153, formula: expr('(确认违法 + 撤销或责令) / 审结') })).toBe('share');
    expect(natureOf({ id: '行政复议.纠错', value: 2.5, formula: expr('a / b') })).toBeUndefined();
  });

  it('takes a name ending in 率, 比, 比例, 占比 or 比重 with a value from 0 to 1 for a share', () => {
    expect(natureOf({ id: '行政执法.评查合格率', value: 0.423 })).toBe('share');
    expect(natureOf({ id: '财政.x', label: '民生支出比重', value: 0.7 })).toBe('share');
    expect(natureOf({ id: '建议提案.满意率', value: 1 })).toBe('share');
  });

  it('takes a whole number that is no share and no ratio for a count', () => {
    expect(natureOf({ id: '审批改革.取消事项', value: 18 })).toBe('count');
    expect(natureOf({ id: '合计', value: 12, formula: expr('a + b') })).toBe('count');
    // 满意率 written in percent units (prose adds the %): a whole number, so percent on it is wrong too
    expect(natureOf({ id: '建议提案.满意率', value: 100 })).toBe('count');
  });

  it('leaves averages, fractions and ratios above 1 undecided', () => {
    expect(natureOf({ id: '案件.人均', value: 0.8, formula: expr('案件 / 人数') })).toBeUndefined();
    expect(natureOf({ id: '平均', value: 1.5 })).toBeUndefined();
    expect(natureOf({ id: '倍数', value: 3, formula: expr('a / b') })).toBeUndefined();
    expect(natureOf({ id: 'a', value: undefined })).toBeUndefined();
  });
});

describe('isRatio', () => {
  it('is a division by a metric at the top of the formula', () => {
    expect(isRatio(expr('a / b'))).toBe(true);
    expect(isRatio(expr('(a + b) / (c + d)'))).toBe(true);
    expect(isRatio(expr('a / 10000'))).toBe(false);
    expect(isRatio(expr('a / b * 100'))).toBe(false);
    expect(isRatio(expr('a - b / c'))).toBe(false);
  });
});

describe('shareAsPercent', () => {
  const share = { id: '行政复议.直接纠错率', value: 0.153 };
  it('gives the percentage to write, at the precision written', () => {
    expect(shareAsPercent({ ...share, stated: 0.153, statedDecimals: 3 })).toBe('15.3%');
    expect(shareAsPercent({ ...share, stated: 0.5, statedDecimals: 1 })).toBe('50%');
    expect(shareAsPercent({ id: '纠错', value: 0.4234, formula: expr('a / b'), stated: 0.4234, statedDecimals: 4 })).toBe('42.34%');
  });

  it('takes 1 for 100% only when a ratio formula confirms it', () => {
    expect(shareAsPercent({ id: '覆盖', value: 1, formula: expr('a / b'), stated: 1, statedDecimals: 0 })).toBe('100%');
    expect(shareAsPercent({ id: '满意率', value: 1, stated: 1, statedDecimals: 0 })).toBeUndefined();
  });

  it('stays silent for percentages, zero, averages and names that are no share', () => {
    expect(shareAsPercent({ ...share, statedIsPercent: true, stated: 0.153, statedDecimals: 1 })).toBeUndefined();
    expect(shareAsPercent({ ...share, stated: 0, statedDecimals: 0 })).toBeUndefined();
    expect(shareAsPercent({ id: '人均', value: 0.8, formula: expr('a / b'), stated: 0.8, statedDecimals: 1 })).toBeUndefined();
    expect(shareAsPercent({ id: '面积', value: 0.5, stated: 0.5, statedDecimals: 1 })).toBeUndefined();
    expect(shareAsPercent({ id: '万元', value: 0.35, formula: expr('元 / 10000'), stated: 0.35, statedDecimals: 2 })).toBeUndefined();
  });
});

describe('percentOnCount', () => {
  it('refuses percent on a count, naming what would be printed', () => {
    const message = percentOnCount({ id: '审批改革.取消事项', value: 18, nature: 'count' }, ' percent:1 ');
    expect(message?.rule).toBe('percent-on-count');
    expect(message?.en).toBe('format "percent:1" prints the whole number 18 of "审批改革.取消事项" as "1800.0%" (percent is for shares: drop the format, or show a share, a metric with formula: part / total)');
    expect(message?.zh).toBe('指标“审批改革.取消事项”是整数 18，按格式“percent:1”将显示为“1800.0%”（百分比格式只用于比率：请删去该格式，或改为引用比率指标，即 formula: 部分 / 总数）');
  });

  it('allows percent on shares and undecided metrics, other formats on counts, and zero', () => {
    expect(percentOnCount({ id: 'a', value: 0.153, nature: 'share' }, 'percent:1')).toBeUndefined();
    expect(percentOnCount({ id: 'a', value: 1.5 }, 'percent:1')).toBeUndefined();
    expect(percentOnCount({ id: 'a', value: 18, nature: 'count' }, 'grouped')).toBeUndefined();
    expect(percentOnCount({ id: 'a', value: 18, nature: 'count' }, undefined)).toBeUndefined();
    expect(percentOnCount({ id: 'a', value: 0, nature: 'count' }, 'percent')).toBeUndefined();
  });
});
