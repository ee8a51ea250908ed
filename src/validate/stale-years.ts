import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Sink } from '../diagnostics/diagnostic.js';
import { LineIndex } from '../diagnostics/position.js';
import { msg } from '../i18n/message.js';
import type { PreviousFiles, ProjectFiles, SourceFile } from '../load/read-project.js';
import type { YamlFile } from './yaml.js';

/** report.yaml's list of phrases whose year the clerk keeps on purpose (`[2019年以来]`). */
export const CONFIRMED_YEARS = 'confirmed-years';

/** Keys whose values name no year of the text: the list of kept years itself, last year's path. */
const SKIPPED_KEYS = new Set([CONFIRMED_YEARS, 'previous']);

/**
 * A year as 公文 prose writes it, `2020年` (or with the full-width digits Word gives,
 * `２０２０年`), not the tail of a longer number.
 */
const YEAR = /(?<![0-9０-９])([0-9０-９]{4})年/g;

/** One year in a text: where it is, what it says, and its value. */
interface YearAt {
  index: number;
  end: number;
  text: string;
  year: number;
}

/** A line of last year's text, with its years in order. */
interface LastLine {
  where: string;
  years: number[];
}

/**
 * Years left from last year's report. `report init --from` copies last year's sections as
 * they are, and a year in them is then wrong in the new report (`2020年，…`,
 * `三、2021年工作安排`) while everything else still checks. A year is reported when it
 * stands where it stood last year, in a line that reads as a line of last year's sections
 * once their years are set aside (or in a report.yaml text that reads as last year's at
 * the same key): a line the clerk has not touched, or one where some years were moved on
 * and this one was not. A line the clerk rewrote is the clerk's, and a year in it is
 * meant. A year kept on purpose (`2019年以来`, `2015–2020年` of a plan) is confirmed by
 * listing a phrase around it under `confirmed-years:` in report.yaml, which changes
 * nothing in the published text.
 */
export function checkStaleYears(project: ProjectFiles, manifest: YamlFile | undefined, sink: Sink): void {
  const previous = project.previous;
  if (!previous?.manifest) return;
  const confirmed = confirmedPhrases(manifest);
  const last = indexLines(previous);
  for (const file of project.sections) checkSection(file, last, confirmed, sink);
  if (manifest) checkFields(manifest, previous, confirmed, sink);
}

function checkSection(file: SourceFile, last: Map<string, LastLine[]>, confirmed: string[], sink: Sink): void {
  const lines = new LineIndex(file.text);
  let offset = 0;
  for (const raw of file.text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    const years = yearsIn(line);
    const candidates = years.length === 0 ? undefined : last.get(masked(line));
    if (!candidates) continue;
    const lead = raw.length - raw.trimStart().length;
    years.forEach((y, i) => {
      const same = candidates.find((c) => c.years[i] === y.year);
      if (!same || isConfirmed(line, y, confirmed)) return;
      sink.warn(file.path, lines.place(start + lead + y.index), msg('stale-year/line', { year: y.text, last: same.where, phrase: phraseAround(line, y) }));
    });
  }
}

/** Last year's section lines that name a year, by their text with the years set aside. */
function indexLines(previous: PreviousFiles): Map<string, LastLine[]> {
  const index = new Map<string, LastLine[]>();
  for (const file of previous.sections) {
    file.text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      const years = yearsIn(line);
      if (years.length === 0) return;
      const key = masked(line);
      const where = `${joinPath(previous.path, file.path)}:${i + 1}`;
      index.set(key, [...(index.get(key) ?? []), { where, years: years.map((y) => y.year) }]);
    });
  }
  return index;
}

/**
 * The text fields of report.yaml against last year's at the same key (a list item against
 * every item of last year's list): `init --from` moves on the years it is sure of, so a
 * year still as it was is one it left for the clerk.
 */
