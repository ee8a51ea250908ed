import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './run-cli.js';

/**
 * A clerk's mistake, described as edits to a copy of a bundled example
 * (test/fixtures/mistakes/<name>/mistake.json), so each fixture is the real example with
 * one thing done wrong and nothing else.
 */
export interface Mistake {
  /** What the clerk did, in a sentence. */
  what: string;
  /** The example under data/ to copy (default wujin-2020); every example is copied beside it, so previous: resolves. */
  base?: string;
  edits: Edit[];
  /** Extra arguments after `check .`. */
  args?: string[];
  /** The exit code `report check` must give. */
  code: number;
  /** Goldens to compare: expected.<lang>.txt for each (default en only). */
  langs?: Array<'en' | 'zh'>;
}

export interface Edit {
  /** Path inside the report, e.g. sections/01-leadership.md. */
  file: string;
  /** Replace the first occurrence (every one with all) of find; the fixture fails when it is absent. */
  find?: string;
  replace?: string;
  all?: boolean;
  prepend?: string;
  append?: string;
  /** The whole new content (a new file, or one rewritten). */
  write?: string;
  /** Save the result in this encoding instead of UTF-8, as Notepad's "Unicode" does. */
  encoding?: 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';
  /** With encoding: write a byte-order mark (default true). */
  bom?: boolean;
  /** Move the file (after the other edits). */
  rename?: string;
  delete?: boolean;
}

/** Copies the examples to a fresh temporary folder, applies the edits, returns the report's directory. */
export function makeMistake(mistake: Mistake): string {
  const root = mkdtempSync(join(tmpdir(), 'report-mistake-'));
  cpSync(join(ROOT, 'data'), root, { recursive: true, filter: (src) => !src.includes('/dist') });
  const dir = join(root, mistake.base ?? 'wujin-2020');
  for (const edit of mistake.edits) applyEdit(dir, edit);
  return dir;
}

function applyEdit(dir: string, edit: Edit): void {
  const path = join(dir, edit.file);
  if (edit.delete) {
    rmSync(path, { recursive: true, force: true });
    return;
  }
  let text = edit.write ?? (existsSync(path) ? readFileSync(path, 'utf8') : '');
  if (edit.find !== undefined) {
    if (!text.includes(edit.find)) throw new Error(`${edit.file} has no "${edit.find}"`);
    text = edit.all ? text.split(edit.find).join(edit.replace ?? '') : text.replace(edit.find, () => edit.replace ?? '');
  }
  text = (edit.prepend ?? '') + text + (edit.append ?? '');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, edit.encoding ? encode(text, edit.encoding, edit.bom ?? true) : text);
  if (edit.rename) renameSync(path, join(dir, edit.rename));
}

function encode(text: string, encoding: NonNullable<Edit['encoding']>, bom: boolean): Buffer {
  const body = bom ? `\ufeff${text}` : text;
  if (encoding === 'utf-16le') return Buffer.from(body, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(body, 'utf16le').swap16();
  const points = [...body].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (encoding === 'utf-32le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}
