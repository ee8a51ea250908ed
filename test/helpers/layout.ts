import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** GB/T 9704-2012 geometry in millimetres (§5.2), and the derived pitches (ref §A.2). */
export const GB = {
  page: { width: 210, height: 297 },
  top: 37,
  left: 28,
  blockWidth: 156,
  blockHeight: 225,
  right: 28 + 156,
  bottom: 37 + 225,
  linesPerPage: 22,
  charsPerLine: 28,
  /** 1 字 of the 4号 page number */
  pageNumberIndent: (14 * 25.4) / 72,
  pageNumberDrop: 7,
} as const;

const PT = 25.4 / 72;

/** One line of text: its pieces joined, its position in mm from the top-left corner. */
export interface Line {
  text: string;
  /** Baseline, mm from the top of the page. */
  baseline: number;
  left: number;
  right: number;
  /** Font size in pt. */
  size: number;
  /** Embedded font names of its pieces (e.g. AAAAAA+BousungEG-Light-GB). */
  fonts: string[];
}

export interface MeasuredPage {
  number: number;
  width: number;
  height: number;
  lines: Line[];
  /** The `— n —` label, if the page has one. */
  pageNumber?: Line;
}

/**
 * The layout checker's reading of a PDF: every page's text as lines with positions in mm
 * (pdf.js, as a viewer reads it) and the real font behind each piece of text.
 */
export async function measurePdf(path: string): Promise<MeasuredPage[]> {
  const data = new Uint8Array(readFileSync(path));
  const doc = await getDocument({ data, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: MeasuredPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList(); // loads the fonts, so their real names can be read
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const height = y1 - y0;
    const content = await page.getTextContent();
    const byBaseline = new Map<number, Array<{ str: string; x: number; width: number; size: number; font: string }>>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] * 4) / 4;
      const font = (page.commonObjs.get(item.fontName) as { name?: string } | undefined)?.name ?? item.fontName;
      const list = byBaseline.get(y) ?? [];
      list.push({ str: item.str, x: item.transform[4], width: item.width, size: Math.abs(item.transform[0]), font });
      byBaseline.set(y, list);
    }
    const lines: Line[] = [...byBaseline.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([y, pieces]) => {
        pieces.sort((a, b) => a.x - b.x);
        const last = pieces[pieces.length - 1]!;
        return {
          text: pieces.map((p) => p.str).join(''),
          baseline: (height - y) * PT,
          left: pieces[0]!.x * PT,
          right: (last.x + last.width) * PT,
          size: Math.max(...pieces.map((p) => p.size)),
          fonts: [...new Set(pieces.map((p) => p.font))],
        };
      });
    const pageNumberIndex = lines.findIndex((l) => /^—\s*\d+\s*—$/.test(l.text.trim()) && l.baseline > GB.bottom);
    const pageNumber = pageNumberIndex >= 0 ? lines.splice(pageNumberIndex, 1)[0] : undefined;
    pages.push({ number: n, width: (x1 - x0) * PT, height: height * PT, lines, pageNumber });
  }
  await doc.destroy();
  return pages;
}

/** Width of a text in 字: full-width characters count 1, half-width (digits, Latin) ½. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u0000-\u00ff\u2013]/.test(ch) ? 0.5 : 1;
  return width;
}

/**
 * Mean distance between consecutive baselines of a page's lines, in pt. Chromium snaps
 * each line to whole CSS pixels (0.75 pt), so single gaps alternate 28.5/29.25 pt around
 * the real pitch; the mean over the page is the pitch.
 */
export function linePitch(lines: readonly Line[]): number {
  if (lines.length < 2) return 0;
  return (lines[lines.length - 1]!.baseline - lines[0]!.baseline) / PT / (lines.length - 1);
}

/**
 * Removes every `:::table` / `::table` and `::chart` block from the sections of a report
 * copy (src/transform's directive syntax: a leaf `::name{…}` on its own line, or a
 * container `:::name{…}` … `:::`), leaving running text and headings only.
 */
export function removeTablesAndCharts(dir: string): void {
  const sections = join(dir, 'sections');
  for (const name of readdirSync(sections).filter((n) => n.endsWith('.md'))) {
    const file = join(sections, name);
    const out: string[] = [];
    let inContainer = false;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (inContainer) {
        if (/^:::\s*$/.test(line)) inContainer = false;
        continue;
      }
      if (/^:::(table|chart)\b/.test(line)) {
        inContainer = true;
        continue;
      }
      if (/^::(table|chart)\b/.test(line)) continue;
      out.push(line);
    }
    writeFileSync(file, out.join('\n'));
  }
}

/** Lines of 3号 body text (headings included) on a page: what the 22-line grid counts. */
export function bodyLines(page: MeasuredPage): Line[] {
  return page.lines.filter((l) => Math.round(l.size) === 16);
}
