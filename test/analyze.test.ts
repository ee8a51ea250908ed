import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { Sink } from '../src/diagnostics/diagnostic.js';
import { formatReportText } from '../src/diagnostics/format-text.js';
import { manifestText, projectOf } from './helpers/project.js';

/** Last year's report.yaml: the 2020 report (this year's names 2021). */
const LAST_MANIFEST = manifestText().replaceAll('2021年', '2020年');

const LAST_YEAR = {
  'report.yaml': LAST_MANIFEST,
  'metrics/review.yaml': '行政复议:\n  收到: { value: 48, unit: 件 }\n  纠错率: 15.3%\n  结转: 0\n',
};

async function run(files: Record<string, string>, previous: Parameters<typeof projectOf>[1] | null = { files: LAST_YEAR }) {
  const sink = new Sink();
  const result = await analyze(projectOf(files, previous ?? undefined), sink);
  return { ...result, text: formatReportText(sink.sorted()), sink };
}

describe('analyze with last year\'s report (previous:)', () => {
  it('renders {{prev.…}} and the change formats against last year', async () => {
    const { sections, text } = await run({
      'report.yaml': manifestText('previous: ../last'),
      'metrics/review.yaml': '行政复议:\n  收到: { value: 51, unit: 件 }\n  纠错率: 13.1%\n  结转: 2\n',
      'sections/01.md': '收到{{行政复议.收到}}件（上年{{prev.行政复议.收到}}件），{{行政复议.收到 | change}}，{{行政复议.收到 | change:amount}}；纠错率{{行政复议.纠错率 | change:amount}}，上年{{prev.行政复议.纠错率}}。\n',
    });
    expect(text).toBe('no problems');
    expect(sections[0]!.html).toBe('<p>收到51件（上年48件），增长6.3%，增长3件；纠错率下降2.2个百分点，上年15.3%。</p>');
  });

  it('resolves prev. in formulas and checks, relative to the group first', async () => {
    const { store, text } = await run({
      'report.yaml': manifestText('previous: ../last'),
      'metrics/review.yaml': '行政复议:\n  收到: 51\n  增加: { formula: 收到 - prev.收到 }\nchecks:\n  - 行政复议.收到 >= prev.行政复议.收到\n',
      'sections/01.md': '{{行政复议.增加}}\n',
    });
    expect(text).toBe('no problems');
    expect(store.get('行政复议.增加')?.value).toBe(3);
  });

  it('reports an unknown prev. id with a did-you-mean into last year\'s ids', async () => {
    const { text } = await run({
      'report.yaml': manifestText('previous: ../last'),
      'metrics/review.yaml': '行政复议:\n  收到: 51\n  比较: { formula: 收到 - prev.行政复议.收 }\n',
      'sections/01.md': '{{prev.行政复议.收}} {{prev.信访.件数}} {{行政复议.收到 | change}}\n',
    });
    expect(text.split('\n')).toEqual([
      'metrics/review.yaml:3:23 error unknown metric "prev.行政复议.收" in "收到 - prev.行政复议.收" (did you mean "prev.行政复议.收到"?) unknown-metric',
      'sections/01.md:1:1 error unknown metric "prev.行政复议.收" (did you mean "prev.行政复议.收到"?) unknown-metric',
      'sections/01.md:1:17 error unknown metric "prev.信访.件数" (last year\'s report has no such metric) unknown-metric',
      '3 errors, 0 warnings',
    ]);
  });

  it('says a change or a prev. reference needs previous: when there is none', async () => {
    const { text } = await run(
      {
        'report.yaml': manifestText(),
        'metrics/review.yaml': '行政复议:\n  收到: 51\n',
        'sections/01.md': '{{行政复议.收到 | change}}{{prev.行政复议.收到}}\n',
      },
      null,
    );
    expect(text.split('\n')).toEqual([
      'sections/01.md:1:1 error "行政复议.收到 | change" needs last year\'s report (set previous: in report.yaml) no-previous',
      'sections/01.md:1:21 error "prev.行政复议.收到" needs last year\'s report (set previous: in report.yaml) no-previous',
      '2 errors, 0 warnings',
    ]);
  });

  it('reports a missing previous report once, at previous:, and nothing per reference', async () => {
    const { text } = await run(
      {
        'report.yaml': manifestText('previous: ../nowhere'),
        'metrics/review.yaml': '行政复议:\n  收到: 51\n  增加: { formula: 收到 - prev.收到 }\n',
        'sections/01.md': '{{行政复议.收到 | change}}{{prev.行政复议.收到}}\n',
      },
      { path: '../nowhere' },
    );
    expect(text.split('\n')).toEqual([
      'report.yaml:8:11 error previous report "../nowhere" not found (no report.yaml in "/reports/last") previous-missing',
      '1 error, 0 warnings',
    ]);
  });

  it('says when last year has no figure to compare with', async () => {
    const { text } = await run({
      'report.yaml': manifestText('previous: ../last'),
      'metrics/review.yaml': '行政复议:\n  收到: 51\n  审结: 40\n  结转: 2\n',
      'sections/01.md': '{{行政复议.审结 | change}} {{行政复议.结转 | change}} {{prev.行政复议.收到 | change}}\n',
    });
    expect(text.split('\n')).toEqual([
      'sections/01.md:1:1 error "行政复议.审结" has no value in last year\'s report (a change needs both years) no-previous-value',
      'sections/01.md:1:22 error "行政复议.结转 | change" cannot show a change from 0 as a percentage (use change:amount) change-from-zero',
      'sections/01.md:1:43 error format "change" compares this year with last year (write {{行政复议.收到 | change}}) in "{{prev.行政复议.收到 | change}}" unknown-format',
      '3 errors, 0 warnings',
    ]);
  });

  it('warns once, at previous:, when last year\'s report has errors of its own', async () => {
    const { text } = await run(
      {
        'report.yaml': manifestText('previous: ../last'),
        'metrics/review.yaml': '行政复议:\n  收到: 51\n',
        'sections/01.md': '{{prev.行政复议.收到}}\n',
      },
      { files: { 'report.yaml': LAST_MANIFEST, 'metrics/review.yaml': '行政复议:\n  收到: 48\nchecks:\n  - 行政复议.收到 == 47\n' } },
    );
    expect(text.split('\n')).toEqual([
      'report.yaml:8:11 warning previous report "../last" has 1 error (first: ../last/metrics/review.yaml:4:5 error check "行政复议.收到 == 47" failed (left 行政复议.收到 = 48, right 47) check-failed) previous-invalid',
      '0 errors, 1 warning',
    ]);
  });
});

