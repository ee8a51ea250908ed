import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FileReader } from './file-reader.js';

const run = promisify(execFile);

/**
 * Reads a report directory as it was at a git revision (`report diff --rev`), through the
 * git command line: `git show <rev>:./<path>` and `git ls-tree`, run in the directory so
 * paths stay relative to it. Throws, with git's message as the cause, when the directory is
 * not in a git checkout or the revision does not name a commit: there is nothing to read.
 */
export async function gitReader(dir: string, revision: string): Promise<FileReader> {
  const git = (args: string[]) => run('git', ['-C', dir, ...args], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n')[0];
    const cause = stderr || `"${revision}" names no commit`;
    throw new Error(`failed to read "${dir}" at revision "${revision}" (${cause})`, { cause: error });
  }
  return {
    async read(path) {
      try {
        return new Uint8Array((await git(['show', `${revision}:./${path}`])).stdout);
      } catch {
        return undefined;
      }
    },
    async list(folder) {
      try {
        // -z: names as they are, not C-quoted (git quotes 章节.md as "\347\253\240…")
        const { stdout } = await git(['ls-tree', '-z', '--name-only', revision, '--', `${folder}/`]);
        return String(stdout)
          .split('\0')
          .filter(Boolean)
          .map((path) => path.slice(path.lastIndexOf('/') + 1));
      } catch {
        return [];
      }
    },
  };
}
