import { text } from '../i18n/message.js';
import { UsageError } from './io.js';

export type DiffFormat = 'text' | 'markdown' | 'json';

/** `--format` of report diff: text, markdown or json, else a usage error. */
export function parseDiffFormat(value: string): DiffFormat {
  if (value === 'text' || value === 'markdown' || value === 'json') return value;
  throw new UsageError(text('ui.diff.unknown-format', { value }));
}
