import { describe, expect, it } from 'vitest';
import { selectMetrics, type SelectedMetric } from '../../src/metrics/select.js';
import { showMetric } from '../../src/transform/show-metric.js';
import { storeOf } from '../helpers/store.js';

const store = storeOf(`
审批改革:
  取消事项: { value: 18, unit: 项 }
  合格率: 42.3%
  收入: { value: 52308000, unit: 元 }
`);

function item(key: string): SelectedMetric {
  const result = selectMetrics(store, { group: '审批改革', rows: [key] });
  if (!result.ok || result.selection.kind !== 'list') throw new Error('select');
  return result.selection.items[0]!;
}

describe('showMetric', () => {
  it('moves a 万 into the unit', () => {
    expect(showMetric(item('收入'), 'wan:1')).toMatchObject({ ok: true, text: '5230.8', unit: '万元' });
  });

  it('refuses a directive\'s percent format on a count, and allows it on a share', () => {
    expect(showMetric(item('取消事项'), 'percent:1')).toMatchObject({ ok: false, message: { rule: 'percent-on-count', en: expect.stringContaining('as "1800.0%"') } });
    expect(showMetric(item('合格率'), 'percent:0')).toMatchObject({ ok: true, text: '42%' });
  });

  it('names the metric a format cannot show, in both languages', () => {
    expect(showMetric(item('合格率'), 'cn')).toMatchObject({
      ok: false,
      message: {
        rule: 'unknown-format',
        en: 'format "cn" needs a whole number from 0 to 9999 (got 0.423) (metric "审批改革.合格率")',
        zh: '格式 cn（汉字数字）只适用于 0 至 9999 的整数（该数值为 0.423）（指标“审批改革.合格率”）',
      },
    });
  });
});
