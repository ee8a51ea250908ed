import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { parseYaml, placeOf, topLevelKeys } from '../../src/validate/yaml.js';

function parse(text: string) {
  const sink = new Sink();
  const yaml = parseYaml({ path: 'metrics/m.yaml', text }, sink);
  return { yaml, diagnostics: sink.sorted() };
}

describe('parseYaml', () => {
  it('parses a document and keeps its value', () => {
    const { yaml, diagnostics } = parse('行政复议:\n  收到: 48\n');
    expect(diagnostics).toEqual([]);
    expect(yaml?.value).toEqual({ 行政复议: { 收到: 48 } });
  });

  it('reports a syntax error at its line and column, with a one-line cause', () => {
    const { yaml, diagnostics } = parse('a: 1\nb: [1, 2\nc: 3\n');
    expect(yaml).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ severity: 'error', file: 'metrics/m.yaml', rule: 'yaml-syntax' });
    expect(d?.message).toMatch(/^invalid YAML \(.+\)$/);
    expect(d?.message).not.toMatch(/\n|at line \d+/);
    // the parser notices the unclosed [ where the next key starts
    expect(d?.place).toEqual({ line: 3, column: 1 });
  });

  it('reports a tab indentation error at the tab', () => {
    const { diagnostics } = parse('a:\n\tb: 1\n');
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['yaml-syntax', { line: 2, column: 1 }]]);
  });

  it('says a syntax error in Chinese too, with the parser\'s words in parentheses', () => {
    const [tab] = parse('a:\n\tb: 1\n').diagnostics;
    expect(tab?.message).toBe('invalid YAML (Tabs are not allowed as indentation)');
    expect(tab?.zh).toBe('YAML 格式错误：不能用 Tab 键缩进，请改用半角空格（Tabs are not allowed as indentation）');
    const [quote] = parse('a: "abc\n').diagnostics;
    expect(quote?.zh).toMatch(/^YAML 格式错误.*（Missing closing "quote）$/);
  });

  it('reports an unclosed quote', () => {
    const { diagnostics } = parse('a: 1\nb: "abc\n');
    // found at the end of the input, where the closing quote should have been
    expect(diagnostics).toEqual([
      { severity: 'error', file: 'metrics/m.yaml', place: { line: 3, column: 1 }, message: 'invalid YAML (Missing closing "quote)', zh: expect.any(String), rule: 'yaml-syntax' },
    ]);
  });

  it('reports a duplicate key with its own rule, at the second key', () => {
    const { yaml, diagnostics } = parse('行政复议:\n  收到: 48\n  受理: 45\n  收到: 50\n');
    expect(yaml).toBeUndefined();
    expect(diagnostics).toEqual([
      { severity: 'error', file: 'metrics/m.yaml', place: { line: 4, column: 3 }, message: 'duplicate key "收到" (each key may appear once in a mapping)', zh: '键“收到”重复（同一层级中每个键只能出现一次，请删去或合并其中一个）', rule: 'duplicate-key' },
    ]);
  });

  it('reports a duplicate top-level key', () => {
    const { diagnostics } = parse('title: a\nissuer: b\ntitle: c\n');
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['duplicate-key', { line: 3, column: 1 }]]);
  });

  it('accepts an empty file', () => {
    const { yaml, diagnostics } = parse('');
    expect(diagnostics).toEqual([]);
    expect(yaml?.value).toBeNull();
  });
});

/** `rule line:column English | Chinese` of each diagnostic. */
function described(text: string): string[] {
  return parse(text).diagnostics.map((d) => `${d.rule} ${d.place?.line}:${d.place?.column} ${d.message} | ${d.zh}`);
}

