import { isScalar, isSeq, parseDocument, Scalar, type Document } from 'yaml';
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
 * - the report year Y (the first `YYYY年` of the title) becomes Y+1 wherever `Y年` appears
 *   in `title`, `name`, `summary` and `keywords` (not as the end of a period, 2015–2020年),
 *   and as a whole number in `output`: those name the year the report covers, so the new
 *   year is certain;
 * - `document-number` keeps its 机关代字, its year goes up by one and the sequence number is
 *   cleared (`武政发〔2022〕号`); `index-number` keeps its organisation code, its year goes up
 *   by one and the serial is cleared (`014133058/2022-`): the office assigns those;
 * - `date` and `published` (and `expires` when it was a date) become null: nobody knows
 *   them yet.
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
    // not the end of a period such as 2015–2020年, which stays what it was
    const bump = (s: string) => s.replace(new RegExp(`(?<![\\d–—~～至到-])${year}年`, 'g'), `${year + 1}年`);
    for (const key of ['title', 'name', 'summary']) editString(doc, [key], bump);
    const keywords = doc.get('keywords', true);
    if (isSeq(keywords)) keywords.items.forEach((_, i) => editString(doc, ['keywords', i], bump));
    editString(doc, ['output'], (s) => s.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`, 'g'), String(year + 1)));
  }

  clearWithComment(doc, 'document-number', label, (s) => {
    const number = /^(.+?)〔(\d{4})〕\d+号$/u.exec(s);
    return number ? `${number[1]}〔${Number(number[2]) + 1}〕号` : null;
  });
  clearWithComment(doc, 'index-number', label, (s) => {
    const index = /^([0-9A-Z]{8}[0-9X])\/(\d{4})-\d{5}$/.exec(s);
    return index ? `${index[1]}/${Number(index[2]) + 1}-` : null;
  });
  for (const key of ['date', 'published', 'expires']) clearWithComment(doc, key, label, () => null);

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
function clearWithComment(doc: Document, key: string, label: string, next: (s: string) => string | null): void {
  const node = doc.get(key, true);
  if (!isScalar(node) || node.value === null || node.value === undefined) return;
  const was = String(node.value);
  const replacement = new Scalar(next(was));
  replacement.comment = lastYearComment(label, was, node.comment);
  doc.set(key, replacement);
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
