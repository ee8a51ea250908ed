import * as fs from 'node:fs';

/**
 * The file-system calls the writer makes, synchronous on purpose: a signal handler runs
 * only between them, never while one is in flight, so what it must clean up is exactly
 * what the writer has recorded. Injected by tests that make one of them fail (ENOSPC).
 */
export interface WriterFs {
  mkdirSync: (path: string) => void;
  statSync: (path: string) => fs.Stats;
  lstatSync: (path: string) => fs.Stats;
  openSync: (path: string, flags: string, mode?: number) => number;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  closeSync: (fd: number) => void;
  readFileSync: (path: string, encoding: 'utf8') => string;
  renameSync: (from: string, to: string) => void;
  linkSync: (existing: string, path: string) => void;
  unlinkSync: (path: string) => void;
  rmdirSync: (path: string) => void;
  readdirSync: (path: string) => string[];
}

/** Node's own. */
export const nodeFs: WriterFs = {
  mkdirSync: (path) => fs.mkdirSync(path),
  statSync: (path) => fs.statSync(path),
  lstatSync: (path) => fs.lstatSync(path),
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  readFileSync: (path, encoding) => fs.readFileSync(path, encoding),
  renameSync: (from, to) => fs.renameSync(from, to),
  linkSync: (existing, path) => fs.linkSync(existing, path),
  unlinkSync: (path) => fs.unlinkSync(path),
  rmdirSync: (path) => fs.rmdirSync(path),
  readdirSync: (path) => fs.readdirSync(path),
};

/** The error code of a failed call, if it has one. */
export function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
