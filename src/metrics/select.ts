import { didYouMean } from '../diagnostics/did-you-mean.js';
import { msg, text, type Message } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';
import { unknownIdHint } from './id-hint.js';
import type { Metric, MetricStore } from './store.js';

/** What a table or chart directive asks for: the attributes that pick metrics. */
export interface SelectionQuery {
  /** The group the other names are relative to; alone, every metric under it. */
  group?: string;
  /** 1-D: metric ids (one per row). 2-D (with `columns`): group ids, one per row. */
  rows?: string[];
  /** 2-D: metric keys found in every row group, one per column. */
  columns?: string[];
}

/** One metric in a selection, with the name its row is known by when it has no label. */
export interface SelectedMetric {
  metric: Metric & { value: number };
  /** The id relative to the selection's group (or the last key without a group). */
  key: string;
}

/** A list of metrics (a two- or three-column table, a one-series chart). */
export interface MetricList {
  kind: 'list';
  items: SelectedMetric[];
}

/** Rows × columns of metrics: `cells[r][c]` is `<rows[r]>.<columns[c]>`. */
export interface MetricGrid {
  kind: 'grid';
  /** Row group ids, and the key each row is shown as. */
  rows: Array<{ id: string; key: string }>;
  columns: string[];
  cells: SelectedMetric[][];
}

export type Selection = MetricList | MetricGrid;

/** A problem with one attribute of the query (its rule is the message's); `needle` is the text to point at in it. */
export interface SelectionProblem {
  message: Message;
  attribute: keyof SelectionQuery;
  needle?: string;
}

export type SelectionResult =
  | { ok: true; selection: Selection }
  /** `problems` is empty when the metrics' own errors were already reported elsewhere. */
  | { ok: false; problems: SelectionProblem[] };

/**
 * Resolves the metrics a table or chart directive names, the way formulas resolve names:
 * relative to `group` first, then as full ids. Every unknown name is a problem with a
 * did-you-mean; names whose metric file did not parse, or whose formula failed, are left
 * out silently (their own error is already reported) and the selection fails.
 */
export function selectMetrics(store: MetricStore, query: SelectionQuery): SelectionResult {
  const ids = [...store.ids()];
  const groups = groupIds(ids);
  const problems: SelectionProblem[] = [];
  let quiet = false;

  const { group } = query;
  if (group !== undefined && !groups.has(group)) {
    if (store.unavailable(group)) return { ok: false, problems: [] };
    const why = store.get(group) ? text('ui.metrics.hint-not-group') : closeGroup(group, groups);
    problems.push({ message: msg('unknown-metric/group', { group, hint: why }), attribute: 'group', needle: group });
    return { ok: false, problems };
  }

  const metricAt = (id: string, attribute: keyof SelectionQuery, needle: string): SelectedMetric | undefined => {
    const metric = store.get(id);
    if (!metric) {
      if (store.unavailable(id)) quiet = true;
      else problems.push({ message: msg('unknown-metric', { id, hint: unknownIdHint(id, ids, (fixed) => fixed) }), attribute, needle });
      return undefined;
    }
    if (metric.value === undefined) {
      quiet = true; // its formula's error is already reported
      return undefined;
    }
    return { metric: metric as Metric & { value: number }, key: relativeKey(id, group) };
  };
  const resolve = (name: string, known: (id: string) => boolean): string => {
    const candidates = group !== undefined ? [`${group}.${name}`, name] : [name];
    return candidates.find(known) ?? candidates[0]!;
  };

  if (query.columns === undefined) {
    const chosen = query.rows?.map((name) => metricAt(resolve(name, (id) => store.get(id) !== undefined), 'rows', name))
      ?? ids.filter((id) => id.startsWith(`${group}.`)).map((id) => metricAt(id, 'group', group!));
    if (problems.length > 0 || quiet) return { ok: false, problems };
    return { ok: true, selection: { kind: 'list', items: chosen as SelectedMetric[] } };
  }

  const rowIds = query.rows?.map((name) => resolve(name, (candidate) => groups.has(candidate))) ?? directSubgroups(group!, groups);
  if (rowIds.length === 0) {
    problems.push({ message: msg('invalid-value/no-subgroups', { group: group! }), attribute: 'group', needle: group });
  }
  const cells = rowIds.map((row, r) => {
    if (!groups.has(row)) {
      // A missing row group would make each of its cells unknown too: say it once.
      if (store.unavailable(row)) quiet = true;
      else {
        const why = store.get(row) ? text('ui.metrics.hint-row-is-metric') : closeGroup(row, groups);
        problems.push({ message: msg('unknown-metric/group', { group: row, hint: why }), attribute: 'rows', needle: query.rows?.[r] ?? row });
      }
      return [];
    }
    return query.columns!.map((column) => metricAt(`${row}.${column}`, 'columns', column));
  });
  if (problems.length > 0 || quiet) return { ok: false, problems };
  return {
    ok: true,
    selection: {
      kind: 'grid',
      rows: rowIds.map((id) => ({ id, key: relativeKey(id, group) })),
      columns: query.columns,
      cells: cells as SelectedMetric[][],
    },
  };
}

function closeGroup(group: string, groups: ReadonlySet<string>): Text | undefined {
  const close = didYouMean(group, groups);
  return close === undefined ? undefined : text('ui.did-you-mean', { name: close });
}

/** Every group id: each proper prefix of a metric id (`a.b.c` → `a`, `a.b`). */
function groupIds(ids: readonly string[]): Set<string> {
  const groups = new Set<string>();
  for (const id of ids) {
    const parts = id.split('.');
    for (let n = 1; n < parts.length; n++) groups.add(parts.slice(0, n).join('.'));
  }
  return groups;
}

/** The groups directly under `group`, in the order their first metric is defined. */
function directSubgroups(group: string, groups: ReadonlySet<string>): string[] {
  const depth = group.split('.').length + 1;
  return [...groups].filter((g) => g.startsWith(`${group}.`) && g.split('.').length === depth);
}

function relativeKey(id: string, group: string | undefined): string {
  if (group !== undefined && id.startsWith(`${group}.`)) return id.slice(group.length + 1);
  return id.slice(id.lastIndexOf('.') + 1);
}
