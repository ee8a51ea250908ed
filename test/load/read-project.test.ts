import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { readProject } from '../../src/load/read-project.js';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('readProject', () => {
  it('reads the report previous: names, relative to the report directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, {
      '2020/report.yaml': 'title: x\n',
      '2020/metrics/a.yaml': 'a: 1\n',
      '2020/sections/01.md': 'text\n',
      '2021/report.yaml': 'title: y\nprevious: ../2020   # last year\n',
      '2021/sections/01.md': 'text\n',
    });
    const sink = new Sink();
    const project = await readProject(join(root, '2021'), sink);
    expect(sink.diagnostics).toEqual([]);
    expect(project.previous).toEqual({
      path: '../2020',
      dir: join(root, '2020'),
      manifest: { path: 'report.yaml', text: 'title: x\n' },
      metrics: [{ path: 'metrics/a.yaml', text: 'a: 1\n' }],
      sections: [{ path: 'sections/01.md', text: 'text\n' }],
    });
  });

  it('leaves a previous: that names no report for validation to report', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { '2021/report.yaml': 'previous: ../2020\n', '2021/sections/01.md': 'text\n' });
    const sink = new Sink();
    const project = await readProject(join(root, '2021'), sink);
    expect(sink.diagnostics).toEqual([]);
    expect(project.previous).toEqual({ path: '../2020', dir: join(root, '2020'), manifest: undefined, metrics: [], sections: [] });
  });

  it('does not read a previous report when asked not to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'report-load-'));
    writeTree(root, { '2021/report.yaml': 'previous: ../2020\n', '2021/sections/01.md': 'text\n' });
    const project = await readProject(join(root, '2021'), new Sink(), { previous: false });
    expect(project.previous).toBeUndefined();
  });
});
