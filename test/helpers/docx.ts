import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./read-docx.py', import.meta.url));

export interface DocxParagraph {
  kind: 'paragraph' | 'picture';
  style: string | null;
  text: string;
  pictures: number;
  svg: number;
}

export interface DocxTable {
  kind: 'table';
  rows: Array<{ header: boolean; cells: Array<{ text: string; continued: boolean; span: number }> }>;
  /** The grid's column widths in twips. */
  columns: number[];
}

export type DocxBlock = DocxParagraph | DocxTable;

/** A .docx as python-docx reads it (test/helpers/read-docx.py). */
export interface ReadDocx {
  blocks: DocxBlock[];
  section: { pgSz: Record<string, string>; pgMar: Record<string, string>; docGrid: Record<string, string> | null };
  evenAndOddHeaders: boolean;
  footers: Record<'odd' | 'even', { style: string | null; alignment: Record<string, string> | null; indent: Record<string, string> | null; text: string; page_field: boolean }>;
  styles: Record<string, { eastAsia: string | null; size: number | null; basedOn: string | null }>;
  core: { title: string; author: string; subject: string; keywords: string; comments: string; created: string | null; modified: string | null };
  custom: Record<string, string>;
}

/**
 * The Python with Debian's python3-docx: the system's (a pyenv or venv python on PATH does
 * not see Debian's packages), or REPORT_TEST_PYTHON.
 */
function python(): string {
  if (process.env.REPORT_TEST_PYTHON) return process.env.REPORT_TEST_PYTHON;
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** Reads a .docx with a real DOCX reader, python-docx (Debian's python3-docx; scripts/install-system-deps.sh). */
export function readDocx(path: string): ReadDocx {
  return JSON.parse(execFileSync(python(), [SCRIPT, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as ReadDocx;
}

/** Text with every white space taken out (line breaks of the PDF, tabs and breaks of the DOCX). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/**
 * The PDF's text as pdftotext (poppler) reads it, in reading order, page numbers (`— n —`)
 * and all white space taken out: lines wrap in the PDF where they do not in Word. Read
 * word by word (`-bbox-layout`): plain pdftotext would join a line ending in "-" to the
 * next as a hyphenated word and drop the hyphen.
 */
export function pdfTextStream(pdf: string): PdfText {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = [...xhtml.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) => [...line[1]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => unescapeXml(word[1]!)).join(''));
  const text = (all: string[]) => squeeze(all.filter((line) => !/^—\d+—$/u.test(squeeze(line))).join(''));
  return { reading: text(lines), raw: text(raw.split(/\n|\f/)) };
}

/** The PDF's text in reading order (poppler's layout analysis), and in the order it is drawn (`-raw`). */
export interface PdfText {
  reading: string;
  /** Chromium draws a table cell by cell, so each cell's text is whole here, however it wraps. */
  raw: string;
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');
}

/** A table's words in reading order: its cells row by row, spanned cells once. */
export function tableText(table: DocxTable): string {
  return table.rows.map((row) => row.cells.filter((c) => !c.continued).map((c) => c.text).join('')).join('');
}

/**
 * Walks the DOCX's blocks along the PDF's text: each paragraph must be the very next text
 * of the PDF in reading order. Between two paragraphs only tables and pictures may stand
 * for other text: a table's cells must follow one another in the PDF as drawn (reading
 * order interleaves the lines of wrapped cells; where a table breaks across pages the PDF
 * repeats its header), and a picture stands for a chart's labels, drawn in its SVG.
 * Returns the first block that does not follow, with both texts where they part, or undefined.
 */
export function firstDifference(blocks: readonly DocxBlock[], text: PdfText): string | undefined {
  const pdf = text.reading;
  let at = 0;
  let rawAt = 0;
  let last = '';
  let between: DocxBlock[] = [];
  const close = (until: number): string | undefined => {
    const stretch = pdf.slice(at, until);
    // the table's cells are looked for after the paragraph before it, as drawn
    const before = last === '' ? -1 : text.raw.indexOf(last, rawAt);
    if (before >= 0) rawAt = before + last.length;
    for (const block of between) {
      if (block.kind !== 'table') continue;
      const cells = block.rows.flatMap((row) => row.cells.filter((c) => !c.continued).map((c) => squeeze(c.text))).filter((c) => c !== '');
      let from = text.raw.indexOf(cells[0] ?? '', rawAt);
      const start = from;
      for (const cell of cells) {
        const found = text.raw.indexOf(cell, from);
        // the next cell, allowing for a header repeated at a page break in between
        if (found < 0 || found - from > 400) return `table cell "${cell}" does not follow in the PDF: "${text.raw.slice(from, from + 80)}"`;
        from = found + cell.length;
      }
      if (start >= 0) rawAt = from;
      if (!stretch.includes(cells[0] ?? '')) return `the table starting "${cells[0]}" is not where the PDF has it: "${stretch.slice(0, 80)}"`;
    }
    if (between.length === 0 && until !== at) return `the PDF has "${stretch.slice(0, 60)}" where the DOCX has nothing`;
    between = [];
    return undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'picture' || block.kind === 'table') {
      between.push(block);
      continue;
    }
    const words = squeeze(block.text);
    if (words === '') continue;
    const found = between.length > 0 ? pdf.indexOf(words, at) : pdf.startsWith(words, at) ? at : -1;
    if (found < 0) return `DOCX paragraph "${words.slice(0, 60)}" is not the PDF's next text "${pdf.slice(at, at + 60)}"`;
    const problem = close(found);
    if (problem) return problem;
    at = found + words.length;
    last = words;
  }
  return close(pdf.length);
}
