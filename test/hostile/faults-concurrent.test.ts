import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoBrowserLeft, faultScene, makers, ownBrowser, scratch, seed, startCli, variant, waitUntil } from '../helpers/faults.js';

// Issue 9, faults mid-build: two builds of the report into one directory at once. Each
// renames its outputs under the directory's lock (.report.lock), so the directory ends
// with one build's set, never the HTML of one and the PDF of the other.
const NAMES = ['wujin-2020.html', 'wujin-2020.metrics.json', 'wujin-2020.pdf'];
let previous: string;

beforeAll(async () => {
  ({ previous } = await faultScene());
}, 60_000);

describe('two builds into one output directory', () => {
  it('the second waits for the first one to finish its renames and says so; both exit 0, one consistent set', async () => {
    const dir = scratch('concurrent');
    const out = join(dir, 'out');
    seed(previous, out);
    const [browserA, browserB] = [ownBrowser(join(dir, 'a')), ownBrowser(join(dir, 'b'))];
    // A pauses between its two renames (test-only hook), holding the lock
    const a = startCli(['build', variant('甲'), '--out', out, '--browser', browserA.path], { env: { REPORT_TEST_PAUSE: 'commit:2000' } });
    expect(await waitUntil(() => existsSync(join(out, '.report.lock')), a.done)).toBe(true);
    // ... and is frozen there, so B surely arrives while A holds it
    a.child.kill('SIGSTOP');
    const b = startCli(['build', variant('乙'), '--out', out, '--browser', browserB.path]);
    const waiting = await waitUntil(() => b.stderr().includes(`waiting for another build (process ${a.child.pid}) to finish writing to "`), b.done);
    a.child.kill('SIGCONT');
    const [ra, rb] = await Promise.all([a.done, b.done]);

    expect(waiting, rb.stderr).toBe(true);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(`${ra.stderr}${rb.stderr}`).not.toContain('    at ');
    expect(readdirSync(out).sort()).toEqual(NAMES);
    expect(await makers(out)).toEqual({ html: '乙', pdf: '乙' });
    await expectNoBrowserLeft(browserA.group());
    await expectNoBrowserLeft(browserB.group());
  });

  it('at the same moment, without any hook: both exit 0 and the HTML and PDF come from the same build', async () => {
    const dir = scratch('concurrent-plain');
    const out = join(dir, 'out');
    seed(previous, out);
    const [ra, rb] = await Promise.all([startCli(['build', variant('甲'), '--out', out]).done, startCli(['build', variant('乙'), '--out', out]).done]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(NAMES);
    const made = await makers(out);
    expect(['甲', '乙']).toContain(made.html);
    expect(made.pdf).toBe(made.html);
  });
});
