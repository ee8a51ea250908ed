import { describe, expect, it } from 'vitest';
import { Sink, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { validateManifest } from '../../src/validate/manifest.js';

const VALID = `title: 常州市武进区人民政府2020年法治政府建设工作报告
issuer: 常州市武进区人民政府
document-number: 武政发〔2021〕7号
index-number: 014133058/2021-00012
recipients: 常州市人民政府
date: 2021-01-25
published: 2021-01-29
publisher: 政府办
classification:
  topic: 综合政务
  genre: 报告
  series: 其他
summary: 法治政府建设工作报告
`;

function check(text: string) {
  const sink = new Sink();
  const manifest = validateManifest({ path: 'report.yaml', text }, sink);
  return { manifest, diagnostics: sink.sorted() };
}

function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.place?.line}:${d.place?.column} ${d.severity} ${d.rule} ${d.message}`);
}

/** The 1-based line and column of the first `needle` in `text`, counted independently of src. */
function at(text: string, needle: string, occurrence = 0): string {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

describe('validateManifest', () => {
  it('accepts a valid manifest and applies the defaults', () => {
    const { manifest, diagnostics } = check(VALID);
    expect(diagnostics).toEqual([]);
    expect(manifest).toMatchObject({
      title: '常州市武进区人民政府2020年法治政府建设工作报告',
      recipients: ['常州市人民政府'],
      keywords: [],
      expires: null,
      portal: {},
      classification: { topic: '综合政务', genre: '报告', series: '其他' },
    });
  });

  it('accepts recipients as a list', () => {
    const { manifest } = check(VALID.replace('recipients: 常州市人民政府', 'recipients: [常州市人民政府, 武进区人大]'));
    expect(manifest?.recipients).toEqual(['常州市人民政府', '武进区人大']);
  });

  it('reports an unknown top-level key at the key with a did-you-mean', () => {
    const text = VALID.replace('publisher:', 'publsher:');
    const { manifest, diagnostics } = check(text);
    expect(manifest).toBeUndefined();
    expect(lines(diagnostics)).toEqual([
      'report.yaml:1:1 error missing-key missing required key "publisher"',
      `report.yaml:${at(text, 'publsher')} error unknown-key unknown key "publsher" (did you mean "publisher"?)`,
    ]);
  });

  it('suggests "title" for "titel"', () => {
    const text = VALID.replace('title:', 'titel:');
    expect(lines(check(text).diagnostics)).toContain('report.yaml:1:1 error unknown-key unknown key "titel" (did you mean "title"?)');
  });

  it('reports an unknown nested key with the nested keys as suggestions', () => {
    const text = VALID.replace('  genre:', '  genra:');
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, 'topic')} error missing-key missing required key "classification.genre"`,
      `report.yaml:${at(text, 'genra')} error unknown-key unknown key "genra" (did you mean "genre"?)`,
    ]);
  });

  it.each([
    ['文件编号', 'document-number'],
    ['发文字号', 'document-number'],
    ['索引号', 'index-number'],
    ['标题', 'title'],
    ['发文机关', 'issuer'],
    ['主送机关', 'recipients'],
    ['成文日期', 'date'],
    ['发布日期', 'published'],
    ['内容概述', 'summary'],
    ['关键词', 'keywords'],
    ['附注', 'note'],
    ['版记', 'colophon'],
  ])('suggests the key for the Chinese name %s', (chinese, key) => {
    const text = `${VALID}${chinese}: x\n`;
    const d = check(text).diagnostics.find((x) => x.rule === 'unknown-key');
    expect(d).toMatchObject({ place: { line: 14, column: 1 }, message: `unknown key "${chinese}" (did you mean "${key}"?)`, zh: `未知的键“${chinese}”（是否应为“${key}”？）` });
  });

  it('suggests a nested key for a Chinese name inside its mapping, and the mapping for one outside it', () => {
    const nested = VALID.replace('  genre: 报告', '  体裁分类: 报告');
    expect(check(nested).diagnostics.find((d) => d.rule === 'unknown-key')?.message).toBe('unknown key "体裁分类" (did you mean "genre"?)');
    const outside = `${VALID}签发人: [张三]\n`;
    const d = check(outside).diagnostics.find((x) => x.rule === 'unknown-key');
    expect([d?.message, d?.zh]).toEqual(['unknown key "签发人" (did you mean "signers" under "masthead"?)', '未知的键“签发人”（是否应为 masthead 下的“signers”？）']);
    const english = `${VALID}printer: 武进区人民政府办公室\n`;
    expect(check(english).diagnostics.find((x) => x.rule === 'unknown-key')?.message).toBe('unknown key "printer" (did you mean "printer" under "colophon"?)');
  });

  it('reports an unknown key without a suggestion when nothing is close', () => {
    const text = `${VALID}colour: red\n`;
    expect(lines(check(text).diagnostics)).toEqual([`report.yaml:${at(text, 'colour')} error unknown-key unknown key "colour"`]);
  });

  it('reports a missing key at the mapping that lacks it', () => {
    const text = VALID.replace('summary: 法治政府建设工作报告\n', '');
    expect(lines(check(text).diagnostics)).toEqual(['report.yaml:1:1 error missing-key missing required key "summary"']);
  });

  it('reports every missing key of an empty manifest in one run', () => {
    expect(check('').diagnostics.map((d) => d.message)).toEqual([
      'missing required key "title"',
      'missing required key "issuer"',
      'missing required key "index-number"',
      'missing required key "date"',
      'missing required key "publisher"',
      'missing required key "classification"',
      'missing required key "summary"',
    ]);
  });

  it('reports a wrong type at the value', () => {
    const text = VALID.replace('issuer: 常州市武进区人民政府', 'issuer: 2021').replace('summary: 法治政府建设工作报告', 'summary: [a, b]');
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, '2021')} error invalid-value invalid value 2021 for "issuer" (expected string)`,
      `report.yaml:${at(text, '[a, b]')} error invalid-value invalid value ["a","b"] for "summary" (expected string)`,
    ]);
  });

  it('reports an empty string, a wrong list and a wrong nested type', () => {
    const text = `${VALID.replace('summary: 法治政府建设工作报告', 'summary: ""').replace('classification:\n  topic: 综合政务\n  genre: 报告\n  series: 其他\n', 'classification: 综合政务\n')}recipients2: x\n`;
    const found = lines(check(text).diagnostics);
    expect(found).toContain(`report.yaml:${at(text, '综合政务')} error invalid-value invalid value "综合政务" for "classification" (expected object)`);
    expect(found).toContain(`report.yaml:${at(text, '""')} error invalid-value invalid value "" for "summary" (must not be empty)`);
    expect(found).toContain(`report.yaml:${at(text, 'recipients2')} error unknown-key unknown key "recipients2" (did you mean "recipients"?)`);
  });

  it('reports recipients that are neither a string nor a list', () => {
    const text = VALID.replace('recipients: 常州市人民政府', 'recipients: 42');
    expect(lines(check(text).diagnostics)).toEqual([`report.yaml:${at(text, '42')} error invalid-value invalid value 42 for "recipients" (expected a string or a list of strings)`]);
  });

  it.each([
    ['2021-1-25', 'expected a date as YYYY-MM-DD: write 2021-01-25'],
    ['2021/01/25', 'expected a date as YYYY-MM-DD: write 2021-01-25'],
    ['2021-02-30', 'there is no such day'],
    ['25.01.2021', 'expected a date as YYYY-MM-DD'],
  ])('reports the date %s as not YYYY-MM-DD', (date, reason) => {
    const text = VALID.replace('date: 2021-01-25', `date: ${date}`);
    expect(lines(check(text).diagnostics)).toEqual([`report.yaml:${at(text, date)} error invalid-value invalid value "${date}" for "date" (${reason})`]);
  });

  // the forms a clerk types or pastes from a Word document
  it.each(['2021年1月25日', '2021年01月25日', '2021/1/25', '2021.01.25', '2021.1.25', '２０２１－０１－２５', '二〇二一年一月二十五日', '20210125'])(
    'gives the YYYY-MM-DD form of the date %s, in both languages',
    (date) => {
      const text = VALID.replace('date: 2021-01-25', `date: "${date}"`);
      const [d] = check(text).diagnostics;
      expect(d).toMatchObject({ rule: 'invalid-value', place: { line: 6, column: 7 } });
      expect(d?.message).toBe(`invalid value "${date}" for "date" (expected a date as YYYY-MM-DD: write 2021-01-25)`);
      expect(d?.zh).toBe(`“date”（成文日期）的值“${date}”无效（日期应写作 YYYY-MM-DD 形式：2021-01-25）`);
    },
  );

  it('gives the YYYY-MM-DD form in nested dates too, without quotes', () => {
    const text = `${VALID}colophon:\n  printer: 武进区人民政府办公室\n  printed: 2021年1月25日\n`;
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, '2021年1月25日')} error invalid-value invalid value "2021年1月25日" for "colophon.printed" (expected a date as YYYY-MM-DD: write 2021-01-25)`,
    ]);
  });

  it('says how to write 有效 in expires', () => {
    const [d] = check(`${VALID}expires: 长期有效\n`).diagnostics;
    expect([d?.rule, d?.message, d?.zh]).toEqual([
      'invalid-value',
      'invalid value "长期有效" for "expires" (expected a date as YYYY-MM-DD; for 有效 write null or leave expires out)',
      '“expires”（废止日期）的值“长期有效”无效（废止日期应写作 YYYY-MM-DD 形式；文件仍然有效时请写 null 或删去此项）',
    ]);
  });

  it('reports a 文件编号 and an 索引号 typed with full-width digits, and checks them half-width', () => {
    const text = VALID.replace('武政发〔2021〕7号', '武政发〔２０２０〕７号').replace('014133058/2021-00012', '０１４１３３０５８／２０２１－０００１２');
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, '２０２０')} error document-number-shape document number "武政发〔２０２０〕７号" has full-width digits (type them half-width: "武政发〔2020〕7号")`,
      `report.yaml:${at(text, '２０２０')} error document-number-year document number year 2020 does not match the year of date (2021)`,
      `report.yaml:${at(text, '０１４')} error index-number-shape index number "０１４１３３０５８／２０２１－０００１２" has full-width characters (type them half-width: "014133058/2021-00012")`,
    ]);
  });

  it('reads a pasted value with a trailing full-width space as the schema does', () => {
    const pasted = VALID.replace('武政发〔2021〕7号', '武政发〔2021〕7号\u3000');
    expect(check(pasted).diagnostics).toEqual([]);
    // the raw values too, which are checked when another field is wrong
    expect(check(pasted.replace('summary: 法治政府建设工作报告\n', '')).diagnostics.map((d) => d.rule)).toEqual(['missing-key']);
  });

  it('says in Chinese which field is missing, unfilled or invalid, by its portal name', () => {
    const text = VALID.replace('  genre: 报告\n', '').replace('date: 2021-01-25', 'date: null').replace('recipients: 常州市人民政府', 'recipients: 42');
    expect(check(text).diagnostics.map((d) => d.zh)).toEqual([
      '“recipients”（主送机关）的值42无效（应为一个名称或名称列表）',
      '“date”（成文日期）尚未填写',
      '缺少必填的键“classification.genre”（体裁分类）',
    ]);
  });

  it('writes a list for keywords typed as one string', () => {
    const text = VALID.replace('summary: 法治政府建设工作报告', 'summary: 法治政府建设工作报告\nkeywords: 法治政府，工作报告、武进区');
    const [d] = check(text).diagnostics;
    expect(d?.message).toBe('invalid value "法治政府，工作报告、武进区" for "keywords" (expected array: write [法治政府, 工作报告, 武进区])');
    expect(d?.zh).toBe('“keywords”（主题词）的值“法治政府，工作报告、武进区”无效（应为列表，写作 [法治政府, 工作报告, 武进区]）');
  });

  it('names the values an enumeration allows', () => {
    const text = `${VALID}masthead:\n  urgency: 急件\n  color: red\n`;
    expect(check(text).diagnostics.map((d) => [d.message, d.zh])).toEqual([
      ['invalid value "急件" for "masthead.urgency" (use "特急" or "加急")', '“masthead.urgency”（紧急程度）的值“急件”无效（应为“特急”或“加急”）'],
      ['invalid value "red" for "masthead.color" (a colour like #FF0000)', '“masthead.color”（颜色）的值“red”无效（应为颜色值，如 #FF0000）'],
    ]);
  });

  it('reports published before date at published', () => {
    const text = VALID.replace('published: 2021-01-29', 'published: 2021-01-20');
    const { manifest, diagnostics } = check(text);
    // a cross-field problem keeps the manifest so later stages still run
    expect(manifest).toBeDefined();
    expect(lines(diagnostics)).toEqual([
      `report.yaml:${at(text, '2021-01-20')} error date-order published 2021-01-20 is before date 2021-01-25 (a document is published after it is written)`,
    ]);
  });

  it('reports expires before published at expires', () => {
    const text = `${VALID}expires: 2021-01-26\n`;
    expect(lines(check(text).diagnostics)).toEqual([`report.yaml:${at(text, '2021-01-26')} error date-order expires 2021-01-26 is before published 2021-01-29`]);
  });

  it('accepts published on the date itself', () => {
    expect(check(VALID.replace('published: 2021-01-29', 'published: 2021-01-25')).diagnostics).toEqual([]);
  });

  it('points document-number problems at the offending character', () => {
    const text = VALID.replace('武政发〔2021〕7号', '武政发【2020】07号');
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, '【')} error document-number-brackets document number "武政发【2020】07号" puts the year in black lenticular brackets (use 六角括号 〔〕: "武政发〔2020〕07号")`,
      `report.yaml:${at(text, '2020】')} error document-number-year document number year 2020 does not match the year of date (2021)`,
      `report.yaml:${at(text, '07号')} error document-number-leading-zero document number "武政发【2020】07号" has a leading zero in the sequence number "07" (write "7")`,
    ]);
  });

  it('points document-number problems at the character in a quoted value too', () => {
    const text = VALID.replace('document-number: 武政发〔2021〕7号', 'document-number: "武政发〔2021〕07号"');
    expect(lines(check(text).diagnostics).map((l) => l.split(' ')[0])).toEqual([`report.yaml:${at(text, '07号')}`]);
  });

  it('warns (never errors) on an index number of no known shape, at its value, with its template to declare', () => {
    const text = VALID.replace('014133058/2021-00012', '014133058-2021-00012');
    const { manifest, diagnostics } = check(text);
    expect(manifest).toBeDefined();
    expect(lines(diagnostics)).toEqual([
      `report.yaml:${at(text, '014133058')} warning index-number-shape index number "014133058-2021-00012" is of no shape known here (if the portal assigned it so, declare the portal's shape in report.yaml: portal: { index-number-pattern: 'NNNNNNNNN-YYYY-NNNNN' })`,
    ]);
  });

  it.each([
    ['a 9-character organisation code (national default)', '014133058/2021-00012'],
    ['an organisation code ending in X', '01527918X/2021-00012'],
    ['an 18-character 统一社会信用代码', '11320412014133058X/2021-00012'],
    ['a 10-digit code', '3204120001/2021-00012'],
    ['a 6-digit serial', '014133058/2021-000123'],
    ['a 6-digit serial after a 统一社会信用代码', '11320412014133058X/2021-000123'],
    ['the Yunnan form with a hyphen', '01527918X-2021-153077'],
  ])('accepts %s', (_name, value) => {
    expect(check(VALID.replace('014133058/2021-00012', value)).diagnostics).toEqual([]);
  });

  it.each([
    ['a short code', 'XXX/2021-00012', 'AAA/YYYY-NNNNN'],
    ['a 15-digit code and an 8-digit serial', '001008003015003/2021-12345678', 'NNNNNNNNNNNNNNN/YYYY-NNNNNNNN'],
    ['a 4-digit serial', '014133058/2021-0012', 'NNNNNNNNN/YYYY-NNNN'],
  ])('warns on %s and builds', (_name, value, template) => {
    const { manifest, diagnostics } = check(VALID.replace('014133058/2021-00012', value));
    expect(manifest?.['index-number']).toBe(value);
    expect(diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'index-number-shape']]);
    expect(diagnostics[0]?.message).toContain(`index-number-pattern: '${template}'`);
    expect(diagnostics[0]?.zh).toBe(`索引号“${value}”不是常见的索引号格式（如确为门户网站编制的索引号，请在 report.yaml 中写明该网站的格式：portal: { index-number-pattern: '${template}' }）`);
  });

  it('checks the index number strictly against the portal pattern report.yaml declares', () => {
    const portal = (pattern: string) => `${VALID}portal:\n  index-number-pattern: '${pattern}'\n`;
    const fifteen = (text: string) => text.replace('014133058/2021-00012', '001008003015003/2021-12345678');
    expect(check(fifteen(portal('NNNNNNNNNNNNNNN/YYYY-NNNNNNNN'))).diagnostics).toEqual([]);
    expect(check(fifteen(portal('^\\d{15}/(?<year>\\d{4})-\\d{8}$'))).diagnostics).toEqual([]);
    expect(check(portal('AAAAAAAAA/YYYY-NNNNN').replace('014133058', '01527918X')).diagnostics).toEqual([]);
    // a shape known elsewhere but not this portal's: an error, at the value
    const text = portal('NNNNNNNNNNNNNNN/YYYY-NNNNNNNN');
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, '014133058')} error index-number-pattern index number "014133058/2021-00012" does not match the portal's pattern "NNNNNNNNNNNNNNN/YYYY-NNNNNNNN" (portal.index-number-pattern; N is a digit, A a digit or capital letter, YYYY the year)`,
    ]);
    // the year of a pattern's YYYY is checked against published as before
    const year = fifteen(portal('NNNNNNNNNNNNNNN/YYYY-NNNNNNNN')).replace('/2021-', '/2020-');
    expect(check(year).diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'index-number-year']]);
  });

  it('reports a portal pattern that is no regular expression at the pattern', () => {
    const text = `${VALID}portal:\n  index-number-pattern: '^\\d{15/('\n`;
    const { diagnostics } = check(text);
    expect(diagnostics.map((d) => [d.rule, `${d.place?.line}:${d.place?.column}`])).toEqual([['invalid-value', at(text, "'^")]]);
    expect(diagnostics[0]?.message).toContain('not a valid regular expression');
  });

  it('keeps the 索引号 that init --from left without its serial as unfilled, in every known code', () => {
    for (const value of ['014133058/2022-', '11320412014133058X/2022-']) {
      const text = VALID.replace('014133058/2021-00012', value);
      expect(check(text).diagnostics.map((d) => [d.severity, d.rule])).toEqual([['error', 'field-unfilled']]);
    }
  });

  it('takes none or 无 for a field the published record does not have, and null still as not filled in', () => {
    const text = VALID.replace('index-number: 014133058/2021-00012', 'index-number: none')
      .replace('publisher: 政府办', 'publisher: 无')
      .replace('document-number: 武政发〔2021〕7号', 'document-number: none')
      .replace('classification:\n  topic: 综合政务\n  genre: 报告\n  series: 其他', 'classification: 无');
    const { manifest, diagnostics } = check(text);
    expect(diagnostics).toEqual([]);
    expect(manifest).toMatchObject({ 'index-number': null, publisher: null, 'document-number': null, classification: { topic: null, genre: null, series: null } });
    const one = check(VALID.replace('  genre: 报告', '  genre: none'));
    expect(one.diagnostics).toEqual([]);
    expect(one.manifest?.classification).toEqual({ topic: '综合政务', genre: null, series: '其他' });
    const unfilled = VALID.replace('index-number: 014133058/2021-00012', 'index-number: null').replace('publisher: 政府办', 'publisher: ~');
    expect(check(unfilled).diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['field-unfilled', '"index-number" is not filled in'],
      ['field-unfilled', '"publisher" is not filled in'],
    ]);
    const block = VALID.replace('classification:\n  topic: 综合政务\n  genre: 报告\n  series: 其他', 'classification: null');
    expect(check(block).diagnostics.map((d) => [d.rule, d.message])).toEqual([['field-unfilled', '"classification" is not filled in']]);
  });

  it('takes signature: none for a document without 署名, keeping date as metadata', () => {
    for (const word of ['none', '无']) {
      const { manifest, diagnostics } = check(`${VALID}signature: ${word}\n`);
      expect(diagnostics).toEqual([]);
      expect(manifest?.signature).toEqual({ show: false, seal: false });
      expect(manifest?.date).toBe('2021-01-25');
    }
    expect(check(`${VALID}signature:\n  show: false\n`).manifest?.signature).toEqual({ show: false, seal: false });
    expect(check(VALID).manifest?.signature).toEqual({ show: true, seal: false });
    expect(check(`${VALID}signature:\n  seal: true\n`).manifest?.signature).toEqual({ show: true, seal: true });
    // a typo inside the block keeps its did-you-mean
    expect(check(`${VALID}signature:\n  seel: true\n`).diagnostics.map((d) => d.message)).toEqual(['unknown key "seel" (did you mean "seal"?)']);
  });

  it('warns when the index number year differs from the year of publication', () => {
    const text = VALID.replace('014133058/2021-00012', '014133058/2020-00012');
    expect(lines(check(text).diagnostics)).toEqual([
      `report.yaml:${at(text, '014133058')} warning index-number-year index number year 2020 differs from the year of published (2021)`,
    ]);
  });

  it('says what an output name must be, not which check failed', () => {
    const text = `${VALID}output: out/report\n`;
    expect(lines(check(text).diagnostics)).toEqual([`report.yaml:${at(text, 'out/report')} error invalid-value invalid value "out/report" for "output" (a file name, not a path)`]);
  });

  it('takes font names and refuses anything that could end the print stylesheet', () => {
    const ok = check(`${VALID}fonts:\n  body: [方正仿宋_GBK, AR PL SungtiL GB, Noto Serif CJK SC]\n`);
    expect(ok.diagnostics).toEqual([]);
    const text = `${VALID}fonts:\n  body: ['仿宋</style><script>alert(1)</script>']\n  title: ['x"; } body { background: url(http://x/) }']\n`;
    const { manifest, diagnostics } = check(text);
    expect(manifest).toBeUndefined();
    expect(lines(diagnostics)).toEqual([
      `report.yaml:${at(text, "'仿宋")} error invalid-value invalid value "仿宋</style><script>alert(1)</script>" for "fonts.body.0" (a font name: letters, digits, spaces and _ - . + & ( ) only, e.g. 方正仿宋_GBK)`,
      `report.yaml:${at(text, "'x")} error invalid-value invalid value "x\\"; } body { background: url(http://x/) }" for "fonts.title.0" (a font name: letters, digits, spaces and _ - . + & ( ) only, e.g. 方正仿宋_GBK)`,
    ]);
  });

  it('refuses an output name that is no plain file name, and a previous: that is no relative path', () => {
    for (const value of ['"a\\nb"', '"a\\0b"', '..', '"a:b"', `${'a'.repeat(201)}`]) {
      const text = `${VALID}output: ${value}\n`;
      expect(lines(check(text).diagnostics).map((l) => l.replace(/ invalid value .* for /, ' … for ')), value).toEqual([
        `report.yaml:${at(text, value)} error invalid-value … for "output" (a plain file name: no line breaks or control characters, none of < > : " | ? *, at most 200 bytes)`,
      ]);
    }
    for (const value of ['/etc', '"~/x"', 'file:///etc/passwd', '"C:\\\\x"', '"a\\0b"']) {
      const text = `${VALID}previous: ${value}\n`;
      expect(lines(check(text).diagnostics).map((l) => l.replace(/ invalid value .* for /, ' … for ')), value).toEqual([
        `report.yaml:${at(text, value)} error invalid-value … for "previous" (a path relative to this report, with /, e.g. ../wujin-2020)`,
      ]);
    }
    expect(check(`${VALID}previous: ../wujin-2020\noutput: 武进区2020年报告\n`).diagnostics).toEqual([]);
  });

  it('reports a YAML syntax error and nothing else', () => {
    const { manifest, diagnostics } = check('title: [报告\nissuer: x\n');
    expect(manifest).toBeUndefined();
    expect(diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax']);
  });
});
