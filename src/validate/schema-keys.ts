import { z } from 'zod';

/** The keys an object schema allows at a path, for did-you-mean on unknown keys. */
export function schemaKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!(node instanceof z.ZodObject)) return [];
    node = unwrap((node.shape as Record<string, z.ZodType>)[String(segment)]);
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let node = schema;
  for (;;) {
    if (node instanceof z.ZodDefault || node instanceof z.ZodOptional || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
    // a preprocessed block (`classification: none`): the keys are those of the schema it feeds
    else if (node instanceof z.ZodPipe) node = node.out as z.ZodType;
    else break;
  }
  return node;
}
