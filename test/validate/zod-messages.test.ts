import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { metricAttributesSchema } from '../../src/metrics/metric-schema.js';
import { chartAttributesSchema, tableAttributesSchema } from '../../src/transform/directive-attributes.js';
import { DIRECTIVE_KEY_NAMES, MANIFEST_KEY_NAMES, METRIC_KEY_NAMES, type KeyNames } from '../../src/validate/chinese-keys.js';
import { manifestSchema } from '../../src/validate/manifest-schema.js';
import { schemaKeysAt } from '../../src/validate/schema-keys.js';
import { zodProblems, type ZodSubject } from '../../src/validate/zod-messages.js';

/** `rule at path | English | Chinese` for each problem zod finds in `input`. */
function problems(schema: z.ZodType, input: unknown, subject: ZodSubject, names: KeyNames): string[] {
  const parsed = schema.safeParse(input);
  if (parsed.success) return [];
  return zodProblems(parsed.error.issues, { subject, input, allowedKeys: (path) => schemaKeysAt(schema, path), names }).map(
    (p) => `${p.message.rule} ${p.at} ${p.path.join('.')} | ${p.message.en} | ${p.message.zh}`,
  );
}

describe('zodProblems', () => {
  const manifest = { title: 't', issuer: 'i', 'index-number': '014133058/2021-00012', date: '2021-01-25', publisher: 'p', classification: { topic: 'a', genre: 'b', series: 'c' }, summary: 's' };
  const field = (input: unknown) => problems(manifestSchema, input, { kind: 'field' }, MANIFEST_KEY_NAMES);

  it('gives report.yaml an unknown key with a did-you-mean from its Chinese name, at the key', () => {
    expect(field({ ...manifest, 文件编号: '武政发〔2021〕7号' })).toEqual([
      'unknown-key key 文件编号 | unknown key "文件编号" (did you mean "document-number"?) | 未知的键“文件编号”（是否应为“document-number”？）',
    ]);
  });

  it('tells a missing key from one left null, and names the field in Chinese', () => {
    const { summary: _summary, ...lacking } = manifest;
    expect(field({ ...lacking, date: null })).toEqual([
      'field-unfilled value date | "date" is not filled in | “date”（成文日期）尚未填写',
      'missing-key absent summary | missing required key "summary" | 缺少必填的键“summary”（内容概述）',
    ]);
  });

  it('says what a nested mapping should hold when given a string', () => {
    expect(field({ ...manifest, classification: '综合政务' })).toEqual([
      'invalid-value value classification | invalid value "综合政务" for "classification" (expected object) | “classification”（分类）的值“综合政务”无效（应为下一级的键：topic、genre、series，另起一行缩进书写）',
    ]);
  });

  it('gives a metric mapping an unknown key with a did-you-mean, Chinese names too', () => {
    const metric = (input: unknown) => problems(metricAttributesSchema, input, { kind: 'metric', id: '行政复议.受理' }, METRIC_KEY_NAMES);
    expect(metric({ value: 45, unti: '件' })).toEqual([
      'unknown-key key unti | unknown key "unti" in metric "行政复议.受理" (did you mean "unit"?) (allowed: value, formula, format, unit, label, note, source) | 指标“行政复议.受理”中有未知的键“unti”（是否应为“unit”？）（可用的键：value、formula、format、unit、label、note、source）',
    ]);
    expect(metric({ value: 45, 单位: '件' })[0]).toContain('unknown key "单位" in metric "行政复议.受理" (did you mean "unit"?)');
  });

  it('keeps the rules of a metric mapping: unknown-format for its format, metric-invalid for the rest', () => {
    const metric = (input: unknown) => problems(metricAttributesSchema, input, { kind: 'metric', id: 'a' }, METRIC_KEY_NAMES);
    expect(metric({ value: 1, format: 'pct' })).toEqual([
      'unknown-format value format | metric "a": unknown format "pct" (known: percent:N, fixed:N, integer, cn, wan:N, yi:N, signed:N, grouped:N, change, change:percent:N, change:amount) | 指标“a”的格式“pct”不存在（可用的格式：percent:N、fixed:N、integer、cn、wan:N、yi:N、signed:N、grouped:N、change、change:percent:N、change:amount）',
    ]);
    expect(metric({ unit: '件' })).toEqual(['metric-invalid value  | metric "a": a metric needs a value or a formula | 指标“a”既没有 value 也没有 formula（至少写其中之一）']);
    expect(metric({ value: 'x' })).toEqual(['metric-invalid value value | metric "a": a number or a percentage like 15.3% | 指标“a”的 value 无效（应为数字或百分数，如 15.3%）']);
    expect(metric({ value: '42.3％' })).toEqual([
      'metric-invalid value value | metric "a": full-width percent sign "％" (type the half-width %: 42.3%) | 指标“a”的 value 无效（百分号“％”是全角字符，请改为半角 %：42.3%）',
    ]);
    expect(metric({ value: 1, formula: ' ' })).toEqual(['metric-invalid value formula | metric "a": invalid formula (must not be empty) | 指标“a”的 formula 无效（不能为空）']);
  });

  it('gives directive attributes the directive\'s words', () => {
    const table = (input: unknown) => problems(tableAttributesSchema, input, { kind: 'attribute', directive: 'table' }, DIRECTIVE_KEY_NAMES);
    expect(table({ captoin: 'x', group: 'g' })).toEqual([
      'missing-key absent caption | :::table needs caption="…" | :::table 缺少 caption="…" 属性',
      'unknown-key key captoin | unknown attribute "captoin" of :::table (did you mean "caption"?) (allowed: group, rows, columns, caption, format, corner) | :::table 没有“captoin”属性（是否应为“caption”？）（可用的属性：group、rows、columns、caption、format、corner）',
    ]);
    expect(table({ caption: 'x' })).toEqual(['missing-key absent group | :::table needs group or rows (which metrics to show) | :::table 缺少 group 或 rows 属性（用以指明列出哪些指标）']);
    expect(table({ caption: 'x', rows: ' , ' })).toEqual([
      'invalid-value value rows | attribute rows " , " of :::table is invalid (must name at least one metric) | :::table 的属性 rows=" , " 无效（至少要列出一个指标）',
    ]);
    expect(table({ caption: 'x', group: 'g', 表题: 'y' })[0]).toContain('unknown attribute "表题" of :::table (did you mean "caption"?)');
    const chart = (input: unknown) => problems(chartAttributesSchema, input, { kind: 'attribute', directive: 'chart' }, DIRECTIVE_KEY_NAMES);
    expect(chart({ caption: 'x', group: 'g', type: 'pie' })).toEqual(['invalid-value value type | attribute type "pie" of :::chart is invalid (use "bar" or "line") | :::chart 的属性 type="pie" 无效（应为“bar”或“line”）']);
    expect(chart({ caption: 'x', group: 'g', format: 'pct' })[0]).toMatch(/^unknown-format value format \| unknown format "pct" \(known: .*\) in :::chart \| :::chart 中的格式“pct”不存在/);
  });
});
