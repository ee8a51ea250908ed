import { entry } from '../entry.js';

type Counts = { changed: number; added: number; removed: number; unfilled: number; unchanged: number };

/** Messages about report diff: its summary, the headings of its lists and tables, its usage errors. */
export const diff = {
  'ui.diff.summary': entry({
    en: (a: Counts) => `${a.changed} changed, ${a.added} added, ${a.removed} removed, ${a.unfilled} unfilled, ${a.unchanged} unchanged`,
    zh: (a) => `有变化 ${a.changed} 项，新增 ${a.added} 项，删除 ${a.removed} 项，未填报 ${a.unfilled} 项，未变 ${a.unchanged} 项`,
    example: { changed: 3, added: 1, removed: 0, unfilled: 0, unchanged: 60 },
  }),
  // the lists of the text form
  'ui.diff.changed': entry({ en: () => 'changed', zh: () => '有变化', example: {} }),
  'ui.diff.added': entry({ en: () => 'added', zh: () => '新增', example: {} }),
  'ui.diff.removed': entry({ en: () => 'removed', zh: () => '删除', example: {} }),
  'ui.diff.unfilled': entry({ en: () => 'unfilled', zh: () => '未填报', example: {} }),
  // the tables of the Markdown form
  'ui.diff.heading.changed': entry({ en: () => 'Changed', zh: () => '有变化的指标', example: {} }),
  'ui.diff.heading.added': entry({ en: () => 'Added', zh: () => '新增的指标', example: {} }),
  'ui.diff.heading.removed': entry({ en: () => 'Removed', zh: () => '删除的指标', example: {} }),
  'ui.diff.heading.unfilled': entry({ en: () => 'Unfilled', zh: () => '未填报的指标', example: {} }),
  'ui.diff.column.metric': entry({ en: () => 'metric', zh: () => '指标', example: {} }),
  'ui.diff.column.old': entry({ en: () => 'old', zh: () => '原值', example: {} }),
  'ui.diff.column.new': entry({ en: () => 'new', zh: () => '新值', example: {} }),
  'ui.diff.column.change': entry({ en: () => 'change', zh: () => '增减', example: {} }),
  'ui.diff.column.ratio': entry({ en: () => '%', zh: () => '增减幅度', example: {} }),

  // usage errors (exit 2)
  'ui.diff.one-dir': entry({
    en: () => 'diff --rev takes one report directory (default .)',
    zh: () => 'diff --rev 只接受一个报告目录（默认：当前目录）',
    example: {},
  }),
  'ui.diff.two-dirs': entry({
    en: () => 'diff needs two report directories: <old> <new> (or --rev <revision> [dir])',
    zh: () => 'diff 需要两个报告目录：<旧> <新>（或 --rev <git 版本> [目录]）',
    example: {},
  }),
  'ui.diff.unknown-format': entry({
    en: (a: { value: string }) => `unknown diff format "${a.value}" (use text, markdown or json)`,
    zh: (a) => `未知的比较结果格式“${a.value}”（可选 text、markdown 或 json）`,
    example: { value: 'html' },
  }),
  /** `--rev` names no commit, or the directory is not in a git checkout; English keeps git's words. */
  'ui.diff.rev-unreadable': entry({
    en: (a: { message: string; dir: string; revision: string; why: 'no-commit' | 'not-git' | 'other'; detail: string }) => a.message,
    zh: (a) =>
      `无法读取“${a.dir}”在 git 版本“${a.revision}”时的内容（${
        a.why === 'no-commit' ? `“${a.revision}”不是该仓库中的提交、分支或标签` : a.why === 'not-git' ? '该目录不在 git 仓库中，--rev 只能用于 git 管理的报告' : `git 提示：${a.detail}`
      }）`,
    example: { message: 'failed to read "/home/user/wujin" at revision "no-such-rev" ("no-such-rev" names no commit)', dir: '/home/user/wujin', revision: 'no-such-rev', why: 'no-commit', detail: '"no-such-rev" names no commit' },
  }),
};
