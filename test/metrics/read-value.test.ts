import { describe, expect, it } from 'vitest';
import { chineseNumber, readStatedValue, type ValueContext } from '../../src/metrics/read-value.js';

const plain: ValueContext = { id: '审批改革.取消事项', inMapping: false };
const inMapping: ValueContext = { id: '审批改革.取消事项', inMapping: true };

/** `severity rule@at English` for each problem, to assert on in one go. */
function problems(written: string, context: ValueContext = plain): string[] {
  return readStatedValue(written, context).problems.map((p) => `${p.severity} ${p.message.rule}@${p.at} ${p.message.en}`);
}

describe('readStatedValue', () => {
  it('reads numbers and percentages as they are', () => {
    expect(readStatedValue('15.3%', plain)).toEqual({ ok: true, value: '15.3%', text: '15.3%', problems: [] });
    expect(readStatedValue('48', plain)).toEqual({ ok: true, value: 48, text: '48', problems: [] });
  });

  it('reads a full-width percent sign as %, with a warning naming it at its index', () => {
    const reading = readStatedValue('42.3％', plain);
    expect(reading).toMatchObject({ ok: true, value: '42.3%', text: '42.3%' });
    expect(problems('42.3％')).toEqual(['warning metric-full-width@4 metric "审批改革.取消事项" has full-width "％" in its value "42.3％" (read as 42.3%; write 42.3%)']);
    expect(reading.problems[0]?.message.zh).toBe('指标“审批改革.取消事项”的数值“42.3％”中有全角字符“％”（已按 42.3% 读取，请改为半角 42.3%）');
  });

  it('reads full-width digits, a full-width point and the 。 an input method types between digits', () => {
    expect(readStatedValue('４８', plain)).toMatchObject({ ok: true, value: 48 });
    expect(problems('４８')).toEqual(['warning metric-full-width@0 metric "审批改革.取消事项" has full-width "４", "８" in its value "４８" (read as 48; write 48)']);
    expect(readStatedValue('１．５', plain)).toMatchObject({ ok: true, value: 1.5, text: '1.5' });
    expect(readStatedValue('42。3％', plain)).toMatchObject({ ok: true, value: '42.3%' });
  });

  it('reads a thousands separator, half- or full-width, with a warning at the first one', () => {
    expect(readStatedValue('1,234', plain)).toMatchObject({ ok: true, value: 1234 });
    expect(problems('22,487')).toEqual(['warning metric-thousands-separator@2 metric "审批改革.取消事项" has a thousands separator in its value "22,487" (read as 22487; write 22487, and format: grouped to print 22,487)']);
    expect(readStatedValue('1，234，567.5', plain)).toMatchObject({ ok: true, value: 1234567.5 });
  });

  it('refuses a unit typed in the value, at the unit, with the YAML to write', () => {
    expect(readStatedValue('31个', plain).ok).toBe(false);
    expect(problems('31个')).toEqual(['error metric-invalid@2 metric "审批改革.取消事项" has the unit "个" typed in its value "31个" (write { value: 31, unit: 个 })']);
    expect(problems('31 件', inMapping)).toEqual(['error metric-invalid@3 metric "审批改革.取消事项" has the unit "件" typed in its value "31 件" (write value: 31, unit: 件)']);
    expect(problems('31件', { ...inMapping, unit: '件' })).toEqual(['error metric-invalid@2 metric "审批改革.取消事项" has the unit "件" typed in its value "31件" (write value: 31)']);
    expect(problems('３１个')[0]).toContain('(write { value: 31, unit: 个 })');
  });

  it('refuses 万 and 亿 in the value: the whole figure and a format that prints it so', () => {
    expect(problems('1.5万')).toEqual(['error metric-invalid@3 metric "审批改革.取消事项" has "万" typed in its value "1.5万" (write the whole figure, { value: 15000, format: wan:1 }, which prints as 1.5万)']);
    expect(problems('240万元')[0]).toContain('{ value: 2400000, format: wan, unit: 元 }');
    expect(problems('2.35亿', inMapping)[0]).toContain('value: 235000000, format: yi:2');
  });

  it('refuses approximation words, which belong in the text', () => {
    expect(problems('600余场')).toEqual(['error metric-invalid@3 metric "审批改革.取消事项" has "余" typed in its value "600余场" (write { value: 600, unit: 场 }, and keep "余" in the text or in note)']);
    expect(problems('约48')[0]).toMatch(/^error metric-invalid@0 .*"约".*\(write 48,/);
    expect(problems('90.21%以上')[0]).toContain('(write 90.21%, and keep "以上"');
  });

  it('refuses Chinese numerals, with the figure in digits', () => {
    expect(problems('三件')).toEqual(['error metric-invalid@0 metric "审批改革.取消事项" has its value "三件" in Chinese numerals (write { value: 3, unit: 件 }; the format cn prints Chinese numerals)']);
    expect(problems('四十五')[0]).toContain('(write 45;');
  });

  it('gives up, with no problem of its own, on what is not a figure', () => {
    expect(readStatedValue('abc', plain)).toEqual({ ok: false, problems: [] });
    expect(readStatedValue('15.3‰', plain)).toEqual({ ok: false, problems: [] });
    expect(readStatedValue('48 (2019)', plain)).toEqual({ ok: false, problems: [] });
    expect(readStatedValue('万', plain)).toEqual({ ok: false, problems: [] });
  });
});

describe('chineseNumber', () => {
  it.each([
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['四十五', 45],
    ['一百零五', 105],
    ['两千', 2000],
    ['四万五千', 45000],
    ['一亿二千万', 120000000],
    ['二〇二〇', 2020],
  ])('%s → %d', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it('is undefined for what is no numeral', () => {
    expect(chineseNumber('万')).toBeUndefined();
    expect(chineseNumber('件')).toBeUndefined();
  });
});
