import { describe, expect, it } from 'vitest';
import { selectMetrics } from '../../src/metrics/select.js';
import { storeOf } from '../helpers/store.js';

const store = storeOf(`
行政复议:
  收到: { value: 48, unit: 件, label: 收到行政复议申请 }
  受理: { value: 45, unit: 件 }
  不予受理: 3
调解:
  诉调对接: { 调解员: 18, 纠纷: 2000 }
  派出所: { 调解员: 18, 纠纷: 1000 }
`);

const ids = (result: ReturnType<typeof selectMetrics>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  if (result.selection.kind !== 'list') throw new Error('not a list');
  return result.selection.items.map((i) => `${i.metric.id}|${i.key}`);
};

describe('selectMetrics', () => {
  it('takes every metric of a group, in definition order', () => {
    expect(ids(selectMetrics(store, { group: '行政复议' }))).toEqual(['行政复议.收到|收到', '行政复议.受理|受理', '行政复议.不予受理|不予受理']);
    expect(ids(selectMetrics(store, { group: '调解' }))).toEqual(['调解.诉调对接.调解员|诉调对接.调解员', '调解.诉调对接.纠纷|诉调对接.纠纷', '调解.派出所.调解员|派出所.调解员', '调解.派出所.纠纷|派出所.纠纷']);
  });

  it('resolves rows relative to the group first, then as full ids', () => {
    expect(ids(selectMetrics(store, { group: '行政复议', rows: ['受理', '调解.派出所.纠纷'] }))).toEqual(['行政复议.受理|受理', '调解.派出所.纠纷|纠纷']);
    expect(ids(selectMetrics(store, { rows: ['行政复议.收到'] }))).toEqual(['行政复议.收到|收到']);
  });

  it('builds a grid of row groups by metric keys; rows default to the subgroups', () => {
    const result = selectMetrics(store, { group: '调解', columns: ['调解员', '纠纷'] });
    expect(result.ok && result.selection.kind === 'grid' && result.selection.rows.map((r) => r.key)).toEqual(['诉调对接', '派出所']);
    expect(result.ok && result.selection.kind === 'grid' && result.selection.cells.map((row) => row.map((c) => c.metric.value))).toEqual([[18, 2000], [18, 1000]]);
  });

  it('names each unknown metric or group with a did-you-mean and the text to point at', () => {
    expect(selectMetrics(store, { group: '行政复议', rows: ['收到', '受里'] })).toEqual({
      ok: false,
      problems: [{ message: { en: 'unknown metric "行政复议.受里" (did you mean "行政复议.受理"?)', zh: '未知指标“行政复议.受里”（是否应为“行政复议.受理”？）', rule: 'unknown-metric' }, attribute: 'rows', needle: '受里' }],
    });
    expect(selectMetrics(store, { group: '行政复' })).toMatchObject({ ok: false, problems: [{ message: { en: 'unknown metric group "行政复" (did you mean "行政复议"?)', rule: 'unknown-metric' }, attribute: 'group' }] });
    expect(selectMetrics(store, { group: '行政复议.收到' })).toMatchObject({ ok: false, problems: [{ message: { en: 'unknown metric group "行政复议.收到" (it is a metric, not a group: name it in rows)' } }] });
    expect(selectMetrics(store, { group: '调解', rows: ['诉调对', '派出所'], columns: ['调解员', '纠份'] })).toMatchObject({
      ok: false,
      problems: [
        { message: { en: 'unknown metric group "调解.诉调对" (did you mean "调解.诉调对接"?)' }, attribute: 'rows', needle: '诉调对' },
        { message: { en: 'unknown metric "调解.派出所.纠份" (did you mean "调解.派出所.纠纷"?)' }, attribute: 'columns', needle: '纠份' },
      ],
    });
  });
});
