import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isInput, watchReport, type ReportWatcher } from '../../src/preview/watcher.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A report directory with its folders, and a watcher on it that records each call. */
function watched(): { dir: string; calls: string[][]; watcher: ReportWatcher } {
  const dir = mkdtempSync(join(tmpdir(), 'report-watch-'));
  mkdirSync(join(dir, 'sections'));
  mkdirSync(join(dir, 'metrics'));
  writeFileSync(join(dir, 'report.yaml'), 'title: t\n');
  writeFileSync(join(dir, 'sections', '01.md'), '正文\n');
  const calls: string[][] = [];
  const watcher = watchReport((paths) => calls.push(paths), { debounceMs: 50 });
  watcher.follow([dir]);
  return { dir, calls, watcher };
}

describe('isInput', () => {
  it.each([
    ['report.yaml', true],
    ['sections/01.md', true],
    ['metrics/m.yaml', true],
    ['sections', true],
    ['sections\\01.md', true],
    ['dist/wujin.html', false],
    ['.git/index', false],
    ['sections/.01.md.swp', false],
    ['sections/01.md~', false],
    ['notes.txt', false],
  ])('%s → %s', (path, input) => expect(isInput(path)).toBe(input));
});

describe('watchReport', () => {
  let watcher: ReportWatcher | undefined;
  afterEach(() => watcher?.close());

  it('calls once for a burst of writes, after the quiet time, with the paths changed', async () => {
    const w = watched();
    watcher = w.watcher;
    await sleep(100);
    for (let i = 0; i < 5; i++) writeFileSync(join(w.dir, 'sections', '01.md'), `正文${i}\n`);
    writeFileSync(join(w.dir, 'report.yaml'), 'title: u\n');
    await sleep(200);
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]).toEqual(expect.arrayContaining([join(w.dir, 'sections', '01.md'), join(w.dir, 'report.yaml')]));
  });

  it('sees an editor\'s save by rename (a temporary file renamed over the section)', async () => {
    const w = watched();
    watcher = w.watcher;
    await sleep(100);
    writeFileSync(join(w.dir, 'sections', '.01.md.tmp'), '新正文\n');
    renameSync(join(w.dir, 'sections', '.01.md.tmp'), join(w.dir, 'sections', '01.md'));
    await sleep(200);
    expect(w.calls.flat()).toContain(join(w.dir, 'sections', '01.md'));
    // and goes on seeing the file after it was replaced
    writeFileSync(join(w.dir, 'sections', '01.md'), '再改\n');
    await sleep(200);
    expect(w.calls).toHaveLength(2);
  });

  it('sees a new metric file, but not the outputs nor an editor\'s swap file', async () => {
    const w = watched();
    watcher = w.watcher;
    await sleep(100);
    mkdirSync(join(w.dir, 'dist'));
    writeFileSync(join(w.dir, 'dist', 'r.html'), '<p>');
    writeFileSync(join(w.dir, 'sections', '.01.md.swp'), 'x');
    await sleep(200);
    expect(w.calls).toEqual([]);
    writeFileSync(join(w.dir, 'metrics', 'n.yaml'), 'a: 1\n');
    await sleep(200);
    expect(w.calls.flat()).toContain(join(w.dir, 'metrics', 'n.yaml'));
  });

  it('follows the set of directories it is given (last year\'s report, when previous: names one)', async () => {
    const w = watched();
    watcher = w.watcher;
    const last = watched();
    last.watcher.close();
    w.watcher.follow([w.dir, last.dir]);
    await sleep(100);
    writeFileSync(join(last.dir, 'sections', '01.md'), '去年\n');
    await sleep(200);
    expect(w.calls.flat()).toContain(join(last.dir, 'sections', '01.md'));
    w.watcher.follow([w.dir]);
    writeFileSync(join(last.dir, 'sections', '01.md'), '去年再改\n');
    await sleep(200);
    expect(w.calls).toHaveLength(1);
  });
});
