import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';

/** Where a report's files come from: a directory on disk, or a git revision of one. */
export interface FileReader {
  /** Bytes of a file (path relative to the report directory), undefined when absent. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Names of the entries in a folder of the report directory, [] when absent. */
  list(folder: string): Promise<string[]>;
  /**
   * Where a file really is when a link takes it outside the report directory (its real
   * path), else undefined. Readers without links (a git revision) need not have it.
   */
  outside?(path: string): Promise<string | undefined>;
  /**
   * What a file is before it is read: its size, and whether it is a regular file (a FIFO
   * or a device never ends), undefined when absent. Readers that cannot tell need not have it.
   */
  stat?(path: string): Promise<{ size: number; regular: boolean } | undefined>;
}

/** Reads a report directory on disk. */
export function diskReader(dir: string): FileReader {
  return {
    async read(path) {
      try {
        return await readFile(join(dir, path));
      } catch {
        return undefined;
      }
    },
    async list(folder) {
      try {
        return await readdir(join(dir, folder));
      } catch {
        return [];
      }
    },
    async stat(path) {
      try {
        const info = await stat(join(dir, path));
        return info.isDirectory() ? undefined : { size: info.size, regular: info.isFile() };
      } catch {
        return undefined;
      }
    },
    async outside(path) {
      try {
        // a symlink (or a linked folder) may point anywhere: /etc/passwd must never be
        // published because a pull request linked a section to it
        const [root, real] = await Promise.all([realpath(dir), realpath(join(dir, path))]);
        const inside = relative(root, real);
        return inside.startsWith('..') || isAbsolute(inside) ? real : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
