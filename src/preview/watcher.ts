import { watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';

/** Quiet time after the last change before a rebuild: an editor's save is often several writes and a rename. */
export const DEBOUNCE_MS = 50;

export interface WatchOptions {
  debounceMs?: number;
}

/** The report directories being watched; `follow` changes the set (last year's report comes and goes with `previous:`). */
export interface ReportWatcher {
  /** Watch exactly these report directories from now on. */
  follow(dirs: readonly string[]): void;
  close(): void;
}

/** The folders of a report that hold inputs, besides the report directory itself. */
const FOLDERS = ['sections', 'metrics'];

/**
 * Watches report directories (this year's, and the one `previous:` names) for changes to
 * their inputs — report.yaml, sections/, metrics/ — and calls `onChange` once per burst,
 * DEBOUNCE_MS after the last event. It watches the directories, not the files: an editor
 * that saves by writing a temporary file and renaming it over the old one replaces the
 * file (a new inode), which a watch on the file (or Node's recursive watch on Linux,
 * which watches each file) stops seeing after the first save; the directory's watch sees
 * the rename and every save after it. `follow` again (after each rebuild) picks up a
 * sections/ or metrics/ folder made since.
 */
export function watchReport(onChange: (changed: string[]) => void, options: WatchOptions = {}): ReportWatcher {
  const debounceMs = options.debounceMs ?? DEBOUNCE_MS;
  const watchers = new Map<string, FSWatcher>();
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const changed = (root: string, folder: string | undefined, name: string | null) => {
    if (closed) return;
    const relative = name === null ? folder ?? '' : folder === undefined ? name : `${folder}/${name}`;
    if (name !== null && !isInput(relative)) return;
    pending.push(resolve(root, relative));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...new Set(pending)];
      pending = [];
      onChange(paths);
    }, debounceMs);
  };

  const watchOne = (root: string, folder: string | undefined) => {
    const dir = folder === undefined ? root : join(root, folder);
    if (watchers.has(dir) || closed) return;
    try {
      const watcher = watch(dir, (_event, name) => changed(root, folder, name === null ? null : String(name)));
      // the folder went away (renamed, deleted): stop watching it; the rebuild says what is missing
      watcher.on('error', () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    } catch {
      // not there (yet): the report's own diagnostics say so
    }
  };

  return {
    follow(dirs) {
      const roots = dirs.map((d) => resolve(d));
      const wanted = new Set(roots.flatMap((root) => [root, ...FOLDERS.map((folder) => join(root, folder))]));
      for (const [dir, watcher] of watchers) {
        if (wanted.has(dir)) continue;
        watcher.close();
        watchers.delete(dir);
      }
      for (const root of roots) {
        watchOne(root, undefined);
        for (const folder of FOLDERS) watchOne(root, folder);
      }
    },
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/**
 * Whether a changed path (relative to the report directory) is one of its inputs:
 * report.yaml, or anything in sections/ and metrics/ but an editor's hidden swap file or
 * `~` backup. The outputs (dist/) and version control (.git/) are not inputs.
 */
export function isInput(name: string): boolean {
  const path = name.replace(/\\/g, '/');
  if (path === 'report.yaml') return true;
  const match = /^(sections|metrics)(?:\/(.*))?$/.exec(path);
  if (!match) return false;
  const base = (match[2] ?? '').split('/').pop()!;
  return !base.startsWith('.') && !base.endsWith('~');
}
