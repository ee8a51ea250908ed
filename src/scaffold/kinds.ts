import { manifestSchema } from '../validate/manifest-schema.js';

/** The kinds `report new --kind` offers: the manifest's `kind:` values, from its zod schema. */
export const REPORT_KINDS = manifestSchema.shape.kind.unwrap().options;

export type ReportKind = (typeof REPORT_KINDS)[number];

export function isReportKind(value: string): value is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(value);
}