function checkFields(manifest: YamlFile, previous: PreviousFiles, confirmed: string[], sink: Sink): void {
  const lastDoc = parseDocument(previous.manifest!.text, { prettyErrors: false });
  if (lastDoc.errors.length > 0) return;
  const lastPath = joinPath(previous.path, previous.manifest!.path);
  for (const { path, node } of textScalars(manifest.doc.contents, [])) {
    if (SKIPPED_KEYS.has(String(path[0]))) continue;
    const value = node.value as string;
    const years = yearsIn(value);
    if (years.length === 0) continue;
    const key = masked(value);
    const lastValues = valuesAt(lastDoc.contents, path).filter((v) => masked(v) === key);
    if (lastValues.length === 0) continue;
    const [start, end] = node.range!;
    const written = yearsIn(manifest.file.text.slice(start, end));
    years.forEach((y, i) => {
      if (!lastValues.some((v) => yearsIn(v)[i]?.year === y.year) || isConfirmed(value, y, confirmed)) return;
      const at = start + (written[i]?.index ?? 0);
      const field = path.map(String).join('.');
      sink.warn(manifest.file.path, manifest.lines.place(at), msg('stale-year/field', { year: y.text, field, last: lastPath, phrase: phraseAround(value, y) }));
    });
  }
}

/** Every string scalar under a node, with its key path (list items by index). */
function textScalars(node: unknown, path: Array<string | number>): Array<{ path: Array<string | number>; node: Node & { value: unknown } }> {
  if (isScalar(node)) return typeof node.value === 'string' && node.range ? [{ path, node }] : [];
  if (isMap(node)) {
    return node.items.flatMap((pair) => (isPair(pair) && isScalar(pair.key) ? textScalars(pair.value, [...path, String(pair.key.value)]) : []));
  }
  if (isSeq(node)) return node.items.flatMap((item, i) => textScalars(item, [...path, i]));
  return [];
}

/** The strings at a key path of last year's report.yaml; a list index stands for every item. */
function valuesAt(node: unknown, path: Array<string | number>): string[] {
  if (path.length === 0) return isScalar(node) && typeof node.value === 'string' ? [node.value] : [];
  const [head, ...rest] = path;
  if (typeof head === 'number') return isSeq(node) ? node.items.flatMap((item) => valuesAt(item, rest)) : [];
  if (!isMap(node)) return [];
  const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === head);
  return pair && isPair(pair) ? valuesAt(pair.value, rest) : [];
}

/** The phrases of `confirmed-years:`, read from the YAML as written (the schema may have failed on a blank elsewhere). */
function confirmedPhrases(manifest: YamlFile | undefined): string[] {
  const value = manifest?.value;
  const list = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[CONFIRMED_YEARS] : undefined;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim()) : [];
}

/** True when a confirmed phrase, where it occurs in the text, covers the year. */
function isConfirmed(text: string, y: YearAt, phrases: string[]): boolean {
  return phrases.some((phrase) => {
    for (let at = text.indexOf(phrase); at >= 0 && at <= y.index; at = text.indexOf(phrase, at + 1)) {
      if (at + phrase.length >= y.end) return true;
    }
    return false;
  });
}

/**
 * A phrase to confirm a year with: the year with the start of its period (`2015–2020年`)
 * and the word after it, taken as two Chinese characters after 度, 底, 的… (`2019年以来`,
 * `2019年度结转`, `2020年的工作`), or after a comma (`2021年，我区`), so that it keeps this
 * year and not every year of that number. A suggestion: any part of the line around the
 * year confirms it.
 */
export function phraseAround(text: string, y: Pick<YearAt, 'index' | 'end'>): string {
  const period = /[0-9０-９]{4}\s*[–—~～至到-]\s*$/.exec(text.slice(0, y.index));
  const after = /^(?:[度底初末中的]?\p{Script=Han}{1,2}|[，、：][度底初末中的]?\p{Script=Han}{1,2})?/u.exec(text.slice(y.end))?.[0] ?? '';
  return text.slice(period ? y.index - period[0].length : y.index, y.end + after.length);
}

function yearsIn(text: string): YearAt[] {
  return [...text.matchAll(YEAR)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    text: m[0],
    year: Number(m[1]!.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))),
  }));
}

/** The text with each year set aside, so a line whose years alone changed reads the same. */
function masked(text: string): string {
  return text.replace(YEAR, '\u0000年');
}

function joinPath(dir: string, file: string): string {
  return `${dir.replace(/\/+$/, '')}/${file}`;
}
