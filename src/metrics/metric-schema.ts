import { z } from 'zod';
import { checkFormat } from './format.js';

/** `15.3%` in a metric file: a share written the way the report prints it. */
export const PERCENT_TEXT = /^(-?\d+(?:\.(\d+))?)\s*%$/;

/** A stated value: a number, or a percentage string such as `15.3%`. */
const statedValue = z.union([z.number(), z.string().regex(PERCENT_TEXT, 'a number or a percentage like 15.3%')]);

/**
 * A metric written as a mapping: a stated value, a formula, or both (then they must
 * agree at the precision the value is shown), with optional presentation attributes.
 * The single definition of that shape.
 */
export const metricAttributesSchema = z
  .strictObject({
    /** null: not filled in yet (`report init --from` empties every value so) */
    value: statedValue.nullable().optional(),
    formula: z.string().trim().min(1).optional(),
    format: z.string().refine((s) => checkFormat(s) === undefined, { message: 'unknown format' }).optional(),
    unit: z.string().optional(),
    label: z.string().optional(),
    note: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((m) => m.value !== undefined || m.formula !== undefined, { message: 'a metric needs a value or a formula' });

/** A check in a `checks:` list: an expression, or a named one. */
export const checkSchema = z.union([
  z.string().trim().min(1),
  z.strictObject({ name: z.string().trim().min(1), expr: z.string().trim().min(1) }),
]);

export type MetricAttributes = z.output<typeof metricAttributesSchema>;

/** Every attribute a metric mapping may have, in the order messages list them. */
export const METRIC_ATTRIBUTES = ['value', 'formula', 'format', 'unit', 'label', 'note', 'source'] as const;

/** Keys that make a mapping a metric rather than a group. */
export const METRIC_KEYS = new Set(['value', 'formula']);