describe('parseYaml on what a Chinese keyboard types', () => {
  it('points at a full-width colon after a top-level key, instead of "implicit keys"', () => {
    const text = '# 报告\ntitle：某区司法局2020年法治政府建设情况报告\nissuer: 某区司法局\n';
    const { yaml } = parse(text);
    // read with the colon mended, so the file's other problems are reported in the same run
    expect(yaml?.value).toEqual({ title: '某区司法局2020年法治政府建设情况报告', issuer: '某区司法局' });
    expect(described(text)).toEqual([
      'yaml-syntax 2:6 full-width colon "：" after "title" (type a half-width colon and a space: "title: 某区司法局2020年法治政府建设…") | “title”后的冒号“：”是全角字符（请改为半角冒号加一个空格：“title: 某区司法局2020年法治政府建设…”）',
    ]);
  });

  it('reads a file with its keyboard mistakes mended, every place pointing into the file as written', () => {
    const text = 'title：某区\nissuer:某区司法局\n行政复议:\n\u3000收到: 48\ndate: 2021-01-25\n';
    const { yaml, diagnostics } = parse(text);
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([
      ['yaml-syntax', { line: 1, column: 6 }],
      ['yaml-syntax', { line: 2, column: 7 }],
      ['yaml-syntax', { line: 4, column: 1 }],
    ]);
    expect(yaml?.value).toEqual({ title: '某区', issuer: '某区司法局', 行政复议: { 收到: 48 }, date: '2021-01-25' });
    expect(placeOf(yaml!, ['title'])).toEqual({ line: 1, column: 7 });
    expect(placeOf(yaml!, ['issuer'])).toEqual({ line: 2, column: 8 });
    expect(placeOf(yaml!, ['行政复议', '收到'])).toEqual({ line: 4, column: 6 });
    expect(placeOf(yaml!, ['date'])).toEqual({ line: 5, column: 7 });
  });

  it('reports every full-width colon of a file in one run', () => {
    const text = 'title：某区\nissuer：某区司法局\ndate: 2021-01-25\n';
    expect(parse(text).diagnostics.map((d) => [d.rule, d.place])).toEqual([
      ['yaml-syntax', { line: 1, column: 6 }],
      ['yaml-syntax', { line: 2, column: 7 }],
    ]);
  });

  it('reads a file of full-width colons only (one long plain value) the same way', () => {
    expect(parse('title：某区\nissuer：某区司法局\n').diagnostics.map((d) => d.place)).toEqual([
      { line: 1, column: 6 },
      { line: 2, column: 7 },
    ]);
  });

  it('points at a full-width colon after a group key', () => {
    expect(described('行政复议：\n  收到: 48\n  受理: 45\n')).toEqual([
      'yaml-syntax 1:5 full-width colon "：" after "行政复议" (type a half-width colon and a space: "行政复议:") | “行政复议”后的冒号“：”是全角字符（请改为半角冒号加一个空格：“行政复议:”）',
    ]);
  });

  it('points at a full-width colon that YAML reads as a value without complaint', () => {
    // 行政复议 would be the string "收到：48"
    expect(described('行政复议:\n  收到：48\n')).toEqual([
      'yaml-syntax 2:5 full-width colon "：" after "收到" (type a half-width colon and a space: "收到: 48") | “收到”后的冒号“：”是全角字符（请改为半角冒号加一个空格：“收到: 48”）',
    ]);
    expect(parse('行政复议:\n  收到：48\n  受理：45\n').diagnostics.map((d) => d.place)).toEqual([
      { line: 2, column: 5 },
      { line: 3, column: 5 },
    ]);
  });

  it('points at a full-width colon inside a flow mapping', () => {
    expect(parse('受理: { value：45, unit: 件 }\n').diagnostics.map((d) => [d.rule, d.place])).toEqual([['yaml-syntax', { line: 1, column: 12 }]]);
  });

  it('points at a half-width colon with no space after it', () => {
    expect(described('行政复议:\n  收到:48\n  受理: 45\n')).toEqual([
      'yaml-syntax 2:5 no space after the colon of "收到" (type a space after the colon: "收到: 48") | “收到”的冒号后缺少空格（冒号后须加一个半角空格：“收到: 48”）',
    ]);
    expect(described('行政复议:\n  收到:48\n')).toHaveLength(1);
  });

  it('points at a colon with no space after it on the last line, and in a flow mapping', () => {
    expect(parse('监管:\n  行政处罚公示率:94%\n').diagnostics.map((d) => [d.place, d.message])).toEqual([
      [{ line: 2, column: 10 }, 'no space after the colon of "行政处罚公示率" (type a space after the colon: "行政处罚公示率: 94%")'],
    ]);
    expect(parse('受理: { value:45, unit: 件 }\n').diagnostics.map((d) => d.place)).toEqual([{ line: 1, column: 12 }]);
  });

  it('shows the whole line as it should be typed, without its comment', () => {
    const [d] = parse('行政复议:\n  受理：{ value: 45 }   # 件\n').diagnostics;
    expect(d?.message).toBe('full-width colon "：" after "受理" (type a half-width colon and a space: "受理: { value: 45 }")');
  });

  it('points at a full-width space typed after a colon', () => {
    expect(described('行政复议:\n  收到:\u300048\n')).toEqual([
      'yaml-syntax 2:5 full-width space "　" after the colon of "收到" (type a half-width space: "收到: 48") | “收到”的冒号后是全角空格“　”（请改为一个半角空格：“收到: 48”）',
    ]);
  });

  it('points at full-width spaces in the indentation, which YAML reads as part of the key', () => {
    expect(described('行政复议:\n  收到: 48\n\u3000\u3000受理: 45\n')).toEqual([
      'yaml-syntax 3:1 full-width space "　" in the indentation (indent with half-width spaces) | 缩进中有全角空格“　”（请改用半角空格缩进）',
    ]);
    expect(parse('keywords:\n\u3000- 法治\n').diagnostics.map((d) => [d.rule, d.place, d.message])).toEqual([
      ['yaml-syntax', { line: 2, column: 1 }, 'full-width space "　" in the indentation (indent with half-width spaces)'],
    ]);
  });

  it('leaves colons and full-width spaces inside text alone', () => {
    const text = [
      'title: 某区：报告',
      'note: "注：此件公开发布"',
      'summary: |-',
      '  主要内容：一是',
      '  \u3000\u3000二是',
      'keywords: [法治：政府]',
      'lead:',
      '  2020年，全区围绕中心，主要内容：一是',
      'portal:',
      '  url:',
      '    https://www.example.gov.cn/a',
      'time: 12:30',
      '# 注：comments are not read',
      '',
    ].join('\n');
    expect(parse(text).diagnostics).toEqual([]);
  });
});

