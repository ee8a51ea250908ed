import { describe, expect, it } from 'vitest';
import { Sink, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { collectMetrics } from '../../src/metrics/collect.js';
import { buildStore, type MetricStore } from '../../src/metrics/store.js';
import { parseYaml, type YamlFile } from '../../src/validate/yaml.js';

/** Metric files by path → the store and every diagnostic, as `analyze` would build them. */
function build(files: Record<string, string>): { store: MetricStore; diagnostics: Diagnostic[] } {
  const sink = new Sink();
  const parsed = Object.entries(files)
    .map(([path, text]) => parseYaml({ path, text }, sink))
    .filter((y): y is YamlFile => y !== undefined);
  const collected = collectMetrics(parsed, sink);
  const store = buildStore(collected.metrics, collected.checks, sink);
  return { store, diagnostics: sink.sorted() };
}

/** `file:line:column rule message`, one string per diagnostic, to assert on in one go. */
function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.place?.line}:${d.place?.column} ${d.rule} ${d.message}`);
}

const ADMIN_REVIEW = `行政复议:
  收到: { value: 48, unit: 件 }
  受理: 45
  不予受理: 3
  审结: 59
  确认违法: 1
  撤销或责令: 8
  直接纠错率:
    value: 15.3%
    formula: (确认违法 + 撤销或责令) / 审结
checks:
  - { name: 收到等于受理加不予受理, expr: "行政复议.收到 == 行政复议.受理 + 行政复议.不予受理" }
