import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { Sink } from '../../src/diagnostics/diagnostic.js';
import { cells, templateNamed } from '../../src/kinds/disclosure-annual/layout.js';
import { REPORT_KINDS, type ReportKind } from '../../src/scaffold/kinds.js';
import { SCHEMA_FILE } from '../../src/scaffold/schema-file.js';
import { reportYear, yearInName, skeleton } from '../../src/scaffold/skeleton.js';
import { manifestJsonSchema } from '../../src/validate/json-schema.js';
import { validateManifest } from '../../src/validate/manifest.js';
import { expectGolden } from '../helpers/golden.js';
import { projectOf } from '../helpers/project.js';
import { ROOT } from '../helpers/run-cli.js';

const TODAY = '2025-01-20';

function filesOf(kind: ReportKind, today = TODAY): Record<string, string> {
  return Object.fromEntries(skeleton({ kind, today }).map((f) => [f.name, String(f.content)]));
}

/** Every key path of the JSON Schema (`masthead.signers`): the fields report.yaml can have. */
function schemaKeys(): string[] {
  type Node = { properties?: Record<string, Node>; anyOf?: Node[] };
  const walk = (node: Node, prefix: string): string[] =>
    Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
      const object = child.properties ? child : child.anyOf?.find((c) => c.properties);
      return [`${prefix}${key}`, ...(object ? walk(object, `${prefix}${key}.`) : [])];
    });
  return walk(JSON.parse(manifestJsonSchema()) as Node, '');
}

/**
 * report.yaml with every commented-out field switched on, as a clerk does by deleting the
 * `# ` before a key (and before the nested keys under it). The title's two-line example
 * is an alternative to the title already set, not a field to switch on.
 */
function everyFieldOn(text: string): string {
  let inBlock = false;
  return text
    .split('\n')
    .map((line) => {
      const top = /^# ([a-z][a-z0-9-]*):/.exec(line);
      if (top && top[1] !== 'title' && schemaKeys().includes(top[1]!)) {
        inBlock = true;
        return line.slice(2);
      }
      if (inBlock && /^# {3}[a-z][a-z0-9-]*:/.test(line)) return line.slice(2);
      inBlock = false;
      return line;
    })
    .join('\n');
}

function keyPathsOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...keyPathsOf(v, `${prefix}${k}.`)]);
}

