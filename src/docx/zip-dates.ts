import { unzipSync, zipSync } from 'fflate';

/**
 * The DOCX again with every entry dated `date`, so the same report gives the same bytes
 * (as the PDF and the metrics JSON do): the docx package zips with the clock's time. A zip
 * holds local time without a zone, in 1980–2107: the date is written as Beijing time (the
 * 成文日期's zone), whatever this machine's zone, and clamped into that range.
 */
export function withZipDates(docx: Uint8Array, date: Date): Uint8Array {
  const entries = unzipSync(docx);
  // 1980-01-01 00:00 to 2107-12-31 23:59:58 in Beijing (UTC+8)
  const beijing = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1979, 11, 31, 16)), Date.UTC(2107, 11, 31, 15, 59, 58)) + 8 * 3600_000);
  // fflate reads the fields in this machine's zone: a local date with Beijing's fields
  const mtime = new Date(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate(), beijing.getUTCHours(), beijing.getUTCMinutes(), beijing.getUTCSeconds());
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([path, data]) => [path, [data, { mtime }]])),
    { level: 6 },
  );
}
