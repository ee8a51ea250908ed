/**
 * The DOCX with every entry dated `date`, so the same report gives the same bytes (as the
 * PDF and the metrics JSON do): the docx package zips with the clock's time. Only the
 * date and time fields of the zip's headers change, in place: nothing is unpacked or
 * compressed again. A zip holds local time without a zone, in 1980–2107: the date is
 * written as Beijing time (the 成文日期's zone), whatever this machine's zone, and
 * clamped into that range.
 */
export function withZipDates(docx: Uint8Array, date: Date): Uint8Array {
  const zip = new Uint8Array(docx);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, day } = dosDateTime(date);
  const end = endOfCentralDirectory(view);
  let at = view.getUint32(end + 16, true);
  for (let entry = view.getUint16(end + 10, true); entry > 0; entry--) {
    expectSignature(view, at, 0x02014b50);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    const local = view.getUint32(at + 42, true);
    expectSignature(view, local, 0x04034b50);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/** MS-DOS time and date fields of `date` in Beijing time (UTC+8), 1980-01-01 to 2107-12-31. */
function dosDateTime(date: Date): { time: number; day: number } {
  const beijing = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1979, 11, 31, 16)), Date.UTC(2107, 11, 31, 15, 59, 58)) + 8 * 3600_000);
  return {
    time: (beijing.getUTCHours() << 11) | (beijing.getUTCMinutes() << 5) | (beijing.getUTCSeconds() >> 1),
    day: ((beijing.getUTCFullYear() - 1980) << 9) | ((beijing.getUTCMonth() + 1) << 5) | beijing.getUTCDate(),
  };
}

/** Where the end-of-central-directory record starts: searched from the end, past a comment. */
function endOfCentralDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error('the DOCX is not a zip file (no end of central directory)');
}

function expectSignature(view: DataView, at: number, signature: number): void {
  if (at + 4 > view.byteLength || view.getUint32(at, true) !== signature) throw new Error(`the DOCX's zip headers are not where its directory says (at ${at})`);
}
