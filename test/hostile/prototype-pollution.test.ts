import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { readProject } from '../../src/load/read-project.js';
import { expectNoStackTrace, ruleIds } from '../helpers/html-safety.js';
import { manifestText, projectOf } from '../helpers/project.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

/**
 * `__proto__`, `constructor` and `prototype` as keys in every YAML mapping the tool reads,
 * and as names in references, formulas and directive attributes. Each is a diagnostic at
 * its place with its rule (never a crash, never silently taken), and no object anywhere
 * gains a property: the real CLI in a child process, and `analyze` in this process where
 * Object.prototype can be inspected afterwards.
 */
const PROTO_YAML = `__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\nprototype: { polluted: yes }\n`;

const VALID_SECTION = '## 总体情况\n\n全年收到{{组.收到}}件。\n';
const VALID_METRICS = '组:\n  收到: 3\n';

/** Object.prototype as it was, to compare after each test. */
const PRISTINE = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
});

/** A small report on disk from files (path → text). */
function reportOf(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'report-proto-')), 'report');
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

async function analyzeFiles(files: Record<string, string>): Promise<string[]> {
  const sink = new Sink();
  await analyze(projectOf(files), sink);
  return sink.sorted().map((d) => `${d.file}:${d.place?.line ?? 0}:${d.place?.column ?? 0} ${d.rule}`);
}

describe.concurrent('report.yaml (real CLI)', () => {
  it('top-level __proto__, constructor and prototype are unknown keys at their line', async () => {
    const dir = reportOf({ 'report.yaml': manifestText(PROTO_YAML.trimEnd()), 'sections/01.md': VALID_SECTION, 'metrics/m.yaml': VALID_METRICS });
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^report\.yaml:8:1 error unknown key "__proto__".* unknown-key$/m);
    expect(result.stderr).toMatch(/^report\.yaml:9:1 error unknown key "constructor".* unknown-key$/m);
    expect(result.stderr).toMatch(/^report\.yaml:10:1 error unknown key "prototype".* unknown-key$/m);
    expectNoStackTrace(result);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('in every nested mapping: classification, portal, masthead, signature, colophon, fonts, layout', async () => {
    const manifest = manifestText().replace('classification: { topic: 综合政务, genre: 报告, series: 其他 }\n', '') + [
      'classification: { topic: 综合政务, genre: 报告, series: 其他, __proto__: { polluted: yes } }',
      'portal: { site-name: 站, constructor: { prototype: { polluted: yes } } }',
      'masthead: { organ: 机关, prototype: x }',
      'signature: { seal: true, __proto__: x }',
      'colophon: { printer: 印, printed: 2022-01-25, constructor: x }',
      'fonts: { body: [仿宋], __proto__: [x] }',
      'layout: { prototype: true }',
      '',
    ].join('\n');
    const dir = reportOf({ 'report.yaml': manifest, 'sections/01.md': VALID_SECTION, 'metrics/m.yaml': VALID_METRICS });
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(ruleIds(result.stderr)).toEqual(Array(7).fill('unknown-key'));
    expectNoStackTrace(result);
  });
});

describe.concurrent('metric files (real CLI)', () => {
  it('as group keys, metric names and nested names: metric-invalid at the key; as attribute keys: unknown-key', async () => {
    const metrics = [
      '__proto__:',
      '  polluted: 1',
      'constructor:',
      '  prototype: { polluted: 2 }',
      'prototype: 3',
      '组:',
      '  收到: { value: 3, __proto__: { polluted: 4 }, constructor: 5 }',
      '  __proto__: 6',
      '  子:',
      '    constructor: { value: 7 }',
      'checks:',
      '  - { name: c, expr: "组.收到 == 3", __proto__: x }',
      '',
    ].join('\n');
    const dir = reportOf({ 'report.yaml': manifestText(), 'sections/01.md': VALID_SECTION, 'metrics/m.yaml': metrics });
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    const lines = result.stderr.split('\n');
    const at = (line: number) => lines.filter((l) => l.startsWith(`metrics/m.yaml:${line}:`)).map((l) => l.split(' ').at(-1));
    expect(at(1)).toEqual(['metric-invalid']);
    expect(at(3)).toEqual(['metric-invalid']);
    expect(at(5)).toEqual(['metric-invalid']);
    expect(at(7)).toEqual(['unknown-key', 'unknown-key']);
    expect(at(8)).toEqual(['metric-invalid']);
    expect(at(10)).toEqual(['metric-invalid']);
    expect(at(12).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('in a disclosure report\'s metric files (data/disclosure-2023)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-proto-')), 'disclosure-2023');
    cpSync(join(ROOT, 'data/disclosure-2023'), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
    const file = join(dir, 'metrics', readdirSync(join(dir, 'metrics')).sort()[0]!);
    const text = readFileSync(file, 'utf8').replace('依申请:\n', '依申请:\n  __proto__: { 自然人: 1 }\n  constructor: { 自然人: 1 }\n');
    writeFileSync(file, `${text}\nprototype:\n  总计: 1\n`);
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    const reserved = result.stderr.split('\n').filter((l) => / metric name "(__proto__|constructor|prototype)" is reserved .* metric-invalid$/.test(l));
    expect(reserved).toHaveLength(3);
  });
});

describe.concurrent('names in the text (real CLI)', () => {
  it('references, formulas and table selections naming them are errors at their place', async () => {
    const section = [
      '## 总体情况',
      '',
      '引用{{constructor}}、{{prototype}}、{{组.constructor}}、{{toString}}、{{组.__proto__}}、{{__proto__.polluted}}。',
      '',
      '::table{group="__proto__" caption="表一"}',
      '',
      '::table{group="组" rows="constructor,prototype" caption="表二"}',
      '',
    ].join('\n');
    const metrics = `${VALID_METRICS}  比: { formula: constructor + prototype + __proto__ }\n`;
    const dir = reportOf({ 'report.yaml': manifestText(), 'sections/01.md': section, 'metrics/m.yaml': metrics });
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    const rules = ruleIds(result.stderr);
    expect(rules.every((r) => r === 'unknown-metric' || r === 'metric-syntax' || r === 'expression-syntax'), result.stderr).toBe(true);
    // each reference is reported (a name that is no id, such as __proto__, is a syntax error)
    expect(result.stderr.split('\n').filter((l) => l.startsWith('sections/01.md:3:'))).toHaveLength(6);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('sections/01.md:5:'))).toHaveLength(1);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('sections/01.md:7:'))).toHaveLength(2);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('metrics/m.yaml:3:'))).not.toHaveLength(0);
  });

  it('directive attributes: constructor and prototype are unknown attributes; __proto__ is dropped by the Markdown parser, harmlessly', async () => {
    const section = [
      '## 总体情况',
      '',
      '::table{group="组" caption="表一" constructor="x"}',
      '',
      '::chart{type="bar" group="组" caption="图一" prototype="y"}',
      '',
      '::table{group="组" caption="表二" __proto__="z"}',
      '',
      '文字:abbr[缩写]{__proto__="x" constructor="y"}。',
      '',
    ].join('\n');
    const dir = reportOf({ 'report.yaml': manifestText(), 'sections/01.md': section, 'metrics/m.yaml': VALID_METRICS });
    const result = await runCli(['check', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    expect(result.stderr).toMatch(/^sections\/01\.md:3:\d+ error unknown attribute "constructor" of :::table .* unknown-key$/m);
    expect(result.stderr).toMatch(/^sections\/01\.md:5:\d+ error unknown attribute "prototype" of :::chart .* unknown-key$/m);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('sections/01.md:7:'))).toEqual([]);
  });
});

