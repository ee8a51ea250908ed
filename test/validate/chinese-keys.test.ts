import { describe, expect, it } from 'vitest';
import { metricAttributesSchema } from '../../src/metrics/metric-schema.js';
import { chartAttributesSchema, tableAttributesSchema } from '../../src/transform/directive-attributes.js';
import { chineseNameOf, DIRECTIVE_KEY_NAMES, MANIFEST_KEY_NAMES, METRIC_KEY_NAMES, suggestKey, type KeyNames } from '../../src/validate/chinese-keys.js';
import { manifestSchema } from '../../src/validate/manifest-schema.js';
import { schemaKeysAt } from '../../src/validate/schema-keys.js';
import type { z } from 'zod';

/** Every key path of an object schema, nested mappings included. */
function paths(schema: z.ZodType, parent: string[] = []): string[] {
  return schemaKeysAt(schema, parent).flatMap((key) => {
    const path = [...parent, key];
    return [path.join('.'), ...paths(schema, path)];
  });
}

describe('the Chinese key names', () => {
  it.each([
    ['report.yaml', MANIFEST_KEY_NAMES, paths(manifestSchema)],
    ['a metric', METRIC_KEY_NAMES, paths(metricAttributesSchema)],
    ['a directive', DIRECTIVE_KEY_NAMES, [...new Set([...schemaKeysAt(tableAttributesSchema, []), ...schemaKeysAt(chartAttributesSchema, [])])]],
  ] as Array<[string, KeyNames, string[]]>)('name every key of %s, and no other', (_what, names, keys) => {
    expect(names.map(([path]) => path).sort()).toEqual([...keys].sort());
  });

  it('give each Chinese name one meaning per mapping', () => {
    for (const names of [MANIFEST_KEY_NAMES, METRIC_KEY_NAMES, DIRECTIVE_KEY_NAMES]) {
      const seen = new Map<string, string>();
      for (const [path, chinese] of names) {
        const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
        for (const name of chinese) {
          const key = `${parent}:${name}`;
          expect(seen.get(key), `${name} means ${seen.get(key)} and ${path}`).toBeUndefined();
          seen.set(key, path);
        }
      }
    }
  });
});

describe('suggestKey', () => {
  // the keys of the README's report.yaml table, by the names the portal and GB/T 9704 give them
  it.each([
    ['文件编号', 'document-number'],
    ['发文字号', 'document-number'],
    ['索引号', 'index-number'],
    ['标题', 'title'],
    ['信息名称', 'name'],
    ['发文机关', 'issuer'],
    ['主送机关', 'recipients'],
    ['成文日期', 'date'],
    ['发布日期', 'published'],
    ['废止日期', 'expires'],
    ['发布机构', 'publisher'],
    ['分类', 'classification'],
    ['内容概述', 'summary'],
    ['主题词', 'keywords'],
    ['关键词', 'keywords'],
    ['附注', 'note'],
    ['版头', 'masthead'],
    ['版记', 'colophon'],
    ['字体', 'fonts'],
  ])('top level: %s → %s', (chinese, key) => {
    expect(suggestKey(MANIFEST_KEY_NAMES, chinese, [])).toEqual({ key });
  });

  it.each([
    [['classification'], '主题分类', 'topic'],
    [['classification'], '体裁分类', 'genre'],
    [['classification'], '组配分类', 'series'],
    [['masthead'], '签发人', 'signers'],
    [['masthead'], '份号', 'copy-number'],
    [['masthead'], '密级', 'secrecy'],
    [['masthead'], '紧急程度', 'urgency'],
    [['colophon'], '抄送', 'cc'],
    [['colophon'], '印发机关', 'printer'],
    [['colophon'], '印发日期', 'printed'],
    [['portal'], '网站标识码', 'site-id-code'],
    [['portal'], '栏目名称', 'column-name'],
  ])('inside %j: %s → %s', (parent, chinese, key) => {
    expect(suggestKey(MANIFEST_KEY_NAMES, chinese, parent)).toEqual({ key });
  });

  it('says which mapping a key belongs in when written elsewhere', () => {
    expect(suggestKey(MANIFEST_KEY_NAMES, '主题分类', [])).toEqual({ key: 'topic', under: 'classification' });
    expect(suggestKey(MANIFEST_KEY_NAMES, '抄送', [])).toEqual({ key: 'cc', under: 'colophon' });
    expect(suggestKey(MANIFEST_KEY_NAMES, 'printed', [])).toEqual({ key: 'printed', under: 'colophon' });
    expect(suggestKey(MANIFEST_KEY_NAMES, '发文字号', ['masthead'])).toEqual({ key: 'document-number', under: '' });
  });

  it('prefers the meaning of a name inside the mapping it is written in', () => {
    expect(suggestKey(MANIFEST_KEY_NAMES, '正文', ['fonts'])).toEqual({ key: 'body' });
    expect(suggestKey(METRIC_KEY_NAMES, '单位', [])).toEqual({ key: 'unit' });
    expect(suggestKey(DIRECTIVE_KEY_NAMES, '表题', [])).toEqual({ key: 'caption' });
  });

  it('suggests nothing for an unknown name, or for a key that is already right', () => {
    expect(suggestKey(MANIFEST_KEY_NAMES, '颜色值', [])).toBeUndefined();
    expect(suggestKey(MANIFEST_KEY_NAMES, 'title', [])).toBeUndefined();
  });
});

describe('chineseNameOf', () => {
  it('gives the name the messages use', () => {
    expect(chineseNameOf(MANIFEST_KEY_NAMES, 'date')).toBe('成文日期');
    expect(chineseNameOf(MANIFEST_KEY_NAMES, 'document-number')).toBe('发文字号');
    expect(chineseNameOf(MANIFEST_KEY_NAMES, 'classification.genre')).toBe('体裁分类');
    expect(chineseNameOf(MANIFEST_KEY_NAMES, 'nope')).toBeUndefined();
  });
});
