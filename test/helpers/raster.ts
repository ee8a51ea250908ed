import { execFileSync } from 'node:child_process';

/** A page rendered to pixels by poppler, for measuring ink the way a ruler would. */
export interface Raster {
  width: number;
  height: number;
  dpi: number;
  /** RGB triples, row by row. */
  data: Uint8Array;
}

/** Renders one page with `pdftoppm` (PPM on stdout) and parses the binary PPM. */
export function rasterPage(pdf: string, page: number, dpi = 150): Raster {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 * 1024 * 1024 });
  // header: "P6\n<w> <h>\n255\n" (whitespace-separated tokens)
  let offset = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]!))) offset++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset]!))) token += String.fromCharCode(ppm[offset++]!);
    tokens.push(token);
  }
  offset++;
  const [, width, height] = tokens.map(Number) as [number, number, number];
  return { width, height, dpi, data: new Uint8Array(ppm.buffer, ppm.byteOffset + offset, width * height * 3) };
}

export const mmToPx = (raster: Raster, mm: number) => Math.round((mm / 25.4) * raster.dpi);
export const pxToMm = (raster: Raster, px: number) => (px / raster.dpi) * 25.4;

export type PixelTest = (r: number, g: number, b: number) => boolean;
export const isRed: PixelTest = (r, g, b) => r > 180 && g < 110 && b < 110;
export const isDark: PixelTest = (r, g, b) => r < 110 && g < 110 && b < 110;

/** For each row, how many pixels pass the test (optionally within a column range). */
export function rowCounts(raster: Raster, test: PixelTest, from = 0, to = raster.width): number[] {
  const counts = new Array<number>(raster.height).fill(0);
  for (let y = 0; y < raster.height; y++) {
    for (let x = from; x < to; x++) {
      const i = (y * raster.width + x) * 3;
      if (test(raster.data[i]!, raster.data[i + 1]!, raster.data[i + 2]!)) counts[y]!++;
    }
  }
  return counts;
}

/** Runs of consecutive rows with at least `min` matching pixels: [first, last] row pairs. */
export function rowBands(counts: number[], min: number): Array<[number, number]> {
  const bands: Array<[number, number]> = [];
  let start = -1;
  counts.forEach((count, y) => {
    if (count >= min && start < 0) start = y;
    if (count < min && start >= 0) {
      bands.push([start, y - 1]);
      start = -1;
    }
  });
  if (start >= 0) bands.push([start, counts.length - 1]);
  return bands;
}

/** Leftmost and rightmost matching columns within a band of rows. */
export function columnExtent(raster: Raster, test: PixelTest, rows: [number, number]): [number, number] {
  let left = raster.width;
  let right = -1;
  for (let y = rows[0]; y <= rows[1]; y++) {
    for (let x = 0; x < raster.width; x++) {
      const i = (y * raster.width + x) * 3;
      if (test(raster.data[i]!, raster.data[i + 1]!, raster.data[i + 2]!)) {
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  return [left, right];
}
