import { describe, expect, it } from 'vitest';
import { isPreviousPath } from '../../src/load/previous-path.js';

describe('isPreviousPath', () => {
  it('takes a path relative to the report, with /', () => {
    for (const path of ['../wujin-2020', '../../reports/2020', 'last-year', './a/b']) expect(isPreviousPath(path), path).toBe(true);
  });

  it('refuses absolute paths, ~, URLs, drive letters, backslashes, control characters and very long paths', () => {
    for (const path of ['/etc', '/etc/passwd', '~', '~/reports', 'file:///etc/passwd', 'http://x/y', 'C:\\Windows', 'C:/x', '..\\..\\etc', 'a\u0000b', 'a\nb', 'a\tb', 'a'.repeat(1025)]) {
      expect(isPreviousPath(path), JSON.stringify(path)).toBe(false);
    }
  });
});