describe.each(REPORT_KINDS)('skeleton({ kind: %s })', (kind) => {
  const files = filesOf(kind);

  it('is what the golden shows (every file but the schema copy)', () => {
    const text = Object.entries(files)
      .filter(([name]) => name !== SCHEMA_FILE)
      .map(([name, content]) => `==> ${name} <==\n${content}`)
      .join('\n');
    expectGolden(text, join(ROOT, `test/fixtures/new/${kind}.txt`));
  });

  it('passes every check of the report compiler: no error, no warning', async () => {
    const sink = new Sink();
    const analyzed = await analyze(projectOf(files), sink);
    expect(sink.diagnostics).toEqual([]);
    expect(analyzed.manifest?.kind).toBe(kind);
    expect(analyzed.sections.length).toBeGreaterThanOrEqual(2);
  });

  it('names every field of report.yaml, and every commented-out one is valid once switched on', () => {
    const text = files['report.yaml']!;
    const on = everyFieldOn(text);
    const sink = new Sink();
    expect(validateManifest({ path: 'report.yaml', text: on }, sink)).toBeDefined();
    expect(sink.diagnostics).toEqual([]);
    const present = keyPathsOf(parse(on));
    expect(schemaKeys().filter((key) => !present.includes(key))).toEqual([]);
  });

  it('leaves the optional fields commented out and fills the required ones', () => {
    const set = Object.keys(parse(files['report.yaml']!) as object);
    const required = (JSON.parse(manifestJsonSchema()) as { required: string[] }).required;
    expect(set.filter((key) => !required.includes(key))).toEqual(kind === 'report' ? [] : ['kind']);
    expect(required.filter((key) => !set.includes(key))).toEqual([]);
  });

  it('explains every field in Chinese above it', () => {
    const lines = files['report.yaml']!.split('\n');
    for (const key of Object.keys((JSON.parse(manifestJsonSchema()) as { properties: object }).properties)) {
      const at = lines.findIndex((line) => new RegExp(`^(# )?${key}:`).test(line));
      expect(at, key).toBeGreaterThan(0);
      const start = lines.lastIndexOf('', at) + 1;
      expect(lines.slice(start, at).join('\n'), key).toMatch(/^# [\u4e00-\u9fff]+（(必填|选填)）：|^# 报告类型：/);
    }
  });

  it('points its $schema modeline at the schema copy it carries, which is the current schema', () => {
    expect(files['report.yaml']!.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_FILE}`);
    expect(files[SCHEMA_FILE]).toBe(manifestJsonSchema());
  });

  it('writes section and metric files in the order their numbers give, with Chinese names', () => {
    const sections = Object.keys(files).filter((name) => name.startsWith('sections/'));
    expect(sections.every((name) => /^sections\/\d{2}-[\u4e00-\u9fff]+\.md$/.test(name)), sections.join(', ')).toBe(true);
    expect([...sections].sort()).toEqual(sections);
  });
});

describe('skeleton dates and years', () => {
  it('covers last year, dated today; in December, the year that is ending', () => {
    expect(reportYear('2025-01-20')).toBe(2024);
    expect(reportYear('2025-11-30')).toBe(2024);
    expect(reportYear('2025-12-01')).toBe(2025);
    const manifest = parse(filesOf('report', '2025-03-05')['report.yaml']!) as Record<string, string>;
    expect(manifest.title).toBe('某区人民政府2024年法治政府建设情况报告');
    expect(manifest.date).toBe('2025-03-05');
    expect(manifest['index-number']).toBe('000000000/2025-00001');
  });

  it('takes the year from the directory name when it gives one a report can cover', () => {
    expect(yearInName('2023年法治政府建设情况报告', '2025-03-05')).toBe(2023);
    expect(yearInName('wujin-2024', '2025-03-05')).toBe(2024);
    expect(yearInName('2030年规划', '2025-03-05')).toBeUndefined();
    expect(yearInName('法治政府建设情况报告', '2025-03-05')).toBeUndefined();
    expect(yearInName('report-120345', '2025-03-05')).toBeUndefined();
    const files = Object.fromEntries(skeleton({ kind: 'report', today: '2025-03-05', name: '2023年法治政府建设情况报告' }).map((f) => [f.name, String(f.content)]));
    expect((parse(files['report.yaml']!) as Record<string, string>).title).toBe('某区人民政府2023年法治政府建设情况报告');
  });

  it('refuses a date that is not YYYY-MM-DD (a programmer error)', () => {
    expect(() => skeleton({ kind: 'report', today: '20250120' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('skeleton({ kind: disclosure-annual }) metrics', () => {
  const files = filesOf('disclosure-annual');
  const metrics = Object.entries(files)
    .filter(([name]) => name.startsWith('metrics/'))
    .map(([, text]) => parse(text) as Record<string, unknown>)
    .reduce<Record<string, unknown>>((all, one) => ({ ...all, ...one }), {});

  it('has every cell of the three standard tables, at 0', () => {
    const at = (id: string): unknown => id.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], metrics);
    const ids = cells(templateNamed(2021)).flatMap((cell) => cell.ids);
    expect(ids.length).toBe(10 + 25 * 7 + 3 * 5);
    for (const id of ids) {
      const value = at(id);
      expect(typeof value === 'object' && value !== null ? (value as { value: unknown }).value : value, id).toBe(0);
    }
  });

  it('has no cell that is not in the template', () => {
    const ids = new Set(cells(templateNamed(2021)).flatMap((cell) => cell.ids));
    const leaves = (value: unknown, prefix: string): string[] =>
      typeof value === 'object' && value !== null && !('value' in value) ? Object.entries(value).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`)) : [prefix];
    for (const group of ['主动公开', '依申请', '复议诉讼']) {
      expect(leaves(metrics[group], group).filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it('places the three tables, each alone on its line', () => {
    const body = Object.entries(files).filter(([name]) => name.startsWith('sections/')).map(([, text]) => text).join('\n');
    for (const part of ['二', '三', '四']) expect(body).toMatch(new RegExp(`^\\{\\{table:${part}\\}\\}$`, 'm'));
  });

  it('labels every row of table 三 with its line of the template in a comment', () => {
    const text = files['metrics/3-依申请公开.yaml']!;
    for (const label of ['一、本年新收政府信息公开申请数量', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '3.危及“三安全一稳定”', '（七）总计', '四、结转下年度继续办理']) {
      expect(text).toContain(`# ${label}`);
    }
  });
});
