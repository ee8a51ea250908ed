import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

const FIXTURES = join(ROOT, 'test/fixtures/diagnostics');

describe('report check --reporter json', () => {
  it('prints parseable JSON with every diagnostic on stdout', async () => {
    const result = await runCli(['check', '.', '--reporter', 'json'], { cwd: join(FIXTURES, 'multiple-problems') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { report: string; errors: number; warnings: number; diagnostics: Array<{ severity: string; file: string; path: string; place?: { line: number; column: number }; message: string; rule: string }> };
    expect(report.errors).toBe(report.diagnostics.filter((d) => d.severity === 'error').length);
    expect(report.warnings).toBe(report.diagnostics.filter((d) => d.severity === 'warning').length);
    expect(report.warnings).toBe(2); // raw-html, and index-number-shape: an unknown 索引号 shape never blocks a build
    expect(new Set(report.diagnostics.map((d) => d.rule))).toEqual(
      new Set(['document-number-brackets', 'index-number-shape', 'date-order', 'check-failed', 'stated-mismatch', 'unknown-metric', 'raw-html']),
    );
    expect(report.report).toBe('.');
    expect(report.diagnostics).toContainEqual({
      severity: 'error',
      file: 'report.yaml',
      path: 'report.yaml',
      place: { line: 6, column: 12 },
      message: 'published 2021-01-20 is before date 2021-01-25 (a document is published after it is written)',
      rule: 'date-order',
    });
    // file is relative to the report directory, whatever the current directory is; path to the current directory
    const elsewhere = await runCli(['check', join(FIXTURES, 'multiple-problems'), '--reporter', 'json']);
    const seen = JSON.parse(elsewhere.stdout) as typeof report;
    expect(seen.report).toBe('test/fixtures/diagnostics/multiple-problems');
    expect(seen.diagnostics.map((d) => d.file)).toEqual(report.diagnostics.map((d) => d.file));
    expect(seen.diagnostics.map((d) => d.path)).toEqual(report.diagnostics.map((d) => `test/fixtures/diagnostics/multiple-problems/${d.file}`));
    expect(seen.diagnostics.map(({ path: _path, ...d }) => d)).toEqual(report.diagnostics.map(({ path: _path, ...d }) => d));
  });

  it('prints an empty report for a valid report', async () => {
    const result = await runCli(['check', '.', '--reporter', 'json'], { cwd: join(FIXTURES, 'valid') });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ report: '.', errors: 0, warnings: 0, diagnostics: [] });
  });

  it('exits 1 on warnings with --strict', async () => {
    const result = await runCli(['check', '.', '--reporter', 'json', '--strict'], { cwd: join(FIXTURES, 'raw-html') });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('rejects an unknown reporter as a usage error (exit 2)', async () => {
    const result = await runCli(['check', '.', '--reporter', 'xml'], { cwd: join(FIXTURES, 'valid') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown reporter "xml" (use text, json, github, sarif)');
  });
});
