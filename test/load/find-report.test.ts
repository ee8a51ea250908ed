import { existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReport } from '../../src/load/find-report.js';

/** A fresh folder holding a report (report.yaml, sections/part) and a folder beside it. */
function tree(): { root: string; report: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'report-find-')));
  const report = join(root, 'report');
  mkdirSync(join(report, 'sections/part'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'));
  writeFileSync(join(report, 'report.yaml'), 'title: x\n');
  return { root, report };
}

/** What findReport must give above `dir` when nothing below finds one: whatever the machine has up there. */
async function above(dir: string): Promise<string | undefined> {
  return findReport(dirname(dir));
}

describe('findReport', () => {
  it('finds report.yaml in the directory itself', async () => {
    const { report } = tree();
    expect(await findReport(report)).toBe(report);
  });

  it('finds it upward from a subfolder, as git finds .git', async () => {
    const { report } = tree();
    expect(await findReport(join(report, 'sections'))).toBe(report);
    expect(await findReport(join(report, 'sections/part'))).toBe(report);
  });

  it('takes the nearest report when reports are nested', async () => {
    const { report } = tree();
    const inner = join(report, 'sections/part');
    writeFileSync(join(inner, 'report.yaml'), 'title: y\n');
    expect(await findReport(inner)).toBe(inner);
  });

  it('ignores a directory named report.yaml', async () => {
    const { root } = tree();
    mkdirSync(join(root, 'elsewhere/report.yaml'));
    expect(await findReport(join(root, 'elsewhere'))).toBe(await above(root));
  });

  it('stops at the filesystem root when no directory on the way has one', async () => {
    const { root } = tree();
    const found = await findReport(join(root, 'elsewhere'));
    expect(found).toBe(await above(root));
    expect(await findReport('/')).toBe(existsSync('/report.yaml') ? '/' : undefined);
  });
});