`;

describe('buildStore', () => {
  it('resolves relative names in formulas against the metric\'s group', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': ADMIN_REVIEW });
    expect(diagnostics).toEqual([]);
    expect(store.get('行政复议.收到')).toMatchObject({ id: '行政复议.收到', value: 48, unit: '件', file: 'metrics/m.yaml', place: { line: 2, column: 3 } });
    const rate = store.get('行政复议.直接纠错率');
    expect(rate?.value).toBeCloseTo(0.153, 12);
    expect(rate?.format).toBe('percent:1');
    expect(rate?.formula).toBe('(确认违法 + 撤销或责令) / 审结');
    expect([...store.ids()]).toContain('行政复议.审结');
    expect(store.all()).toHaveLength(7);
  });

  it('resolves absolute ids in formulas too', () => {
    const { store, diagnostics } = build({
      'metrics/m.yaml': `行政复议:\n  收到: 48\n行政应诉:\n  案件数: 12\n  占比:\n    formula: 案件数 / 行政复议.收到\n`,
    });
    expect(diagnostics).toEqual([]);
    expect(store.get('行政应诉.占比')?.value).toBe(0.25);
  });

  it('computes a metric with only a formula, in dependency order', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `合计:\n  formula: a + b\na: 1\nb:\n  formula: a * 2\n` });
    expect(diagnostics).toEqual([]);
    expect(store.get('合计')?.value).toBe(3);
  });

  it('accepts a stated value that equals its formula at the precision shown (15.3%)', () => {
    // 9 / 59 = 15.254…% shown with one decimal is 15.3%
    const { diagnostics } = build({ 'metrics/m.yaml': ADMIN_REVIEW });
    expect(diagnostics).toEqual([]);
  });

  it('accepts a stated whole number that equals its rounded formula', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 143\nb: 3\n平均:\n  value: 48\n  formula: a / b\n` });
    expect(diagnostics).toEqual([]);
    expect(store.get('平均')?.value).toBe(48);
  });

  it('reports a stated value that disagrees with its formula, at the metric', () => {
    const { diagnostics } = build({
      'metrics/m.yaml': `行政复议:\n  审结: 50\n  纠错: 20\n  直接纠错率:\n    value: 41.2%\n    formula: 纠错 / 审结\n`,
    });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:4:3 stated-mismatch stated value 41.2% of "行政复议.直接纠错率" disagrees with its formula (纠错 / 审结 = 40.000%, shown as 40.0%)',
    ]);
  });

  it('compares plain numbers at the decimals they are written with', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 10\nb: 3\nc:\n  value: 3.34\n  formula: a / b\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:3:1 stated-mismatch stated value 3.34 of "c" disagrees with its formula (a / b = 3.33333333333, shown as 3.33)']);
  });

  it('reports division by zero at the formula', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 1\nb: 0\nc:\n  formula: a / b\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:4:12 division-by-zero division by zero in formula of "c" (a / b)']);
    expect(store.get('c')?.value).toBeUndefined();
  });

  it('reports division by zero in a check', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 1\nb: 0\nchecks:\n  - a / b == 1\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:4:5 division-by-zero division by zero in check "a / b == 1" (a / b)']);
  });

  it('reports a formula cycle once and does not loop', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a:\n  formula: b + 1\nb:\n  formula: a + 1\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:2:12 formula-cycle formula of "a" depends on itself']);
    expect(store.get('a')?.value).toBeUndefined();
  });

  it('reports a metric whose formula uses itself', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a:\n  formula: "a + 1"\n` });
    // the position is past the opening quote, at the formula text
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:2:13 formula-cycle formula of "a" depends on itself']);
  });

  it('reports an unknown relative name in a formula with a did-you-mean, at the name', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `行政复议:\n  收到: 48\n  比例:\n    formula: 办结数量 + 收 / 2\n` });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:4:14 unknown-metric unknown metric "办结数量" in "办结数量 + 收 / 2"',
      'metrics/m.yaml:4:21 unknown-metric unknown metric "收" in "办结数量 + 收 / 2" (did you mean "行政复议.收到"?)',
    ]);
  });

  it('reports an unknown absolute id in a check with a did-you-mean', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `行政复议:\n  收到: 48\nchecks:\n  - "行政复议.收 > 0"\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:4:6 unknown-metric unknown metric "行政复议.收" in "行政复议.收 > 0" (did you mean "行政复议.收到"?)']);
  });

  // Inside a group the relative candidate (行政复议.行政复议.收) is the only one tried for
  // the hint, so a misspelt absolute id gets none.
  it('suggests the right id for a misspelt absolute id inside a group', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `行政复议:\n  收到: 48\n  比例:\n    formula: 行政复议.收 / 2\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:4:14 unknown-metric unknown metric "行政复议.收" in "行政复议.收 / 2" (did you mean "行政复议.收到"?)']);
  });

  it('stays silent about ids in a group whose metric file did not parse', () => {
    const sink = new Sink();
    const parsed = parseYaml({ path: 'metrics/m.yaml', text: `比例:\n  formula: 行政复议.收到 / 2\nchecks:\n  - 行政复议.收到 > 比例\n  - 其他.x > 0\n` }, sink);
    if (!parsed) throw new Error('fixture must parse');
    const collected = collectMetrics([parsed], sink);
    const store = buildStore(collected.metrics, collected.checks, sink, new Set(['行政复议']));
    expect(store.unavailable('行政复议.收到')).toBe(true);
    expect(store.unavailable('其他.x')).toBe(false);
    expect(lines(sink.sorted())).toEqual(['metrics/m.yaml:5:5 unknown-metric unknown metric "其他.x" in "其他.x > 0"']);
  });

  it('reads a full-width operator in a formula as the ASCII one, with a warning at its column', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 1\nb:\n  formula: a＋1\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:3:13 metric-full-width formula "a＋1" has "＋" for "+" (read as "a+1"; write that)']);
    expect(diagnostics[0]?.severity).toBe('warning');
    expect(store.get('b')?.value).toBe(2);
  });

  it('names a failing check and shows both sides\' values', () => {
    const { diagnostics } = build({
      'metrics/m.yaml': ADMIN_REVIEW.replace('不予受理: 3', '不予受理: 2').replace('checks:\n', 'checks:\n  - 行政复议.收到 <= 40\n'),
    });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:12:5 check-failed check "行政复议.收到 <= 40" failed (left 行政复议.收到 = 48, right 40)',
      'metrics/m.yaml:13:33 check-failed check "收到等于受理加不予受理" (行政复议.收到 == 行政复议.受理 + 行政复议.不予受理) failed (left 行政复议.收到 = 48, right 行政复议.受理 + 行政复议.不予受理 = 47)',
    ]);
  });

  it('reports a check that is not a comparison', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 1\nchecks:\n  - a + 1\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:3:5 expression-unsupported check "a + 1" is not a comparison (write e.g. a == b + c)']);
  });

  it('reports a formula that is a comparison', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 1\nb:\n  formula: a == 1\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:3:12 expression-unsupported formula of "b" is a comparison, not a number (move it to checks)']);
  });

  it('reports expression syntax errors at their column', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 1\nb:\n  formula: "a = 1"\nc:\n  formula: a +\nchecks:\n  - "f(a) == 1"\n` });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:3:15 expression-syntax invalid expression "a = 1" (single "=" is not a comparison (write "=="))',
      'metrics/m.yaml:5:15 expression-syntax invalid expression "a +" (Expected expression after +)',
      'metrics/m.yaml:7:6 expression-unsupported invalid expression "f(a) == 1" (a function call is not allowed in a formula)',
    ]);
  });

  it('reports the same metric in two files with the first definition\'s place', () => {
    const { store, diagnostics } = build({
      'metrics/a.yaml': `行政复议:\n  收到: 48\n`,
      'metrics/b.yaml': `# 重复\n行政复议:\n  受理: 45\n  收到: 50\n`,
    });
    expect(lines(diagnostics)).toEqual(['metrics/b.yaml:4:3 duplicate-metric duplicate metric "行政复议.收到" (first defined at metrics/a.yaml:2:3)']);
    expect(store.get('行政复议.收到')?.value).toBe(48);
    expect(store.get('行政复议.受理')?.value).toBe(45);
  });

  it('reads percent strings with their decimals', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 15%\nb: "15.25 %"\nc: -2.5%\n` });
    expect(diagnostics).toEqual([]);
    expect(store.get('a')).toMatchObject({ value: 0.15, format: 'percent:0' });
    expect(store.get('b')?.value).toBeCloseTo(0.1525, 12);
    expect(store.get('b')?.format).toBe('percent:2');
    expect(store.get('c')?.value).toBeCloseTo(-0.025, 12);
  });

  it('keeps an explicit format over the one a percent string implies', () => {
    const { store } = build({ 'metrics/m.yaml': `a: { value: 15.3%, format: percent:2 }\n` });
    expect(store.get('a')?.format).toBe('percent:2');
  });

  it('reports values that are not metrics as metric-invalid', () => {
    const { diagnostics } = build({
      'metrics/m.yaml': `a: abc\nb: 15.3‰\nc:\nd: { unit: 个 }\ne: { value: x }\nf.g: 1\n`,
    });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:1:4 metric-invalid metric "a" has value "abc" (expected a number, a percentage like 15.3%, or a mapping with value/formula)',
      'metrics/m.yaml:2:4 metric-invalid metric "b" has value "15.3‰" (expected a number, a percentage like 15.3%, or a mapping with value/formula)',
      // an empty value is a figure still to fill in (report init --from leaves them so)
      'metrics/m.yaml:3:1 metric-unfilled metric "c" is not filled in',
      // a mapping without value or formula is a group, so its attributes read as metrics
      'metrics/m.yaml:4:12 metric-invalid metric "d.unit" has value "个" (expected a number, a percentage like 15.3%, or a mapping with value/formula)',
      'metrics/m.yaml:5:13 metric-invalid metric "e" has value "x" (expected a number, a percentage like 15.3%, or a mapping with value/formula)',
      'metrics/m.yaml:6:1 metric-invalid metric name "f.g" must not be empty or contain "." (dots separate groups in ids)',
    ]);
  });

  it('refuses the names every JavaScript object has (__proto__, constructor, prototype) at their key', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    const { store, diagnostics } = build({
      'metrics/m.yaml': `__proto__:\n  polluted: 1\nconstructor:\n  prototype: { value: 2 }\n组:\n  prototype: 3\n  toString: 4\n`,
    });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:1:1 metric-invalid metric name "__proto__" is reserved (the program gives every object that name; choose another)',
      'metrics/m.yaml:3:1 metric-invalid metric name "constructor" is reserved (the program gives every object that name; choose another)',
      'metrics/m.yaml:6:3 metric-invalid metric name "prototype" is reserved (the program gives every object that name; choose another)',
    ]);
    // other names objects have are plain metric names (the store is a Map)
    expect(store.get('组.toString')?.value).toBe(4);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
  });

  // The store promises that one error does not cascade; a metric with a bad value is
  // dropped today, so every formula and check that names it reports it as unknown.
  it('does not cascade an invalid metric into unknown-metric errors', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `收到: 48\n受理: 四十五\n比例:\n  formula: 受理 / 收到\nchecks:\n  - 受理 <= 收到\n` });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:2:5 metric-invalid metric "受理" has its value "四十五" in Chinese numerals (write 45; the format cn prints Chinese numerals)',
    ]);
  });

  it('reports a metric file that is not a mapping', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `- 1\n- 2\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:1:1 metric-invalid a metric file must be a mapping of groups and metrics']);
  });

  it('ignores an empty metric file', () => {
    expect(build({ 'metrics/m.yaml': '# nothing yet\n' }).diagnostics).toEqual([]);
  });

  it('reports unknown attribute keys at the key, with a did-you-mean and the allowed ones', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: { value: 1, unti: 个 }\nb:\n  value: 2\n  lable: 两\n` });
    expect(lines(diagnostics)).toEqual([
      'metrics/m.yaml:1:16 unknown-key unknown key "unti" in metric "a" (did you mean "unit"?) (allowed: value, formula, format, unit, label, note, source)',
      'metrics/m.yaml:4:3 unknown-key unknown key "lable" in metric "b" (did you mean "label"?) (allowed: value, formula, format, unit, label, note, source)',
    ]);
  });

  it('reports an unknown format at its value', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: { value: 1, format: pct }\n` });
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['unknown-format', { line: 1, column: 24 }]]);
  });

  it('reports a malformed checks list', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 1\nchecks: a == 1\n` });
    expect(lines(diagnostics)).toEqual(['metrics/m.yaml:2:1 metric-invalid "checks" must be a list of expressions or { name, expr } mappings']);
    const item = build({ 'metrics/m.yaml': `a: 1\nchecks:\n  - { name: x }\n` });
    expect(lines(item.diagnostics)).toEqual(['metrics/m.yaml:3:5 metric-invalid a check must be an expression string or a mapping { name, expr }']);
  });

  // A stated 0 with a formula that leaves binary noise (0.3 - (0.1 + 0.2) ≈ -5.6e-17)
  // agrees at one decimal; it must not be reported as a mismatch.
  it('accepts a stated zero whose formula leaves binary noise', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 0.1\nb: 0.2\nc: 0.3\n差:\n  value: 0.0\n  formula: c - (a + b)\n` });
    expect(diagnostics).toEqual([]);
  });
});

