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
