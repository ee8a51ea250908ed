import type { BrowserSession } from '../browser/session.js';
import { text } from '../i18n/message.js';
import { UsageError } from './io.js';

/**
 * The usage error (exit 2) for a PDF the browser did not deliver: it stopped answering
 * before the deadline (puppeteer's own timeouts count too), or it quit mid-print. Any
 * other error passes through as it is.
 */
export function browserFailure(session: BrowserSession | undefined, seconds: number, error: unknown): unknown {
  if (!session) return error;
  if (session.fault === 'timeout' || timedOut(error)) return new UsageError(text('ui.faults.browser-timeout', { seconds }), { cause: error });
  if (error instanceof UsageError) return error;
  if (session.fault === 'crashed') return new UsageError(text('ui.faults.browser-crashed'), { cause: error });
  return error;
}

/** A puppeteer TimeoutError, here or as the cause of the error that wraps it (a launch). */
function timedOut(error: unknown): boolean {
  for (let e = error as Error | undefined; e; e = e.cause as Error | undefined) if (e.name === 'TimeoutError') return true;
  return false;
}
