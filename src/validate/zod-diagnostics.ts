import type { z } from 'zod';
import type { Sink } from '../diagnostics/diagnostic.js';
import { MANIFEST_KEY_NAMES } from './chinese-keys.js';
import { placeOf, type YamlFile } from './yaml.js';
import { zodProblems } from './zod-messages.js';

/**
 * Reports zod's issues with report.yaml as diagnostics at the YAML position they concern:
 * unknown keys at the key (with a did-you-mean over the keys the schema allows, and from
 * a key's Chinese name), wrong types and values at the value, missing keys at the mapping
 * that lacks them.
 */
export function reportZodIssues(
  issues: readonly z.core.$ZodIssue[],
  yaml: YamlFile,
  sink: Sink,
  allowedKeys: (path: readonly PropertyKey[]) => string[],
): void {
  const problems = zodProblems(issues, { subject: { kind: 'field' }, input: yaml.value ?? {}, allowedKeys, names: MANIFEST_KEY_NAMES });
  for (const problem of problems) {
    sink.error(yaml.file.path, placeOf(yaml, problem.path, { key: problem.at === 'key' }), problem.message);
  }
}
