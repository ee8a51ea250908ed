import type { VFile } from 'vfile';
import { LineIndex } from '../diagnostics/position.js';

const indexes = new WeakMap<VFile, LineIndex>();

/** A unist point for an offset in a file, through the one offset → line:column helper. */
export function placeAt(file: VFile, offset: number): { line: number; column: number; offset: number } {
  let index = indexes.get(file);
  if (!index) {
    index = new LineIndex(String(file.value));
    indexes.set(file, index);
  }
  return { ...index.place(offset), offset };
}
