import type { z } from 'zod';
import { didYouMeanText } from '../diagnostics/did-you-mean.js';
import { catalogue } from '../i18n/catalogue.js';
import type { Entry } from '../i18n/entry.js';
import { msg, text, type Message } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';
import { CHANGE_FORMAT_NAMES, checkFormat, FORMAT_NAMES } from '../metrics/format.js';
import { chineseNameOf, suggestKey, type KeyNames } from './chinese-keys.js';
import { isoDateFrom } from './date-hint.js';

/** What a schema validated; it decides the words of the messages. */
export type ZodSubject =
  /** report.yaml */
  | { kind: 'field' }
  /** a metric written as a mapping in a metric file */
  | { kind: 'metric'; id: string }
  /** the attributes of a `:::table` or `:::chart` directive */
  | { kind: 'attribute'; directive: string };

export interface ZodContext {
  subject: ZodSubject;
  /** What was validated: tells a missing key from a `null`, and shows the user's value. */
  input: unknown;
  /** The keys the schema allows in the mapping at a path, for did-you-mean. */
  allowedKeys: (path: readonly PropertyKey[]) => readonly string[];
  /** The keys' Chinese names, for a key typed in Chinese and for the Chinese messages. */
  names: KeyNames;
}

/** One message, and where it points. */
export interface ZodProblem {
  message: Message;
  /** The value concerned; for an unknown key, the key's own path. */
  path: PropertyKey[];
  /** `key`: at an unknown key itself; `value`: at the value; `absent`: the key is missing. */
  at: 'key' | 'value' | 'absent';
}

/**
 * The one place where zod's issues become messages, for report.yaml, metric mappings and
 * directive attributes alike: an unknown key with a did-you-mean (Chinese names too), a
 * missing or unfilled key, and an invalid value with the reason and, where one can be
 * worked out, the value to write instead. Callers turn `path` and `at` into a place.
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[], context: ZodContext): ZodProblem[] {
  const problems: ZodProblem[] = [];
  for (const issue of issues) {
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ message: unknownKey(key, path, context), path: [...path, key], at: 'key' });
      continue;
    }
    const value = valueAt(context.input, path);
    const at = value === undefined ? 'absent' : 'value';
    problems.push({ message: invalid(issue, path, value, context), path, at });
  }
  return problems;
}

function unknownKey(key: string, path: PropertyKey[], context: ZodContext): Message {
  const allowed = context.allowedKeys(path);
  const hint = keyHint(key, path, allowed, context.names);
  const { subject } = context;
  if (subject.kind === 'metric') return msg('unknown-key/metric', { key, id: subject.id, hint, allowed });
  if (subject.kind === 'attribute') return msg('unknown-key/attribute', { key, directive: subject.directive, hint, allowed });
  return msg('unknown-key/field', { key, hint });
}

/** A misspelt key, a key typed in Chinese, or a key written in the wrong mapping. */
function keyHint(key: string, path: PropertyKey[], allowed: readonly string[], names: KeyNames): Text {
  const close = didYouMeanText(key, allowed);
  if (close.en !== '') return close;
  const suggestion = suggestKey(names, key, path);
  if (suggestion === undefined) return close;
  if (suggestion.under === undefined) return text('ui.did-you-mean', { name: suggestion.key });
  if (suggestion.under === '') return text('ui.did-you-mean.top-level', { key: suggestion.key });
  return text('ui.did-you-mean.under', { key: suggestion.key, under: suggestion.under });
}

