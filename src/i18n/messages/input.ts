import { entry } from '../entry.js';

/** Messages about reading files: the report directory, its sections, encodings. */
export const input = {
  'missing-manifest': entry({
    en: (a: { path: string }) => `cannot read "${a.path}" (is this a report directory?)`,
    zh: (a) => `无法读取“${a.path}”（请确认这是报告目录，目录中应有 report.yaml）`,
    example: { path: '/home/user/report/report.yaml' },
  }),
  'no-sections': entry({
    en: () => 'no sections found (add Markdown files under sections/)',
    zh: () => '未找到正文（请在 sections/ 目录下添加 Markdown 文件）',
    example: {},
  }),
  encoding: entry({
    en: (a: { encoding: string }) => `file is not UTF-8 and was read as ${a.encoding} (save it as UTF-8)`,
    zh: (a) => `文件不是 UTF-8 编码，已按 ${a.encoding} 读取（请另存为 UTF-8 编码）`,
    example: { encoding: 'gb18030' },
  }),
};
