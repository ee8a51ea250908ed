import { describe, expect, it } from 'vitest';
import { nextManifest } from '../../src/init/next-manifest.js';

describe('nextManifest', () => {
  it('bumps the report year, clears what the office has yet to decide, keeps last year beside it', () => {
    const text = [
      '# header',
      'title: 某区人民政府2020年法治政府建设工作报告   # 标题',
      'name: 2020年报告',
      'document-number: 某政发〔2021〕7号    # 文件编号',
      'index-number: 014133058/2021-00012',
      'date: 2021-01-25                 # 成文日期',
      'published: 2021-01-29',
      'expires: null                    # 有效',
      'summary: 某区2020年法治政府建设情况（对照2015–2020年纲要）',
      'keywords: [2020年, 法治]',
      'output: wujin-2020',
      '',
    ].join('\n');
    const next = nextManifest(text, '../wujin-2020');
    expect(next.year).toBe(2020);
    expect(next.text).toBe(
      [
        '# header',
        'title: 某区人民政府2021年法治政府建设工作报告   # 标题',
        'name: 2021年报告',
        'document-number: 某政发〔2022〕号     # 2020: 某政发〔2021〕7号 · 文件编号',
        'index-number: 014133058/2022- # 2020: 014133058/2021-00012',
        'date: null                       # 2020: 2021-01-25 · 成文日期',
        'published: null # 2020: 2021-01-29',
        'expires: null                    # 有效',
        'summary: 某区2021年法治政府建设情况（对照2015–2020年纲要）',
        'keywords: [2021年, 法治]',
        'output: wujin-2021',
        'previous: ../wujin-2020',
        '',
      ].join('\n'),
    );
  });

  it('updates an existing previous: and replaces the comment an earlier init left', () => {
    const text = 'title: 2021年报告\ndate: 2022-01-20 # 2020: 2021-01-25 · 成文日期\nprevious: ../2020 # last year\n';
    expect(nextManifest(text, '../2021').text).toBe('title: 2022年报告\ndate: null # 2021: 2022-01-20 · 成文日期\nprevious: ../2021 # last year\n');
  });

  it('bumps no year when the title names none, and clears a document number it cannot read', () => {
    const text = 'title: 工作报告\ndocument-number: 某政发2021-7\n';
    const next = nextManifest(text, '../old');
    expect(next.year).toBeUndefined();
    expect(next.text).toBe('title: 工作报告\ndocument-number: null # previous: 某政发2021-7\nprevious: ../old\n');
  });
});

describe('nextManifest: the years and dates of last year', () => {
  it('moves the report year and the plan year on together, once each, in title, name, summary and keywords', () => {
    const text = [
      'title: 某区2020年工作总结和2021年工作计划',
      'name: 某区2020年总结、2021年计划',
      'summary: 某区2020年法治政府建设情况和2021年工作安排（对照2015–2020年纲要，2019年以来）',
      'keywords: [2020年, 2021年计划]',
      'output: wujin-2020-2021',
      '',
    ].join('\n');
    expect(nextManifest(text, '../2020').text).toBe(
      [
        'title: 某区2021年工作总结和2022年工作计划',
        'name: 某区2021年总结、2022年计划',
        'summary: 某区2021年法治政府建设情况和2022年工作安排（对照2015–2020年纲要，2019年以来）',
        'keywords: [2021年, 2022年计划]',
        'output: wujin-2021-2022',
        'previous: ../2020',
        '',
      ].join('\n'),
    );
  });

  it('empties the dated fields of the 版记 and the page address, with last year beside them; cc and printer stay', () => {
    const text = [
      'title: 关于2021年第一季度工作情况的报告',
      'portal:',
      '  site-name: 某区人民政府',
      '  url: https://www.example.gov.cn/art/2021/4/16/art_1_2.html  # 页面地址',
      'colophon:                      # 版记',
      '  cc: [区委办公室]',
      '  printer: 某区人民政府办公室',
      '  printed: 2021-04-12           # 印发日期',
      '',
    ].join('\n');
    expect(nextManifest(text, '../q1').text).toBe(
      [
        'title: 关于2022年第一季度工作情况的报告',
        'portal:',
        '  site-name: 某区人民政府',
        '  url: null                                                   # 2021: https://www.example.gov.cn/art/2021/4/16/art_1_2.html · 页面地址',
        'colophon:                      # 版记',
        '  cc: [区委办公室]',
        '  printer: 某区人民政府办公室',
        '  printed: null                 # 2021: 2021-04-12 · 印发日期',
        'previous: ../q1',
        '',
      ].join('\n'),
    );
  });

  it('empties last year\'s confirmed years, keeping them in a comment: each year the clerk looks again', () => {
    const text = 'title: 2020年报告\nconfirmed-years: [2019年以来, 2015–2020年]\n';
    expect(nextManifest(text, '../2020').text).toBe('title: 2021年报告\nconfirmed-years: [] # 2020: 2019年以来, 2015–2020年\nprevious: ../2020\n');
  });
});
