import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../helpers/golden.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const GOLDENS = join(ROOT, 'test/fixtures/reporters');
// run from the repository root, as CI does: paths in annotations are the repository's
const REPORT = 'test/fixtures/diagnostics/multiple-problems';

describe('reporters for CI', () => {
  it('--reporter github prints one workflow command per diagnostic on stdout, the text report on stderr', async () => {
    const result = await runCli(['check', REPORT, '--reporter', 'github']);
    expect(result.code).toBe(1);
    expectGolden(result.stdout, join(GOLDENS, 'multiple-problems.github.txt'));
    expect(result.stdout).toContain(`::error file=${REPORT}/report.yaml,line=6,col=12,title=date-order::published 2021-01-20 is before date`);
    expect(result.stderr).toMatch(/5 errors, 2 warnings\n$/);
  });

  it('is the default inside GitHub Actions, and --reporter text still wins there', async () => {
    const github = await runCli(['check', REPORT], { env: { GITHUB_ACTIONS: 'true' } });
    expect(github.stdout).toBe((await runCli(['check', REPORT, '--reporter', 'github'])).stdout);
    const text = await runCli(['check', REPORT, '--reporter', 'text'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(text.stdout).toBe('');
  });

  it('--reporter sarif prints SARIF 2.1.0 with cwd-relative locations', async () => {
    const result = await runCli(['check', REPORT, '--reporter', 'sarif']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const sarif = JSON.parse(result.stdout) as { version: string; runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }> }> }> };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(7);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results).toContainEqual(
      expect.objectContaining({ ruleId: 'date-order', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: `${REPORT}/report.yaml` }, region: { startLine: 6, startColumn: 12 } } }] }),
    );
    // the golden does not pin the version, which package.json owns
    expectGolden(result.stdout.replace(`"version": "${run.tool.driver.version}"`, '"version": "<package.json>"'), join(GOLDENS, 'multiple-problems.sarif.json'));
  });

  it('--quiet prints errors only, but keeps warnings under --strict, where they fail the run', async () => {
    const quiet = await runCli(['check', REPORT, '--quiet']);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).not.toContain(' warning ');
    expect(quiet.stderr.split('\n').filter((line) => line.includes(' error '))).toHaveLength(5);
    // the summary still counts what was left out
    expect(quiet.stderr).toMatch(/5 errors, 2 warnings\n$/);
    const strict = await runCli(['check', 'test/fixtures/diagnostics/raw-html', '--quiet', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('raw-html');
  });

  it('--version prints the version in package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default as { version: string };
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
  });
});
