import { entry } from '../entry.js';

/** Pieces of interface text shared by every command: the summary line, hints. */
export const common = {
  'ui.summary.none': entry({ en: () => 'no problems', zh: () => '未发现问题', example: {} }),
  'ui.summary.counts': entry({
    en: (a: { errors: number; warnings: number }) => `${plural(a.errors, 'error')}, ${plural(a.warnings, 'warning')}`,
    zh: (a) => `${a.errors} 个错误，${a.warnings} 个警告`,
    example: { errors: 2, warnings: 1 },
  }),
  'ui.severity.error': entry({ en: () => 'error', zh: () => '错误', example: {} }),
  'ui.severity.warning': entry({ en: () => 'warning', zh: () => '警告', example: {} }),
  'ui.did-you-mean': entry({ en: (a: { name: string }) => ` (did you mean "${a.name}"?)`, zh: (a) => `（是否应为“${a.name}”？）`, example: { name: 'title' } }),
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