/** `file:line:column severity rule message` for the clerk's mistakes, warnings included. */
function full(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.place?.line}:${d.place?.column} ${d.severity} ${d.rule} ${d.message}`);
}

describe('the clerk\'s mistakes in metric files (issue 7)', () => {
  it('reads attributes named in Chinese as the attributes meant, each key an error with its did-you-mean', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `行政复议:\n  受理: { 数值: 45, 单位: 件 }\nchecks:\n  - 行政复议.受理 == 45\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:2:9 error unknown-key unknown key "数值" in metric "行政复议.受理" (did you mean "value"?) (allowed: value, formula, format, unit, label, note, source)',
      'metrics/m.yaml:2:17 error unknown-key unknown key "单位" in metric "行政复议.受理" (did you mean "unit"?) (allowed: value, formula, format, unit, label, note, source)',
    ]);
    expect(diagnostics[1]?.zh).toBe('指标“行政复议.受理”中有未知的键“单位”（是否应为“unit”？）（可用的键：value、formula、format、unit、label、note、source）');
    expect(store.get('行政复议.受理')).toMatchObject({ value: 45, unit: '件' });
  });

  it('reads a mapping whose only key is a misspelt value as a metric, not a group', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: { valeu: 3 }\nb:\n  formular: a + 1\n` });
    expect(full(diagnostics).map((l) => l.replace(/ \(allowed: .*\)$/, ''))).toEqual([
      'metrics/m.yaml:1:6 error unknown-key unknown key "valeu" in metric "a" (did you mean "value"?)',
      'metrics/m.yaml:3:3 error unknown-key unknown key "formular" in metric "b" (did you mean "formula"?)',
    ]);
    expect(store.get('a')?.value).toBe(3);
    expect(store.get('b')?.value).toBe(4);
  });

  it('reports a thousands separator that splits a value inside { … } at the comma, once', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: { value: 22,487, unit: 条 }\ng: { x: 1,046, y: 2 }\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:1:15 error metric-invalid the comma in "22,487" ends the value inside { … }, so metric "a" was read as 22 (write 22487, without the thousands separator)',
      'metrics/m.yaml:2:10 error metric-invalid the comma in "1,046" ends the value inside { … }, so metric "g.x" was read as 1 (write 1046, without the thousands separator)',
    ]);
    expect(store.get('a')?.value).toBeUndefined();
    expect(store.get('g.y')?.value).toBe(2);
    expect([...store.ids()]).toEqual(['a', 'g.x', 'g.y']);
  });

  it('reads a thousands separator in a plain value, with a warning at the comma', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 1,234\n` });
    expect(full(diagnostics)).toEqual(['metrics/m.yaml:1:5 warning metric-thousands-separator metric "a" has a thousands separator in its value "1,234" (read as 1234; write 1234, and format: grouped to print 1,234)']);
    expect(store.get('a')?.value).toBe(1234);
  });

  it('points at the character typed wrong in a value, quoted or not, in a mapping or not', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 42.3％\nb: "31个"\nc: { value: ４８, unit: 件 }\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:1:8 warning metric-full-width metric "a" has full-width "％" in its value "42.3％" (read as 42.3%; write 42.3%)',
      'metrics/m.yaml:2:7 error metric-invalid metric "b" has the unit "个" typed in its value "31个" (write { value: 31, unit: 个 })',
      'metrics/m.yaml:3:13 warning metric-full-width metric "c" has full-width "４", "８" in its value "４８" (read as 48; write 48)',
    ]);
    expect(store.get('a')).toMatchObject({ format: 'percent:1' });
    expect(store.get('a')?.value).toBeCloseTo(0.423, 12);
    expect(store.get('b')?.value).toBeUndefined();
    expect(store.get('c')).toMatchObject({ value: 48, unit: '件' });
  });

  it('suggests a known format for one typed in Chinese or misspelt', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: { value: 0.5, format: 百分比:1 }\nb: { value: 2, format: intger }\n` });
    expect(full(diagnostics).map((l) => l.replace(/ \(known: .*\)$/, ''))).toEqual([
      'metrics/m.yaml:1:26 error unknown-format unknown format "百分比:1" (did you mean "percent:1"?)',
      'metrics/m.yaml:2:24 error unknown-format unknown format "intger" (did you mean "integer"?)',
    ]);
  });

  it('refuses a percent format on a count, at the format', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `审批改革:\n  取消事项: { value: 18, format: percent:1 }\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:2:30 error percent-on-count format "percent:1" prints the whole number 18 of "审批改革.取消事项" as "1800.0%" (percent is for shares: drop the format, or show a share, a metric with formula: part / total)',
    ]);
  });

  it('warns about a share stated as a decimal, at the value, with the percentage to write', () => {
    const { diagnostics } = build({
      'metrics/m.yaml': `行政执法:\n  评查合格率: 0.423\nx: 9\ny: 59\n纠错: { value: 0.153, formula: x / y }\n`,
    });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:2:10 warning share-as-decimal share "行政执法.评查合格率" is written as the decimal 0.423 and prints as "0.423" (write 42.3%)',
      'metrics/m.yaml:5:14 warning share-as-decimal share "纠错" is written as the decimal 0.153 and prints as "0.153" (write 15.3%)',
    ]);
    expect(diagnostics[0]?.zh).toBe('指标“行政执法.评查合格率”是比率，写成了小数 0.423，将显示为“0.423”（应写为 42.3%）');
  });

  it('says nothing of decimals that are no share, or whose format is chosen', () => {
    const { diagnostics } = build({
      'metrics/m.yaml': `x: 8\ny: 10\n人均: { value: 0.8, formula: x / y }\n面积: 0.5\n占比: { value: 0.423, format: fixed:3 }\n万元: { value: 0.8, formula: x / 10 }\n满意率: 1\n`,
    });
    expect(diagnostics).toEqual([]);
  });

  it('reads ÷, ×, ≥ and full-width operators as ASCII, with a warning at the first', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `a: 6\nb: 3\nc:\n  formula: "（a ＋ b）÷ b × 2"\nchecks:\n  - c ≥ 6\n  - c ＝ 6\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:4:13 warning metric-full-width formula "（a ＋ b）÷ b × 2" has "（" for "(", "＋" for "+", "）" for ")", "÷" for "/", "×" for "*" (read as "(a + b)/ b * 2"; write that)',
      'metrics/m.yaml:6:7 warning metric-full-width check "c ≥ 6" has "≥" for ">=" (read as "c >= 6"; write that)',
      'metrics/m.yaml:7:7 warning metric-full-width check "c ＝ 6" has "＝" for "==" (read as "c == 6"; write that)',
    ]);
    expect(store.get('c')?.value).toBe(6);
  });

  it('keeps full-width parentheses that belong to a metric name', () => {
    const { store, diagnostics } = build({ 'metrics/m.yaml': `镇（街道）: 5\n合计:\n  formula: 镇（街道） + 1\n` });
    expect(diagnostics).toEqual([]);
    expect(store.get('合计')?.value).toBe(6);
  });

  it('points at a typed operator past the others, and reports a later error at its own column', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `a: 1\nb:\n  formula: a ≤ 1 ＋ 未知\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:3:14 warning metric-full-width formula "a ≤ 1 ＋ 未知" has "≤" for "<=", "＋" for "+" (read as "a <= 1 + 未知"; write that)',
      'metrics/m.yaml:3:20 error unknown-metric unknown metric "未知" in "a ≤ 1 ＋ 未知"',
    ]);
  });

  it('names a full-width dot in an id of a formula, with the name to write', () => {
    const { diagnostics } = build({ 'metrics/m.yaml': `行政复议:\n  收到: 48\n  比例:\n    formula: 行政复议。收到 / 2\n  一半:\n    formula: 收到。 / 2\n` });
    expect(full(diagnostics)).toEqual([
      'metrics/m.yaml:4:14 error unknown-metric unknown metric "行政复议。收到" in "行政复议。收到 / 2" ("。" for "." in the id: write 行政复议.收到)',
      'metrics/m.yaml:6:14 error unknown-metric unknown metric "收到。" in "收到。 / 2" ("。" for "." in the id: write 收到)',
    ]);
  });
});

