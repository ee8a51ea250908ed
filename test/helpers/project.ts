import type { PreviousFiles, ProjectFiles, SourceFile } from '../../src/load/read-project.js';

/** A minimal valid report.yaml; `extra` lines are appended. */
export function manifestText(...extra: string[]): string {
  return [
    'title: 某区2021年法治政府建设工作报告',
    'issuer: 某区人民政府',
    'index-number: 014133058/2022-00012',
    'date: 2022-01-25',
    'publisher: 政府办',
    'classification: { topic: 综合政务, genre: 报告, series: 其他 }',
    'summary: 某区2021年法治政府建设工作报告',
    ...extra,
    '',
  ].join('\n');
}

/** A report in memory, as the loader would have read it: paths → text. */
export function projectOf(files: Record<string, string>, previous?: { path?: string; files?: Record<string, string> }): ProjectFiles {
  const pick = (record: Record<string, string>, folder: string): SourceFile[] =>
    Object.entries(record)
      .filter(([path]) => path.startsWith(`${folder}/`))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, text]) => ({ path, text }));
  let prev: PreviousFiles | undefined;
  if (previous) {
    const record = previous.files;
    prev = {
      path: previous.path ?? '../last',
      dir: '/reports/last',
      manifest: record?.['report.yaml'] === undefined ? undefined : { path: 'report.yaml', text: record['report.yaml'] },
      metrics: record ? pick(record, 'metrics') : [],
      sections: record ? pick(record, 'sections') : [],
    };
  }
  return {
    dir: '/reports/this',
    manifest: files['report.yaml'] === undefined ? undefined : { path: 'report.yaml', text: files['report.yaml'] },
    metrics: pick(files, 'metrics'),
    sections: pick(files, 'sections'),
    previous: prev,
  };
}
