import { describe, expect, it } from 'vitest';
import { BatchBrowser, MAX_RESTARTS } from '../../src/browser/batch-browser.js';
import type { BrowserFault, BrowserSession } from '../../src/browser/session.js';

/** A session stand-in: only what BatchBrowser looks at (its fault) and does (kill it). */
function fakeSessions() {
  const made: Array<{ fault?: BrowserFault; killed: boolean }> = [];
  const start = () => {
    const session = { fault: undefined as BrowserFault | undefined, killed: false, kill: () => (session.killed = true) };
    made.push(session);
    return session as unknown as BrowserSession;
  };
  const printerOf = (session: BrowserSession) => ({ printer: { session } });
  return { made, start, printerOf };
}

describe('BatchBrowser', () => {
  it('hands every report the same browser while it works', () => {
    const { made, start, printerOf } = fakeSessions();
    const browser = new BatchBrowser(start, printerOf);
    const a = browser.take();
    const b = browser.take();
    expect(made).toHaveLength(1);
    expect(b.session).toBe(a.session);
    expect(b.tools).toBe(a.tools);
    expect(a.restartedAfter).toBeUndefined();
  });

  it('starts a new browser for the next report after a crash or a stall, and kills the old one', () => {
    const { made, start, printerOf } = fakeSessions();
    const browser = new BatchBrowser(start, printerOf);
    const first = browser.take();
    made[0]!.fault = 'crashed';
    const second = browser.take();
    expect(made).toHaveLength(2);
    expect(made[0]!.killed).toBe(true);
    expect(second.session).not.toBe(first.session);
    expect(second.restartedAfter).toBe('crashed');
    expect(browser.session).toBe(second.session);
    // the next report keeps the new one
    expect(browser.take().restartedAfter).toBeUndefined();
  });

  it(`gives up starting new browsers after ${MAX_RESTARTS} restarts (a browser that always crashes is not fought)`, () => {
    const { made, start, printerOf } = fakeSessions();
    const browser = new BatchBrowser(start, printerOf);
    for (let i = 0; i < MAX_RESTARTS + 3; i++) {
      made.at(-1)!.fault = 'timeout';
      browser.take();
    }
    expect(made).toHaveLength(1 + MAX_RESTARTS);
  });

  it('takes its own limit (the preview allows more over a day) and says when it will not start another', () => {
    const { made, start, printerOf } = fakeSessions();
    const browser = new BatchBrowser(start, printerOf, 5);
    for (let i = 0; i < 5; i++) {
      expect(browser.canRestart).toBe(true);
      made.at(-1)!.fault = 'crashed';
      browser.take();
    }
    expect(browser.canRestart).toBe(false);
    expect(made).toHaveLength(6);
  });
});
