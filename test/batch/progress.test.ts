import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/batch/progress.js';

describe('Progress', () => {
  it('draws one line in place on a terminal and clears it before other output', () => {
    const written: string[] = [];
    const progress = new Progress(40, 'en', { write: (text) => written.push(text), columns: 80 });
    progress.start('财政局-2024');
    expect(written.at(-1)).toBe('\r\x1b[2K[1/40] 财政局-2024 …');
    progress.print(() => written.push('a diagnostic\n'));
    expect(written.slice(-3)).toEqual(['\r\x1b[2K', 'a diagnostic\n', '\r\x1b[2K[1/40] 财政局-2024 …']);
    progress.finish('财政局-2024');
    // nothing running: the line is gone
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('keeps to the terminal width, counting Chinese as two columns', () => {
    const written: string[] = [];
    new Progress(2, 'zh', { write: (text) => written.push(text), columns: 16 }).start('教育局教育局教育局');
    expect(written.at(-1)).toBe('\r\x1b[2K[1/2] 教育局教育局教'); // 20 columns (a 16-column terminal is widened to 20), cut between characters
  });

  it('says nothing without a terminal', () => {
    const progress = new Progress(3, 'en', undefined);
    progress.start('x');
    let printed = false;
    progress.print(() => (printed = true));
    expect(printed).toBe(true);
  });
});
