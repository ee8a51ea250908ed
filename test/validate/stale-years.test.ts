import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { formatReportText } from '../../src/diagnostics/format-text.js';
import { phraseAround, checkStaleYears } from '../../src/validate/stale-years.js';
import { parseYaml } from '../../src/validate/yaml.js';
import { projectOf } from '../helpers/project.js';

const LAST_MANIFEST = 'title: 某区2020年法治政府建设工作报告\nsummary: 某区2020年工作（2019年以来）\nkeywords: [2020年, 法治]\n';
const LAST_SECTIONS = {
  'sections/00-opening.md': '2020年，在市委的正确领导下，我区推进依法行政。\n',
  'sections/09-next.md': '## 三、2021年工作安排\n\n2021年，我区将持续发力。\n对照《纲要（2015–2020年）》，荣获2019年度先进集体和2020年省先进单位。\n',
};

/** Checks this year's files against LAST_*; returns the diagnostics as `report check` prints them. */
function check(files: Record<string, string>, last: Record<string, string> = {}, lang: 'en' | 'zh' = 'en'): string[] {
  const project = projectOf(files, { path: '../wujin-2020/', files: { 'report.yaml': LAST_MANIFEST, ...LAST_SECTIONS, ...last } });
  const sink = new Sink();
  const manifest = project.manifest ? parseYaml(project.manifest, sink) : undefined;
  checkStaleYears(project, manifest, sink);
  const text = formatReportText(sink.sorted(), '', lang);
  return text.split('\n');
}

const MANIFEST = 'title: 某区2021年法治政府建设工作报告\nsummary: 某区2021年工作（2019年以来）\nkeywords: [2021年, 法治]\nprevious: ../wujin-2020/\n';

describe('checkStaleYears', () => {
  it('warns at each year of a line copied unchanged from last year, naming last year\'s line and the phrase to confirm', () => {
    const lines = check({
      'report.yaml': MANIFEST,
      'sections/00-opening.md': '2020年，在市委的正确领导下，我区推进依法行政。\n',
      'sections/09-next.md': '## 三、2021年工作安排\n\n　　2021年，我区将持续发力。\n',
    });
    expect(lines).toEqual([
      'report.yaml:2:20 warning year "2019年" in summary is as last year\'s report has it (the same as in ../wujin-2020/report.yaml): write this year\'s, or keep it with confirmed-years: [2019年以来] in report.yaml stale-year',
      'sections/00-opening.md:1:1 warning year "2020年" is as last year\'s report has it (the line is unchanged from ../wujin-2020/sections/00-opening.md:1): write this year\'s, or keep it with confirmed-years: [2020年，在市] in report.yaml stale-year',
      'sections/09-next.md:1:6 warning year "2021年" is as last year\'s report has it (the line is unchanged from ../wujin-2020/sections/09-next.md:1): write this year\'s, or keep it with confirmed-years: [2021年工作] in report.yaml stale-year',
      'sections/09-next.md:3:3 warning year "2021年" is as last year\'s report has it (the line is unchanged from ../wujin-2020/sections/09-next.md:3): write this year\'s, or keep it with confirmed-years: [2021年，我区] in report.yaml stale-year',
      '0 errors, 4 warnings',
    ]);
  });

  it('finds a line moved to another file, and says so in Chinese', () => {
    const lines = check({ 'report.yaml': MANIFEST.replace('（2019年以来）', ''), 'sections/01.md': '标题\n\n2020年，在市委的正确领导下，我区推进依法行政。\n' }, {}, 'zh');
    expect(lines).toEqual([
      'sections/01.md:3:1 警告 年份“2020年”沿用上年报告原文（本行与 ../wujin-2020/sections/00-opening.md:1 相同）：请按本年度情况修改；确需保留的，在 report.yaml 中写明 confirmed-years: [2020年，在市] stale-year',
      '0 个错误，1 个警告',
    ]);
  });

  it('warns at the years left as they were in a line where others were moved on, not at those the clerk changed', () => {
    const lines = check({
      'report.yaml': MANIFEST.replace('（2019年以来）', ''),
      'sections/09-next.md': '对照《纲要（2015–2020年）》，荣获2020年度先进集体和2020年省先进单位。\n',
    });
    expect(lines.map((l) => l.replace(/ is as last.*/, ''))).toEqual([
      'sections/09-next.md:1:12 warning year "2020年"',
      'sections/09-next.md:1:33 warning year "2020年"',
      '0 errors, 2 warnings',
    ]);
    expect(lines[0]).toContain('confirmed-years: [2015–2020年]');
  });

  it('says nothing of a line the clerk rewrote, of years moved on, or of a line that names no year', () => {
    const lines = check({
      'report.yaml': MANIFEST.replace('（2019年以来）', ''),
      'sections/00-opening.md': '2021年，在市委的正确领导下，我区推进依法行政。\n2020年，在区委的领导下，我区推进依法行政。\n',
      'sections/09-next.md': '## 三、2022年工作安排\n\n对照《纲要（2021–2025年）》，荣获2020年度先进集体和2021年省先进单位。\n',
    });
    expect(lines).toEqual(['no problems']);
  });

  it('keeps quiet about a year the clerk confirmed in report.yaml, and about the list itself', () => {
    const lines = check({
      'report.yaml': `${MANIFEST}confirmed-years: [2019年以来, 2015–2020年, 2021年工作安排]\n`,
      'sections/09-next.md': '## 三、2021年工作安排\n\n对照《纲要（2015–2020年）》，荣获2019年度先进集体和2020年省先进单位。\n',
    });
    expect(lines.map((l) => l.replace(/ is as last.*/, ''))).toEqual([
      'sections/09-next.md:3:22 warning year "2019年"',
      'sections/09-next.md:3:33 warning year "2020年"',
      '0 errors, 2 warnings',
    ]);
  });

  it('reads full-width digits as the same year, and reports a year in a block title at its place', () => {
    const lines = check(
      { 'report.yaml': 'title: |-\n  某区人民政府\n  ２０２０年工作报告\nsummary: 工作报告\nprevious: ../wujin-2020/\n', 'sections/01.md': '正文\n' },
      { 'report.yaml': 'title: |-\n  某区人民政府\n  2020年工作报告\n' },
    );
    expect(lines.map((l) => l.replace(/ is as last.*/, ''))).toEqual(['report.yaml:3:3 warning year "２０２０年" in title', '0 errors, 1 warning']);
  });

  it('does nothing without last year\'s report', () => {
    const project = projectOf({ 'report.yaml': MANIFEST, 'sections/00.md': '2020年，在市委的正确领导下，我区推进依法行政。\n' });
    const sink = new Sink();
    checkStaleYears(project, parseYaml(project.manifest!, sink), sink);
    expect(sink.diagnostics).toEqual([]);
  });
});

describe('phraseAround', () => {
  it('takes the start of a period and the word after the year', () => {
    const at = (text: string, year: string) => phraseAround(text, { index: text.indexOf(year), end: text.indexOf(year) + year.length });
    expect(at('《纲要（2015–2020年）》', '2020年')).toBe('2015–2020年');
    expect(at('2019年以来，', '2019年')).toBe('2019年以来');
    expect(at('荣获2019年度省安全生产执法', '2019年')).toBe('2019年度省安');
    expect(at('2020年，我区将', '2020年')).toBe('2020年，我区');
    expect(at('（2015–2020年）', '2020年')).toBe('2015–2020年');
    expect(at('2020年的工作取得了', '2020年')).toBe('2020年的工作');
    expect(at('２０２０年工作', '２０２０年')).toBe('２０２０年工作');
  });
});
