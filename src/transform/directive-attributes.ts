import { z } from 'zod';
import type { Message } from '../i18n/message.js';
import { checkFormat } from '../metrics/format.js';
import { DIRECTIVE_KEY_NAMES } from '../validate/chinese-keys.js';
import { zodProblems } from '../validate/zod-messages.js';

const text = z.string().trim().min(1, 'must not be empty');

/** `a,b,c`; a full-width comma works too, since the text around it is Chinese. */
const names = z
  .string()
  .transform((s) => s.split(/[,，]/).map((part) => part.trim()).filter((part) => part !== ''))
  .refine((list) => list.length > 0, 'ui.reason.at-least-one-metric'); // a catalogue entry: see zod-messages.ts

const format = z
  .string()
  .trim()
  .superRefine((spec, context) => {
    const problem = checkFormat(spec);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });

/** The attributes that pick metrics, shared by tables and charts (see selectMetrics). */
const selection = {
  group: text.optional(),
  rows: names.optional(),
  columns: names.optional(),
  caption: text,
  /** Overrides each metric's own format for every value shown. */
  format: format.optional(),
};

/**
 * Just the metric-picking attributes, other keys ignored: lets a directive with a typo in
 * another attribute still have its metrics checked, so one run reports every problem.
 */
export const selectionAttributesSchema = z
  .object({ group: selection.group, rows: selection.rows, columns: selection.columns })
  .refine((a) => a.group !== undefined || a.rows !== undefined);

const needsSomething = (a: { group?: string; rows?: string[] }) => a.group !== undefined || a.rows !== undefined;
const NEEDS_SOMETHING = 'needs group or rows (which metrics to show)';

/**
 * `:::table{group="行政复议" caption="…"}`: a metric group, an explicit list of rows, or
 * (with columns) a grid of row groups × metric keys, as an accessible table.
 * The single definition of the directive's attributes.
 */
export const tableAttributesSchema = z
  .strictObject({
    ...selection,
    /** The header of the label column (top-left cell): 项目 unless given. */
    corner: text.optional(),
  })
  .refine(needsSomething, { message: NEEDS_SOMETHING, path: ['group'] });

/** `:::table{caption="…"}` around a plain GFM table: the caption is all it takes. */
export const captionedTableAttributesSchema = z.strictObject({ caption: text });

/**
 * `:::chart{type="bar" group="行政复议" rows="…" caption="…"}`: the same selection as a
 * table, drawn. Rows are the categories along the axis; in the grid form columns are the
 * series. The single definition of the directive's attributes.
 */
export const chartAttributesSchema = z
  .strictObject({
    type: z.enum(['bar', 'line']).default('bar'),
    ...selection,
  })
  .refine(needsSomething, { message: NEEDS_SOMETHING, path: ['group'] });

export type TableAttributes = z.output<typeof tableAttributesSchema>;
export type ChartAttributes = z.output<typeof chartAttributesSchema>;

/** A problem with a directive's attributes; `attribute` says where to point, when known. */
export interface AttributeProblem {
  /** The message in every language, with its rule id. */
  text: Message;
  /** The English of `text`. @deprecated use `text` (issue 7: every message from the catalogue) */
  message: string;
  rule: 'unknown-key' | 'missing-key' | 'invalid-value' | 'unknown-format';
  attribute?: string;
}

export type AttributeResult<T> = { ok: true; data: T } | { ok: false; problems: AttributeProblem[] };

/**
 * Validates a directive's attributes with its schema; every issue becomes a problem in the
 * diagnostics' voice (`unknown attribute "captoin" of :::table (did you mean "caption"?)`),
 * through the one mapper of zod issues (src/validate/zod-messages.ts).
 */
export function parseDirectiveAttributes<S extends z.ZodType>(
  schema: S,
  name: string,
  attributes: Record<string, string | null | undefined> | null | undefined,
): AttributeResult<z.output<S>> {
  const parsed = schema.safeParse(attributes ?? {});
  if (parsed.success) return { ok: true, data: parsed.data };
  const known = knownKeys(schema);
  const problems = zodProblems(parsed.error.issues, { subject: { kind: 'attribute', directive: name }, input: attributes ?? {}, allowedKeys: () => known, names: DIRECTIVE_KEY_NAMES });
  return {
    ok: false,
    problems: problems.map((p) => ({
      text: p.message,
      message: p.message.en,
      rule: p.message.rule as AttributeProblem['rule'],
      attribute: p.at === 'absent' || p.path[0] === undefined ? undefined : String(p.path[0]),
    })),
  };
}

function knownKeys(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { def?: { in?: { shape?: object }; shape?: object } }).def;
  return Object.keys(shape?.shape ?? shape?.in?.shape ?? {});
}
