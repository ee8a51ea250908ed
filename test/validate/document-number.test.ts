import { describe, expect, it } from 'vitest';
import { checkDocumentNumber, INDEX_NUMBER } from '../../src/validate/document-number.js';

const rules = (value: string, year?: number) => checkDocumentNumber(value, year).map((p) => p.message.rule);
/** The problems with their English message, as the tests below were written. */
const check = (value: string, year?: number) => checkDocumentNumber(value, year).map((p) => ({ rule: p.message.rule, index: p.index, message: p.message.en }));

describe('checkDocumentNumber', () => {
  it('accepts 机关代字〔YYYY〕N号 with the year of the date', () => {
    expect(checkDocumentNumber('武政发〔2021〕7号', 2021)).toEqual([]);
    expect(checkDocumentNumber('国办发〔2019〕123号', 2019)).toEqual([]);
    expect(checkDocumentNumber('武政发〔2021〕7号', undefined)).toEqual([]);
  });

  it.each([
    ['[2021]', '武政发[2021]7号', 'square brackets'],
    ['【2021】', '武政发【2021】7号', 'black lenticular brackets'],
    ['﹝2021﹞', '武政发﹝2021﹞7号', 'small tortoise-shell brackets'],
    ['（2021）', '武政发（2021）7号', 'full-width parentheses'],
    ['(2021)', '武政发(2021)7号', 'parentheses'],
    ['［2021］', '武政发［2021］7号', 'full-width square brackets'],
    ['〈2021〉', '武政发〈2021〉7号', 'angle brackets'],
  ])('flags the year in %s as document-number-brackets', (_brackets, value, name) => {
    const problems = check(value, 2021);
    expect(problems).toEqual([
      { rule: 'document-number-brackets', index: 3, message: `document number "${value}" puts the year in ${name} (use 六角括号 〔〕: "武政发〔2021〕7号")` },
    ]);
  });

  it('flags a leading zero at the sequence number', () => {
    expect(check('武政发〔2021〕07号', 2021)).toEqual([
      { rule: 'document-number-leading-zero', index: 9, message: 'document number "武政发〔2021〕07号" has a leading zero in the sequence number "07" (write "7")' },
    ]);
    expect(rules('武政发〔2021〕007号', 2021)).toEqual(['document-number-leading-zero']);
    // a zero inside the number is fine
    expect(rules('武政发〔2021〕10号', 2021)).toEqual([]);
  });

  it('flags 第 before the sequence number at the 第', () => {
    const value = '武政发〔2021〕第7号';
    expect(check(value, 2021)).toEqual([
      { rule: 'document-number-ordinal', index: value.indexOf('第'), message: 'document number "武政发〔2021〕第7号" has 第 before the sequence number (write "武政发〔2021〕7号")' },
    ]);
  });

  it('flags 第 and a leading zero together, suggesting the fully fixed number', () => {
    const problems = check('武政发〔2021〕第07号', 2021);
    expect(problems.map((p) => p.rule)).toEqual(['document-number-ordinal', 'document-number-leading-zero']);
    expect(problems[0]?.message).toContain('(write "武政发〔2021〕7号")');
  });

  it('flags a year that differs from the date\'s, at the year', () => {
    expect(check('武政发〔2020〕7号', 2021)).toEqual([
      { rule: 'document-number-year', index: 4, message: 'document number year 2020 does not match the year of date (2021)' },
    ]);
  });

  it('reports wrong brackets and a wrong year together', () => {
    expect(rules('武政发[2020]7号', 2021)).toEqual(['document-number-brackets', 'document-number-year']);
  });

  it.each(['武政发2021-7', '武政发〔2021〕7', '〔2021〕7号', '武政发〔21〕7号', '武政发〔2021〕七号', ''])('flags %j as document-number-shape', (value) => {
    expect(check(value, 2021)).toEqual([
      { rule: 'document-number-shape', index: 0, message: `document number "${value}" is not of the form 机关代字〔YYYY〕N号 (e.g. 武政发〔2021〕7号)` },
    ]);
  });
});

describe('INDEX_NUMBER', () => {
  it.each(['014133058/2021-00012', '11320412X/2020-00001', 'ABCDEFGH9/1999-12345'])('accepts %s', (value) => {
    expect(INDEX_NUMBER.test(value)).toBe(true);
  });

  it('captures the year', () => {
    expect(INDEX_NUMBER.exec('014133058/2021-00012')?.[1]).toBe('2021');
  });

  it.each([
    ['a dash instead of the slash', '014133058-2021-00012'],
    ['an 8-character code', '01413305/2021-00012'],
    ['a 10-character code', '0141330581/2021-00012'],
    ['lower-case letters', 'abcdefgh9/2021-00012'],
    ['a check character other than a digit or X', '01413305A/2021-00012'],
    ['a 4-digit serial', '014133058/2021-0012'],
    ['a 6-digit serial', '014133058/2021-000012'],
    ['a 2-digit year', '014133058/21-00012'],
    ['trailing text', '014133058/2021-00012号'],
    ['full-width slash', '014133058／2021-00012'],
  ])('rejects %s', (_name, value) => {
    expect(INDEX_NUMBER.test(value)).toBe(false);
  });
});

describe('checkDocumentNumber on full-width digits', () => {
  it('says the digits are full-width, at the first one, then checks the number half-width', () => {
    expect(check('武政发〔２０２１〕７号', 2021)).toEqual([
      { rule: 'document-number-shape', index: 4, message: 'document number "武政发〔２０２１〕７号" has full-width digits (type them half-width: "武政发〔2021〕7号")' },
    ]);
    expect(rules('武政发【２０２１】０７号', 2021)).toEqual(['document-number-shape', 'document-number-brackets', 'document-number-leading-zero']);
    expect(rules('武政发〔２０２２〕号', 2021)).toEqual(['document-number-shape', 'field-unfilled']);
  });
});