describe('in-process: analyze leaves every prototype as it was', () => {
  it('report.yaml, metric files, references and directives full of reserved names', async () => {
    const lines = await analyzeFiles({
      'report.yaml': manifestText(PROTO_YAML.trimEnd(), 'portal: { __proto__: { polluted: yes } }', 'fonts: { constructor: { prototype: { polluted: yes } } }'),
      'metrics/m.yaml': `${PROTO_YAML}组:\n  收到: { value: 3, __proto__: { polluted: 1 } }\n  constructor: { value: 1, prototype: { polluted: 2 } }\n`,
      'sections/01.md': '## 总体情况\n\n{{__proto__.polluted}}{{constructor.prototype.polluted}}{{组.收到}}\n\n::table{group="组" caption="表" __proto__="x" constructor="y"}\n',
    });
    expect(lines.length).toBeGreaterThan(8);
    expect(lines.filter((l) => l.startsWith('report.yaml:')).every((l) => l.endsWith(' unknown-key'))).toBe(true);
  });

  it('a disclosure report read from disk', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'report-proto-')), 'disclosure-2023');
    cpSync(join(ROOT, 'data/disclosure-2023'), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
    for (const name of readdirSync(join(dir, 'metrics'))) {
      const file = join(dir, 'metrics', name);
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${PROTO_YAML}`);
    }
    const sink = new Sink();
    await analyze(await readProject(dir, sink), sink);
    expect(sink.failed()).toBe(true);
  });
});