describe('analyze with last year\'s text copied by init --from', () => {
  it('warns at a year left from last year\'s sections while report.yaml still has blanks, and keeps a confirmed one', async () => {
    const { text } = await run(
      {
        'report.yaml': manifestText('previous: ../last', 'confirmed-years: [2019年以来]').replace('date: 2022-01-25', 'date: null'),
        'sections/01.md': '2020年，全区推进依法行政。\n2019年以来，全区持续推进。\n',
      },
      { files: { ...LAST_YEAR, 'sections/01.md': '2020年，全区推进依法行政。\n2019年以来，全区持续推进。\n' } },
    );
    expect(text.split('\n')).toEqual([
      'report.yaml:4:7 error "date" is not filled in field-unfilled',
      'sections/01.md:1:1 warning year "2020年" is as last year\'s report has it (the line is unchanged from ../last/sections/01.md:1): write this year\'s, or keep it with confirmed-years: [2020年，全区] in report.yaml stale-year',
      '1 error, 1 warning',
    ]);
  });
});

describe('analyze with unfilled metrics (value null)', () => {
  it('reports every unfilled metric at its null, with last year\'s figure and what its formula gives', async () => {
    const { text } = await run({
      'report.yaml': manifestText('previous: ../last'),
      'metrics/review.yaml': [
        '行政复议:',
        '  收到: { value: null, unit: 件 } # 2020: 48',
        '  纠错率:',
        '    value: null # 2020: 15.3%',
        '    formula: 收到 / 100',
        '  结转: null',
        '  新增:',
        '  比率: { value: null, formula: 2 / 8 }',
        'checks:',
        '  - 行政复议.收到 == 行政复议.结转',
        '',
      ].join('\n'),
      'sections/01.md': '收到{{行政复议.收到}}件，纠错率{{行政复议.纠错率}}，{{行政复议.收到 | change}}。\n',
    });
    expect(text.split('\n')).toEqual([
      'metrics/review.yaml:2:16 error metric "行政复议.收到" is not filled in (last year 48件) metric-unfilled',
      'metrics/review.yaml:4:12 error metric "行政复议.纠错率" is not filled in (last year 15.3%) metric-unfilled',
      'metrics/review.yaml:6:7 error metric "行政复议.结转" is not filled in (last year 0) metric-unfilled',
      'metrics/review.yaml:7:3 error metric "行政复议.新增" is not filled in metric-unfilled',
      'metrics/review.yaml:8:16 error metric "行政复议.比率" is not filled in (its formula gives 0.25) metric-unfilled',
      '5 errors, 0 warnings',
    ]);
  });
});

describe('analyze with an invalid report.yaml (issue 8, item 4)', () => {
  const disclosure = (...lines: string[]) => manifestText('kind: disclosure-annual', ...lines);

  it('still runs the checks and the standard tables of the kind report.yaml names', async () => {
    const { text, sections } = await run(
      {
        'report.yaml': disclosure().replace('date: 2022-01-25', 'date: 2022年1月25日'),
        'metrics/review.yaml': '复议诉讼:\n  行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 1, 尚未审结: 0, 总计: 3 }\n',
        'sections/01.md': '## 四、政府信息公开行政复议、行政诉讼情况\n\n{{table:四}}\n',
      },
      null,
    );
    const lines = text.split('\n');
    expect(lines).toContain('report.yaml:4:7 error invalid value "2022年1月25日" for "date" (expected a date as YYYY-MM-DD: write 2022-01-25) invalid-value');
    expect(lines.find((l) => l.startsWith('metrics/review.yaml:2:47 error '))).toMatch(/ disclosure-block-total$/);
    expect(lines.filter((l) => l.includes('disclosure-table-missing'))).toHaveLength(2);
    expect(text).not.toContain('unknown-table');
    expect(sections[0]!.html).toContain('<table class="disclosure-annual">');
  });

  it('reads kind: from a report.yaml with a syntax error', async () => {
    const { text } = await run({ 'report.yaml': disclosure('note: "unclosed'), 'sections/01.md': '{{table:四}}\n' }, null);
    expect(text).toContain('yaml-syntax');
    expect(text).toContain('disclosure-missing');
    expect(text).not.toContain('unknown-table');
  });

  it('runs no kind\'s checks when kind: names no known kind (validation says so)', async () => {
    const { text } = await run({ 'report.yaml': manifestText('kind: disclosure-anual'), 'sections/01.md': '正文。\n' }, null);
    expect(text).toContain('invalid-value');
    expect(text.split('\n')).toEqual(['report.yaml:8:7 error invalid value "disclosure-anual" for "kind" (use "report" or "disclosure-annual") invalid-value', '1 error, 0 warnings']);
  });
});
