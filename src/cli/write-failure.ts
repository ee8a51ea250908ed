import { text } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';
import { OutputLockedError } from '../write/dir-lock.js';
import { DirectoryNotEmptyError } from '../write/new-tree.js';
import { UsageError } from './io.js';

/** System error codes a clerk meets when writing, and the catalogue's words for them. */
const CAUSES = {
  EACCES: 'ui.cli.cause.permission',
  EPERM: 'ui.cli.cause.permission',
  ENOSPC: 'ui.cli.cause.no-space',
  EDQUOT: 'ui.cli.cause.no-space',
  EROFS: 'ui.cli.cause.read-only',
  ENOTDIR: 'ui.cli.cause.not-dir',
  // a parent that refuses new names (/proc/x), or a directory removed mid-build
  ENOENT: 'ui.faults.cause.cannot-create',
} as const;

/**
 * The usage error for outputs that could not be written (`write`, report build) or a
 * report directory that could not be created (`create`, report init and report new).
 * The writers (write/atomic.ts, write/new-tree.ts) wrap the system's error as `cause`;
 * new-tree refuses a non-empty directory with its own error class. English keeps the system's words;
 * Chinese names the usual causes.
 */
export function writeFailure(action: 'write' | 'create', dir: string, error: unknown): UsageError {
  const wrapped = error as Error;
  if (action === 'create' && error instanceof DirectoryNotEmptyError) return new UsageError(text('ui.cli.not-empty', { dir }), { cause: error });
  if (error instanceof OutputLockedError) {
    const { holder, seconds, lock } = error;
    return new UsageError(text('ui.faults.locked', { dir, pid: holder.pid, seconds, lock }), { cause: error });
  }
  const cause = (wrapped.cause ?? wrapped) as NodeJS.ErrnoException;
  const reason = causeText(cause);
  return new UsageError(text(action === 'write' ? 'ui.cli.write-failed' : 'ui.cli.create-failed', { dir, reason }), { cause: error });
}

function causeText(cause: NodeJS.ErrnoException): Text {
  const key = cause.code !== undefined && cause.code in CAUSES ? CAUSES[cause.code as keyof typeof CAUSES] : 'ui.cli.cause.other';
  return text(key, { raw: cause.message });
}
