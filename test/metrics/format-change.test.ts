import { describe, expect, it } from 'vitest';
import { formatChange, isChangeFormat } from '../../src/metrics/format.js';

describe('formatChange', () => {
  it('is a relative change with one decimal by default', () => {
    expect(formatChange(51, 48, 'change')).toEqual({ ok: true, text: '增长6.3%' });
    expect(formatChange(45, 48, 'change')).toEqual({ ok: true, text: '下降6.3%' });
    expect(formatChange(48, 48, 'change')).toEqual({ ok: true, text: '持平' });
  });

  it('takes the decimals of change:percent:N, and is 持平 when the change rounds to zero', () => {
    expect(formatChange(51, 48, 'change:percent:2')).toEqual({ ok: true, text: '增长6.25%' });
    expect(formatChange(51, 48, 'change:percent')).toEqual({ ok: true, text: '增长6%' });
    expect(formatChange(10001, 10000, 'change:percent:1')).toEqual({ ok: true, text: '持平' });
  });

  it('has no percentage for a change from 0', () => {
    expect(formatChange(3, 0, 'change').ok).toBe(false);
    expect(formatChange(3, 0, 'change:amount')).toEqual({ ok: true, text: '增长3' });
  });

  it('shows change:amount as the metric is shown, with its unit', () => {
    expect(formatChange(51, 48, 'change:amount', { unit: '件' })).toEqual({ ok: true, text: '增长3件' });
    expect(formatChange(46, 48, 'change:amount', { unit: '件' })).toEqual({ ok: true, text: '下降2件' });
    expect(formatChange(48, 48, 'change:amount', { unit: '件' })).toEqual({ ok: true, text: '持平' });
    expect(formatChange(1.3, 1.1, 'change:amount')).toEqual({ ok: true, text: '增长0.2' });
    expect(formatChange(5, 3, 'change:amount', { format: 'cn', unit: '个' })).toEqual({ ok: true, text: '增长二个' });
  });

  it('gives a percentage\'s change in percentage points, from the figures as printed', () => {
    // 15.26% and 13.14% print as 15.3% and 13.1%: the prose says 2.2, not 2.1
    expect(formatChange(0.1314, 0.1526, 'change:amount', { format: 'percent:1' })).toEqual({ ok: true, text: '下降2.2个百分点' });
    expect(formatChange(0.92, 0.9, 'change:amount', { format: 'percent:0' })).toEqual({ ok: true, text: '增长2个百分点' });
    expect(formatChange(0.9201, 0.92, 'change:amount', { format: 'percent:1' })).toEqual({ ok: true, text: '持平' });
  });

  it('rejects an unknown change spec', () => {
    const result = formatChange(1, 2, 'change:ratio');
    expect(result).toMatchObject({ ok: false, message: { en: 'unknown format "change:ratio" (known: change, change:percent:N, change:amount)', rule: 'unknown-format' } });
  });
});

describe('isChangeFormat', () => {
  it('tells change specs from display formats', () => {
    expect(isChangeFormat('change')).toBe(true);
    expect(isChangeFormat(' change:amount ')).toBe(true);
    expect(isChangeFormat('changes')).toBe(false);
    expect(isChangeFormat('percent:1')).toBe(false);
    expect(isChangeFormat(undefined)).toBe(false);
  });
});
