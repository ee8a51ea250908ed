import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { withZipDates } from '../../src/docx/zip-dates.js';

const files = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>正文</w:document>') };

/** Every entry's date and time as Python's zipfile reads them (a reader that is not ours). */
function datesOf(zip: Uint8Array): number[][] {
  const path = join(mkdtempSync(join(tmpdir(), 'report-zip-')), 'x.docx');
  writeFileSync(path, zip);
  const out = execFileSync('/usr/bin/python3', ['-c', 'import json,sys,zipfile; print(json.dumps([list(i.date_time) for i in zipfile.ZipFile(sys.argv[1]).infolist()]))', path], { encoding: 'utf8' });
  return JSON.parse(out) as number[][];
}

describe('withZipDates', () => {
  it('dates every entry with the document date in Beijing time, whatever the clock said when it was zipped', () => {
    const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: new Date() }]])));
    // 2021-01-24T16:00:00Z is 2021-01-25 00:00 in Beijing, the 成文日期 of 武政发〔2021〕7号
    const dated = withZipDates(zipped, new Date('2021-01-24T16:00:00Z'));
    expect(datesOf(dated)).toEqual([
      [2021, 1, 25, 0, 0, 0],
      [2021, 1, 25, 0, 0, 0],
    ]);
    expect(unzipSync(dated)).toEqual(files);
  });

  it('gives the same bytes for the same content zipped at different times', () => {
    const at = (mtime: Date) => zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])));
    const date = new Date('2021-01-24T16:00:00Z');
    const first = withZipDates(at(new Date('2024-03-01T10:00:00Z')), date);
    const second = withZipDates(at(new Date('2025-07-09T23:59:58Z')), date);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('keeps a date before 1980 (SOURCE_DATE_EPOCH=0) inside what a zip can hold', () => {
    expect(datesOf(withZipDates(zipSync(files), new Date(0)))[0]).toEqual([1980, 1, 1, 0, 0, 0]);
  });

  it('changes the dates only: every other byte is as the docx package wrote it', () => {
    const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: new Date('2024-03-01T10:00:00Z') }]])));
    const dated = withZipDates(zipped, new Date('2021-01-24T16:00:00Z'));
    expect(dated.length).toBe(zipped.length);
    const changed = [...dated.keys()].filter((i) => dated[i] !== zipped[i]);
    // two entries, each with a local header and a directory record of 2 + 2 date bytes
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(2 * 2 * 4);
  });

  it('refuses what is not a zip rather than writing it out damaged', () => {
    expect(() => withZipDates(strToU8('not a zip file, but long enough to be searched for one'), new Date())).toThrow(/not a zip/);
  });
});
