import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a report's files come from: a directory on disk, or a git revision of one. */
export interface FileReader {
  /** Bytes of a file (path relative to the report directory), undefined when absent. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Names of the entries in a folder of the report directory, [] when absent. */
  list(folder: string): Promise<string[]>;
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
  };
}
