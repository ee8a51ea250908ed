import { describe, expect, it } from 'vitest';
import { meantAttribute } from '../../src/metrics/attribute-key.js';

describe('meantAttribute', () => {
  it.each([
    ['value', 'value'],
    ['值', 'value'],
    ['数值', 'value'],
    ['公式', 'formula'],
    ['格式', 'format'],
    ['单位', 'unit'],
    ['名称', 'label'],
    ['标签', 'label'],
    ['说明', 'note'],
    ['备注', 'note'],
    ['来源', 'source'],
    ['formular', 'formula'],
    ['valeu', 'value'],
    ['unti', 'unit'],
    ['Unit', 'unit'],
  ])('%s → %s', (key, attribute) => {
    expect(meantAttribute(key)).toBe(attribute);
  });

  it('means nothing for a metric name', () => {
    expect(meantAttribute('收到')).toBeUndefined();
    expect(meantAttribute('总计')).toBeUndefined();
    expect(meantAttribute('total')).toBeUndefined();
  });
});
