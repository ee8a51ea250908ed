import { entry } from '../entry.js';

type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

const NAMES: Record<WideEncoding, string> = { 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'utf-32le': 'UTF-32LE', 'utf-32be': 'UTF-32BE' };

/** What Windows editors call these encodings in their Save As dialog. */
const SAVED_AS: Partial<Record<WideEncoding, { en: string; zh: string }>> = {
  'utf-16le': { en: 'Notepad and Word save as "Unicode"', zh: '记事本、Word 另存为时的“Unicode”' },
  'utf-16be': { en: 'Notepad saves as "Unicode big endian"', zh: '记事本另存为时的“Unicode big endian”' },
};

/** Messages about reading files: the report directory, its sections, encodings. */
export const input = {
  'missing-manifest': entry({
    en: (a: { path: string }) => `cannot read "${a.path}" (is this a report directory?)`,
    zh: (a) => `无法读取“${a.path}”（请确认这是报告目录，目录中应有 report.yaml）`,
    example: { path: '/home/user/report/report.yaml' },
  }),
  'no-sections': entry({
    en: () => 'no sections found (add Markdown files under sections/)',
    zh: () => '未找到章节文件（请在 sections/ 目录下添加 Markdown 文件）',
    example: {},
  }),
  encoding: entry({
    en: (a: { encoding: string }) => `file is not UTF-8 and was read as ${a.encoding} (save it as UTF-8)`,
    zh: (a) => `文件不是 UTF-8 编码，已按 ${a.encoding.toUpperCase()} 读取（${a.encoding === 'gb18030' ? '即 Windows 中文版另存为时的“ANSI”；' : ''}请另存为 UTF-8 编码）`,
    example: { encoding: 'gb18030' },
  }),
  'encoding/unicode': entry({
    en: (a: { encoding: WideEncoding; bom: boolean }) =>
      `file is not UTF-8 and was read as ${NAMES[a.encoding]}${SAVED_AS[a.encoding] ? `, what ${SAVED_AS[a.encoding]!.en}` : ''} (${a.bom ? '' : 'told from its bytes, as it has no byte-order mark; '}save it as UTF-8)`,
    zh: (a) =>
      `文件不是 UTF-8 编码，已按 ${NAMES[a.encoding]} 读取（${SAVED_AS[a.encoding] ? `即${SAVED_AS[a.encoding]!.zh}；` : ''}${a.bom ? '' : '文件开头没有 BOM 标记，系按内容判断；'}请另存为 UTF-8 编码）`,
    example: { encoding: 'utf-16le' as WideEncoding, bom: true },
  }),
  'not-text/nul': entry({
    en: () => 'file is not text (it has NUL bytes: a Word, PDF or other binary file under a text name?) and was not read (save it as UTF-8 text)',
    zh: () => '文件不是纯文本，未读取（含有空字节，可能是 Word、PDF 等文件改了扩展名；请另存为 UTF-8 编码的纯文本）',
    example: {},
  }),
  'not-text/invalid': entry({
    en: () => 'file is not text (its bytes are valid in none of UTF-8, UTF-16, UTF-32 and GB18030) and was not read (save it as UTF-8 text)',
    zh: () => '文件不是纯文本，未读取（按 UTF-8、UTF-16、UTF-32、GB18030 编码均无法读取；请另存为 UTF-8 编码的纯文本）',
    example: {},
  }),
  'section-order': entry({
    en: (a: { file: string; other: string; number: string }) =>
      `section file "${a.file}" has the same number ${a.number} as "${a.other}" (only their names order them: give each section file its own number)`,
    zh: (a) => `章节文件“${a.file}”与“${a.other}”编号相同（均为 ${a.number}），二者只能按文件名排序（请给每个章节文件不同的编号）`,
    example: { file: '3-problems.md', other: '03-decision-making.md', number: '3' },
  }),
  'outside-report': entry({
    en: (a: { path: string; real: string }) => `"${a.path}" leads outside the report to "${a.real}" and was not read (only files inside the report directory are read)`,
    zh: (a) => `“${a.path}”链接到报告目录之外的“${a.real}”，未读取（只读取报告目录内的文件）`,
    example: { path: 'sections/01-overview.md', real: '/etc/passwd' },
  }),
};
