import type { Artifact } from '../write/atomic.js';
import { disclosureReportFiles } from './disclosure-report.js';
import type { ReportKind } from './kinds.js';
import { manifestText } from './manifest-text.js';
import { plainReportFiles } from './plain-report.js';
import { schemaFile } from './schema-file.js';

export interface SkeletonOptions {
  kind: ReportKind;
  /** Today as `YYYY-MM-DD`, from the clock the CLI reads (the generator stays pure). */
  today: string;
  /** The new directory's name: a year in it (`2024年法治政府建设情况报告`) is the report's year. */
  name?: string;
}

/**
 * Every file of a new report that `report check` passes and `report build` builds:
 * report.yaml commented field by field, the sections and metrics of its kind, and the
 * JSON Schema its editor resolves. The report covers the year before `today`'s, since
 * an annual report is written after its year ends (a 政府信息公开工作年度报告 by 31 January,
 * a 法治政府建设情况报告 by 1 March); in December, the year that is ending.
 */
export function skeleton(options: SkeletonOptions): Artifact[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`skeleton needs today as YYYY-MM-DD (got "${options.today}")`);
  const year = yearInName(options.name, options.today) ?? reportYear(options.today);
  const body = options.kind === 'disclosure-annual' ? disclosureReportFiles(year) : plainReportFiles(year);
  return [{ name: 'report.yaml', content: manifestText({ kind: options.kind, year, today: options.today }) }, ...body, schemaFile()];
}

/** The year a report started on `today` (YYYY-MM-DD) covers: last year, or this year in December. */
export function reportYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) === '12' ? year : year - 1;
}

/** The year a directory's name gives (`2024年…`, `wujin-2024`), when it is one a report can cover by today. */
export function yearInName(name: string | undefined, today: string): number | undefined {
  const match = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(name ?? '');
  const year = match ? Number(match[1]) : undefined;
  return year !== undefined && year <= Number(today.slice(0, 4)) ? year : undefined;
}
