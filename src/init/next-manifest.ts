import { isScalar, isSeq, parseDocument, Scalar, YAMLSeq, type Document } from 'yaml';
import { CONFIRMED_YEARS } from '../validate/stale-years.js';
import { keepOriginalLines } from './keep-lines.js';

export interface NextManifest {
  text: string;
  /** The year last year's report covered (the first `YYYY年` of its title), when it has one. */
  year?: number;
}

/**
 * Last year's report.yaml made into this year's, through the yaml Document API so every
 * comment and the key order survive:
 *
 * - `previous:` names last year's directory (`previousPath`, relative to the new one);
 * - the report year Y (the first `YYYY年` of the title) becomes Y+1 and the year after it
 *   (the plan year, 2021年工作安排) Y+2 wherever `Y年` or `Y+1年` appears in `title`, `name`,
 *   `summary` and `keywords` (not as the end of a period, 2015–2020年), and as whole numbers
 *   in `output`: those name the years the report covers and plans, so the new years are
 *   certain;
 * - `document-number` keeps its 机关代字, its year goes up by one and the sequence number is
 *   cleared (`武政发〔2022〕号`); `index-number` keeps its organisation code, its year goes up
 *   by one and the serial is cleared (`014133058/2022-`): the office assigns those;
 * - `date` and `published` (and `expires` when it was a date), the 版记's `printed` (印发日期)
 *   and the page's `portal.url` become null: nobody knows them yet;
 * - `confirmed-years` (last year's years kept on purpose) starts empty: this year's copy of
 *   the text is looked at again.
 *
 * Every changed value keeps last year's beside it as a comment (`# 2020: 2021-01-25`).
 * Validation reports each blank as `field-unfilled` until the clerk fills it in.
 */
export function nextManifest(text: string, previousPath: string): NextManifest {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) return { text };
  const title = doc.get('title');
  const match = typeof title === 'string' ? /(\d{4})年/.exec(title) : null;
  const year = match ? Number(match[1]) : undefined;
  const label = year === undefined ? 'previous' : String(year);

  if (year !== undefined) {
    // Y and Y+1 move on in one pass, so the plan year becomes Y+2 and the report year does
    // not become it too; not the end of a period such as 2015–2020年, which stays what it was
    const years = `(${year}|${year + 1})`;
    const later = (_: string, y: string) => String(Number(y) + 1);
    const bump = (s: string) => s.replace(new RegExp(`(?<![\\d–—~～至到-])${years}(?=年)`, 'g'), later);
    for (const key of ['title', 'name', 'summary']) editString(doc, [key], bump);
    const keywords = doc.get('keywords', true);
    if (isSeq(keywords)) keywords.items.forEach((_, i) => editString(doc, ['keywords', i], bump));
    editString(doc, ['output'], (s) => s.replace(new RegExp(`(?<!\\d)${years}(?!\\d)`, 'g'), later));
  }

  clearWithComment(doc, ['document-number'], label, (s) => {
    const number = /^(.+?)〔(\d{4})〕\d+号$/u.exec(s);
    return number ? `${number[1]}〔${Number(number[2]) + 1}〕号` : null;
  });
  clearWithComment(doc, ['index-number'], label, (s) => {
    const index = /^([0-9A-Z]{8}[0-9X])\/(\d{4})-\d{5}$/.exec(s);
    return index ? `${index[1]}/${Number(index[2]) + 1}-` : null;
  });
  // the dates of last year's document, the 版记's 印发日期 (GB/T 9704 §7.4.3) among them, and
  // the address of last year's page on the portal
  for (const path of [['date'], ['published'], ['expires'], ['colophon', 'printed'], ['portal', 'url']]) {
    clearWithComment(doc, path, label, () => null);
  }
  clearConfirmedYears(doc, label);

  const existing = doc.get('previous', true);
  if (isScalar(existing)) existing.value = previousPath;
  else doc.set('previous', previousPath);

  return { text: keepOriginalLines(text, doc.toString({ lineWidth: 0 })), year };
}

function editString(doc: Document, path: Array<string | number>, edit: (s: string) => string): void {
  const node = doc.getIn(path, true);
  if (isScalar(node) && typeof node.value === 'string') node.value = edit(node.value);
}

/**
 * Replaces a string value by what `next` makes of it (null: cleared), with last year's
 * value in a comment beside it. Absent keys and nulls stay as they are.
 */
function clearWithComment(doc: Document, path: string[], label: string, next: (s: string) => string | null): void {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || node.value === null || node.value === undefined) return;
  const was = String(node.value);
  const replacement = new Scalar(next(was));
  replacement.comment = lastYearComment(label, was, node.comment);
  doc.setIn(path, replacement);
}

/**
 * `confirmed-years:` said which of last year's years the clerk kept on purpose in last
 * year's text; this year's copy is to be looked at again, so the list starts empty, with
 * last year's phrases in a comment to copy back from (`confirmed-years: [] # 2020: 2019年以来`).
 */
function clearConfirmedYears(doc: Document, label: string): void {
  const node = doc.get(CONFIRMED_YEARS, true);
  if (!isSeq(node) || node.items.length === 0) return;
  const phrases = node.items.map((item) => (isScalar(item) ? String(item.value) : String(item)));
  const empty = new YAMLSeq();
  empty.flow = true;
  empty.comment = lastYearComment(label, phrases.join(', '), node.comment);
  doc.set(CONFIRMED_YEARS, empty);
}

/**
 * ` 2020: 48`, then what the comment said before (` 2020: 48 · 成文日期`); the value of a
 * year before, left by an earlier `report init --from`, is dropped.
 */
export function lastYearComment(label: string, was: string, existing: string | undefined | null): string {
  const kept = (existing ?? '')
    .split(' · ')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(\d{4}|previous): /.test(part));
  return ` ${[`${label}: ${was}`, ...kept].join(' · ')}`;
}
