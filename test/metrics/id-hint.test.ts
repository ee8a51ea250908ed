import { describe, expect, it } from 'vitest';
import { unknownIdHint } from '../../src/metrics/id-hint.js';

const ids = ['行政复议.收到', '行政复议.受理'];
const reference = (id: string) => `{{${id.replace('|', ' | ')}}}`;

describe('unknownIdHint', () => {
  it('names a full-width dot and gives the reference to write', () => {
    expect(unknownIdHint('行政复议。收到', ids, reference)).toEqual({
      en: ' ("。" for "." in the id: write {{行政复议.收到}})',
      zh: '（指标名称中的“。”应为“.”：应写为 {{行政复议.收到}}）',
    });
    expect(unknownIdHint('行政复议．收到', ids, (id) => id)?.en).toBe(' ("．" for "." in the id: write 行政复议.收到)');
  });

  it('names spaces inside the id', () => {
    expect(unknownIdHint('行政复议. 收到', ids, reference)?.en).toBe(' (no spaces in the id: write {{行政复议.收到}})');
    expect(unknownIdHint('行政 复议。收到', ids, reference)?.zh).toBe('（指标名称中的“。”应为“.”，指标名称中不能有空格：应写为 {{行政复议.收到}}）');
  });

  it('puts a full-width bar back between the id and its format', () => {
    expect(unknownIdHint('行政复议.收到｜percent:1', ids, reference)?.en).toBe(' ("｜" for "|" in the id: write {{行政复议.收到 | percent:1}})');
  });

  it('corrects a misspelling too when the retyped id is still unknown', () => {
    expect(unknownIdHint('行政复议。收', ids, reference)?.en).toBe(' ("。" for "." in the id: write {{行政复议.收到}})');
  });

  it('is a plain did-you-mean otherwise, or nothing', () => {
    expect(unknownIdHint('行政复议.收', ids, reference)?.en).toBe(' (did you mean "行政复议.收到"?)');
    expect(unknownIdHint('财政.支出', ids, reference)).toBeUndefined();
  });
});
