import type { z } from 'zod';
import type { Sink } from '../diagnostics/diagnostic.js';
import { didYouMeanSuffix } from '../diagnostics/did-you-mean.js';
import { placeOf, type YamlFile } from './yaml.js';

/**
 * Reports zod's issues as diagnostics at the YAML position they concern: unknown keys
 * at the key (with a did-you-mean over the keys the schema allows), wrong types and
 * values at the value, missing keys at the mapping that lacks them.
 */
export function reportZodIssues(
  issues: readonly z.core.$ZodIssue[],
  yaml: YamlFile,
  sink: Sink,
  allowedKeys: (path: readonly PropertyKey[]) => string[],
): void {
  for (const issue of issues) {
    const path = issue.path;
    const name = path.map(String).join('.') || '(document)';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suffix = didYouMeanSuffix(key, allowedKeys(path));
        sink.error(yaml.file.path, placeOf(yaml, [...path, key], { key: true }), `unknown key "${key}"${suffix}`, 'unknown-key');
      }
      continue;
    }
    const value = valueAt(yaml.value, path);
    if (issue.code === 'invalid_type' && value === null) {
      // left empty for the clerk, e.g. by `report init --from` (last year's value is in a comment beside it)
      sink.error(yaml.file.path, placeOf(yaml, path), `"${name}" is not filled in`, 'field-unfilled');
      continue;
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      sink.error(yaml.file.path, placeOf(yaml, path), `missing required key "${name}"`, 'missing-key');
      continue;
    }
    const shown = value === undefined ? '' : ` ${JSON.stringify(value)}`;
    sink.error(yaml.file.path, placeOf(yaml, path), `invalid value${shown} for "${name}" (${describe(issue)})`, 'invalid-value');
  }
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'expected a date as YYYY-MM-DD';
      return issue.format === 'regex' ? issue.message : `expected ${issue.format}`;
    case 'too_small':
      return 'must not be empty';
    case 'invalid_union':
      return 'expected a string or a list of strings';
    default:
      return issue.message.replace(/^Invalid input: /, '').replace(/\.$/, '');
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