describe('placeOf', () => {
  const text = 'title: 报告\nclassification:\n  topic: 综合政务\n  genre: 报告\nkeywords: [法治, 报告]\n';
  const { yaml } = parse(text);
  if (!yaml) throw new Error('fixture must parse');

  it('points at a value, or with key: true at its key', () => {
    expect(placeOf(yaml, ['title'])).toEqual({ line: 1, column: 8 });
    expect(placeOf(yaml, ['classification', 'genre'])).toEqual({ line: 4, column: 10 });
    expect(placeOf(yaml, ['classification', 'genre'], { key: true })).toEqual({ line: 4, column: 3 });
  });

  it('points into sequences by index', () => {
    expect(placeOf(yaml, ['keywords', 1])).toEqual({ line: 5, column: 16 });
  });

  it('falls back to the nearest existing ancestor for a missing path', () => {
    expect(placeOf(yaml, ['classification', 'series'])).toEqual({ line: 3, column: 3 });
    expect(placeOf(yaml, ['missing'])).toEqual({ line: 1, column: 1 });
  });
});

describe('topLevelKeys', () => {
  it('reads the top-level keys of a file that does not parse', () => {
    const text = '# 行政复议\n行政复议:\n  收到: [48\n"行政应诉":\n  案件数: 12\nchecks:\n  - a == b\n';
    expect(parse(text).yaml).toBeUndefined();
    expect(topLevelKeys(text)).toEqual(['行政复议', '行政应诉', 'checks']);
  });

  it('reads a key typed with a full-width colon as a key', () => {
    expect(topLevelKeys('行政复议：\n  收到: 48\n行政应诉:\n')).toEqual(['行政复议', '行政应诉']);
  });

  it('ignores indented keys, comments and list items', () => {
    expect(topLevelKeys('  a: 1\n# b: 2\n- c: 3\nd:\n')).toEqual(['d']);
  });
});

describe('parseYaml: aliases (issue 9)', () => {
  /** The "billion laughs": nine aliases a level, nine levels deep. */
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');

  it('refuses an alias bomb at the alias past the limit, instead of throwing without a place', () => {
    const { yaml, diagnostics } = parse(bomb);
    expect(yaml).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['yaml-aliases', { line: 4, column: 16 }]]);
  });

  it('refuses fewer aliases that still copy too much, at the first alias', () => {
    const nested = ['a: &a [x, x, x, x, x, x, x, x, x, x]', `b: &b [${Array(10).fill('*a').join(', ')}]`, `c: [${Array(10).fill('*b').join(', ')}]`].join('\n');
    const { yaml, diagnostics } = parse(nested);
    expect(yaml).toBeUndefined();
    expect(diagnostics.map((d) => [d.rule, d.place])).toEqual([['yaml-aliases', { line: 2, column: 8 }]]);
  });

  it('lets a few plain aliases through', () => {
    const { yaml, diagnostics } = parse('a: &n 48\nb: *n\n');
    expect(diagnostics).toEqual([]);
    expect(yaml?.value).toEqual({ a: 48, b: 48 });
  });
});