function invalid(issue: z.core.$ZodIssue, path: PropertyKey[], value: unknown, context: ZodContext): Message {
  const { subject } = context;
  const attribute = path.map(String).join('.');
  if (subject.kind === 'metric') {
    if (path.length === 0) return msg('metric-invalid/needs-value', { id: subject.id });
    if (attribute === 'format') return msg('unknown-format/metric', { id: subject.id, format: String(value), problem: checkFormat(String(value)) ?? issue.message, known: KNOWN_FORMATS });
    const reason = attribute === 'value' ? statedValueReason(value) : reasonFor(issue, value, path, context);
    return msg('metric-invalid/attribute', { id: subject.id, attribute, reason });
  }
  if (subject.kind === 'attribute') {
    const { directive } = subject;
    if (value === undefined && issue.code === 'custom') return msg('missing-key/group-or-rows', { directive });
    if (value === undefined) return msg('missing-key/attribute', { directive, attribute });
    if (attribute === 'format') return msg('unknown-format/attribute', { directive, format: String(value), problem: issue.message, known: KNOWN_FORMATS });
    return msg('invalid-value/attribute', { directive, attribute, value: String(value), reason: reasonFor(issue, value, path, context) });
  }
  const name = attribute || '(document)';
  const label = chineseNameOf(context.names, attribute);
  // left empty for the clerk, e.g. by `report init --from` (last year's value is in a comment beside it)
  if (issue.code === 'invalid_type' && value === null) return msg('field-unfilled/field', { name, label });
  if (issue.code === 'invalid_type' && value === undefined) return msg('missing-key/field', { name, label });
  return msg('invalid-value/field', { name, label, value, reason: reasonFor(issue, value, path, context) });
}

const KNOWN_FORMATS = [...FORMAT_NAMES, ...CHANGE_FORMAT_NAMES];

/** Why a value is invalid, and what to write instead when that can be worked out. */
function reasonFor(issue: z.core.$ZodIssue, value: unknown, path: PropertyKey[], context: ZodContext): Text {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'array' && typeof value === 'string') return text('ui.reason.list', { fixed: asList(value) });
      return text('ui.reason.expected', { type: issue.expected, keys: issue.expected === 'object' ? shortList(context.allowedKeys(path)) : undefined });
    case 'invalid_format':
      if (issue.format === 'date') return dateReason(value, path);
      if (issue.format === 'url') return text('ui.reason.url');
      return fromMessage(issue.message);
    case 'too_small':
      return text('ui.reason.not-empty');
    case 'invalid_union':
      return text('ui.reason.string-or-list');
    case 'invalid_value':
      return text('ui.reason.one-of', { values: issue.values.map(String) });
    default:
      return fromMessage(issue.message);
  }
}

/** `2021年1月25日` → `2021-01-25`; `2021-02-30` is no day at all; `expires: 有效` is said with null. */
function dateReason(value: unknown, path: readonly PropertyKey[]): Text {
  const typed = typeof value === 'string' ? value.trim() : String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return text('ui.reason.no-such-date');
  const fixed = isoDateFrom(typed);
  if (fixed === undefined && path.at(-1) === 'expires' && /有效|长期|永久|^无$/u.test(typed)) return text('ui.reason.still-valid');
  return text('ui.reason.date', { fixed });
}

/** The stated value of a metric mapping: a number, or a percentage written with a half-width %. */
function statedValueReason(value: unknown): Text {
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*％\s*$/.test(value)) return text('ui.reason.full-width-percent', { fixed: value.trim().replace(/\s*％$/, '%') });
  return text('ui.reason.percentage');
}

/** Keys worth listing in a message: a handful, not the two dozen of report.yaml's top level. */
function shortList(keys: readonly string[]): readonly string[] | undefined {
  return keys.length > 0 && keys.length <= 6 ? keys : undefined;
}

/** `法治，报告` typed where a list belongs: `[法治, 报告]`. */
function asList(value: string): string {
  const items = value.split(/[，,、；;\s]+/u).filter((item) => item !== '');
  return `[${items.join(', ')}]`;
}

/**
 * A refinement's own message. Schemas name the catalogue entry of their reason
 * (`'ui.reason.colour'`) so that both languages come from the catalogue; a plain
 * English message (from a schema not yet moved) is kept as it is, in both.
 */
function fromMessage(message: string): Text {
  const reason = message.startsWith('ui.reason.') ? (catalogue as Record<string, Entry<object> | undefined>)[message] : undefined;
  if (reason) return { en: reason.en({}), zh: reason.zh({}) };
  return text('ui.reason.other', { message: message.charAt(0).toLowerCase() + message.slice(1) });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
