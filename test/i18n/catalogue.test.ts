import { describe, expect, it } from 'vitest';
import { AREAS, catalogue } from '../../src/i18n/catalogue.js';
import type { Entry } from '../../src/i18n/entry.js';

const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const entries = Object.entries(catalogue) as Array<[string, Entry<unknown>]>;

describe('the message catalogue', () => {
  it('has every key in one area only', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} is in ${seen.get(key)} and ${area}`).toBeUndefined();
        seen.set(key, area);
      }
    }
  });

  it.each(entries)('%s has an English and a Chinese text', (key, e) => {
    const en = e.en(e.example);
    const zh = e.zh(e.example);
    expect(en.trim(), `${key} en`).not.toBe('');
    expect(zh.trim(), `${key} zh`).not.toBe('');
    expect(zh, `${key} zh is Chinese`).toMatch(HAN);
  });

  it('keys diagnostics by rule id (lower-case ASCII) and interface text by ui.', () => {
    for (const key of Object.keys(catalogue)) expect(key).toMatch(/^(ui\.[a-z0-9.-]+|[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9-]+)?)$/);
  });
});
