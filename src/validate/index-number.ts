/**
 * 索引号 shapes. The portal assigns the 索引号 and the clerk cannot change it, so a shape
 * this file does not know is a warning, never an error; a report whose portal uses another
 * shape declares it (`portal.index-number-pattern`), and that pattern is then checked
 * strictly.
 */

/** 组织机构代码: 8 digits or capitals and a check character (a digit or X). */
const ORGANISATION_CODE = '[0-9A-Z]{8}[0-9X]';
/**
 * 统一社会信用代码 (GB 32100-2015): 登记管理部门码 and 机构类别码, the 6-digit 行政区划码, the
 * 9-character 组织机构代码, a check character; I, O, Z, S and V are never used.
 */
const CREDIT_CODE = '[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-Z]{8}[0-9X][0-9A-HJ-NPQRTUWXY]';
/** A 10-digit unit code (行政区划代码 + unit number), as some provincial platforms use. */
const TEN_DIGIT_CODE = '\\d{10}';
const ANY_CODE = `(?:${ORGANISATION_CODE}|${CREDIT_CODE}|${TEN_DIGIT_CODE})`;

/** One 索引号 shape seen on real portals, with an example each test reads. */
export interface IndexNumberShape {
  /** What it is, for the tests' names. */
  name: string;
  /** The shape; group 1 is the year. */
  pattern: RegExp;
  example: string;
}

/** The 索引号 shapes portals are known to use. */
export const INDEX_NUMBER_SHAPES: readonly IndexNumberShape[] = [
  // 《政府信息公开目录系统实施指引（试行）》: 组织机构代码/年份-5位顺序号, 20 characters
  { name: 'organisation code/year-5-digit serial (national default)', pattern: new RegExp(`^${ORGANISATION_CODE}/(\\d{4})-\\d{5}$`), example: '014133058/2021-00012' },
  // since the 统一社会信用代码 reform, many portals put the whole 18-character code first
  { name: '统一社会信用代码/year-5-digit serial', pattern: new RegExp(`^${CREDIT_CODE}/(\\d{4})-\\d{5}$`), example: '11320412014133058X/2021-00012' },
  { name: '10-digit code/year-5-digit serial', pattern: new RegExp(`^${TEN_DIGIT_CODE}/(\\d{4})-\\d{5}$`), example: '3204120001/2021-00012' },
  // portals with more than 99999 items a year
  { name: 'code/year-6-digit serial', pattern: new RegExp(`^${ANY_CODE}/(\\d{4})-\\d{6}$`), example: '014133058/2021-000123' },
  // Yunnan: a hyphen for the slash, 6-digit serial (reference §B.2)
  { name: 'organisation code-year-6-digit serial (Yunnan)', pattern: new RegExp(`^${ORGANISATION_CODE}-(\\d{4})-\\d{6}$`), example: '01527918X-2020-153077' },
];

/** The national default shape: a 9-character organisation code, `/`, year, `-`, 5-digit serial. */
export const INDEX_NUMBER = INDEX_NUMBER_SHAPES[0]!.pattern;

/** An 索引号 whose serial `report init --from` cleared for the portal to assign. */
const UNFILLED = new RegExp(`^${ANY_CODE}[/-]\\d{4}-$`);

/** What is known of an 索引号: whether it is one awaiting its serial, whether its shape is known, its year. */
export type IndexNumberMatch = { kind: 'unfilled' } | { kind: 'known'; year?: string } | { kind: 'unknown' };

/** Matches an 索引号 (half-width) against the portal's pattern when given, else the known shapes. */
export function matchIndexNumber(value: string, portalPattern?: RegExp): IndexNumberMatch {
  if (UNFILLED.test(value)) return { kind: 'unfilled' };
  const shapes = portalPattern ? [portalPattern] : INDEX_NUMBER_SHAPES.map((s) => s.pattern);
  for (const pattern of shapes) {
    const found = pattern.exec(value);
    if (found) return { kind: 'known', year: found.groups?.year ?? (portalPattern ? undefined : found[1]) };
  }
  return { kind: 'unknown' };
}

/**
 * `portal.index-number-pattern` as a regular expression. A clerk writes a template: `N` a
 * digit, `A` a digit or capital letter, `YYYY` the year, anything else as it stands
 * (`NNNNNNNNN/YYYY-NNNNN`); one who knows regular expressions writes one starting with `^`,
 * with an optional `(?<year>…)` group. Undefined when the expression does not compile.
 */
export function indexNumberPattern(written: string): RegExp | undefined {
  if (written.startsWith('^')) {
    try {
      return new RegExp(written.endsWith('$') ? written : `${written}$`, 'u');
    } catch {
      return undefined;
    }
  }
  const source = written
    .split(/(YYYY)/)
    .map((part) => (part === 'YYYY' ? '(?<year>\\d{4})' : [...part].map((c) => (c === 'N' ? '\\d' : c === 'A' ? '[0-9A-Z]' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('')))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/**
 * The template of a typed 索引号, to suggest as `portal.index-number-pattern`: digits become
 * `N`, capitals `A`, and a year (19xx or 20xx standing alone) `YYYY`.
 */
export function templateOf(value: string): string {
  const year = /(?<![0-9])(?:19|20)\d{2}(?![0-9])/.exec(value);
  const shape = (s: string) => s.replace(/[0-9A-Z]/g, (c) => (c <= '9' ? 'N' : 'A'));
  if (!year) return shape(value);
  return `${shape(value.slice(0, year.index))}YYYY${shape(value.slice(year.index + 4))}`;
}
