import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findReports } from '../../src/load/find-reports.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'report-find-'));
  for (const dir of ['reports/财政局-2024', 'reports/教育局-2024', 'reports/notes', 'reports/教育局-2024/dist/old', 'node_modules/x', 'deep/a/b/c']) await mkdir(join(root, dir), { recursive: true });
  for (const dir of ['reports/财政局-2024', 'reports/教育局-2024', 'reports/教育局-2024/dist/old', 'node_modules/x', 'deep/a/b/c']) await writeFile(join(root, dir, 'report.yaml'), 'title: x\n');
});

describe('findReports', () => {
  it('takes directories as given, in path order, once each', async () => {
    expect(await findReports(['reports/教育局-2024', 'reports/财政局-2024', 'reports/教育局-2024/'], undefined, root)).toEqual([join(root, 'reports/教育局-2024'), join(root, 'reports/财政局-2024')]);
    // named outright, a directory without report.yaml is kept: it gets its missing-manifest error
    expect(await findReports(['reports/notes'], undefined, root)).toEqual([join(root, 'reports/notes')]);
  });

  it('expands a glob to the directories that hold a report.yaml', async () => {
    expect(await findReports(['reports/*'], undefined, root)).toEqual([join(root, 'reports/教育局-2024'), join(root, 'reports/财政局-2024')]);
  });

  it('--all finds every report under a root, skipping outputs and dependencies', async () => {
    expect(await findReports([], '.', root)).toEqual([join(root, 'deep/a/b/c'), join(root, 'reports/教育局-2024'), join(root, 'reports/财政局-2024')]);
    expect(await findReports([], 'reports', root)).toHaveLength(2);
  });
});
