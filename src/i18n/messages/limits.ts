import { entry } from '../entry.js';
import type { BinaryFormat } from '../../load/decode.js';
import type { Text } from '../text.js';

/** What a clerk calls each format a file may be mistaken for. */
const FORMATS: Record<BinaryFormat, { en: string; zh: string }> = {
  pdf: { en: 'a PDF file', zh: 'PDF 文件' },
  zip: { en: 'a zip file (a .docx, .xlsx or .ofd document is one)', zh: 'zip 压缩文件（.docx、.xlsx、.ofd 文档即是此类）' },
  ole: { en: 'an old Word, Excel or WPS document (.doc, .xls, .wps)', zh: '旧版 Word、Excel 或 WPS 文档（.doc、.xls、.wps）' },
  png: { en: 'a PNG image', zh: 'PNG 图片' },
  jpeg: { en: 'a JPEG image', zh: 'JPEG 图片' },
  gif: { en: 'a GIF image', zh: 'GIF 图片' },
  gzip: { en: 'a gzip archive', zh: 'gzip 压缩文件' },
  rar: { en: 'a RAR archive', zh: 'RAR 压缩文件' },
  '7z': { en: 'a 7-Zip archive', zh: '7-Zip 压缩文件' },
};

const KIB = 1024;

/** A size as a clerk reads it: 1.5 MiB, 600 KiB, 12 bytes. */
function size(bytes: number): string {
  if (bytes >= KIB * KIB) return `${(bytes / KIB / KIB).toFixed(1)} MiB`;
  if (bytes >= KIB) return `${Math.round(bytes / KIB)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Messages about the bounds the tool keeps with hostile or broken input: where the output
 * may go, how large and how deeply nested a file may be, files that are not text, and a
 * report with nothing in it.
 */
export const limits = {
  'out-in-inputs': entry({
    en: (a: { out: string; input: string }) =>
      `output directory "${a.out}" is, or is inside, the report's input "${a.input}" and nothing was written (write elsewhere: leave out --out for <report>/dist)`,
    zh: (a) => `输出目录“${a.out}”是报告的输入“${a.input}”或位于其中，未写出任何文件（请另选输出目录；不加 --out 时输出到 <报告目录>/dist）`,
    example: { out: 'sections', input: 'sections' },
  }),
  'expression-limit': entry({
    en: (a: { source: string; reason: Text }) => `expression "${a.source}" is refused (${a.reason.en})`,
    zh: (a) => `表达式“${a.source}”超出限制，未计算（${a.reason.zh}）`,
    example: { source: '收到 + 受理 + 不予受理 + 审结 + 结转 + 维持驳回 + 终止处理 + 确认违法 + 撤销或责令 + 意见书 + 收到 + 受理 + 不予受理 + 审…', reason: { en: '612 characters, more than 500: split it into metrics of their own', zh: '共 612 个字符，超过 500 个；请拆分为几个指标' } },
  }),
  'ui.expression.too-long': entry({
    en: (a: { length: number; limit: number }) => `${a.length} characters, more than ${a.limit}: split it into metrics of their own`,
    zh: (a) => `共 ${a.length} 个字符，超过 ${a.limit} 个；请拆分为几个指标`,
    example: { length: 612, limit: 500 },
  }),
  'ui.expression.too-deep': entry({
    en: (a: { limit: number }) => `brackets nested deeper than ${a.limit}`,
    zh: (a) => `括号嵌套超过 ${a.limit} 层`,
    example: { limit: 32 },
  }),
  'nesting/block': entry({
    en: (a: { limit: number }) => `blocks nested deeper than ${a.limit} levels (block quotes, list items or ::: containers inside one another) and the section was not read (nest less deeply)`,
    zh: (a) => `块级结构嵌套超过 ${a.limit} 层（引用“>”、列表项或 ::: 块层层套叠），本章节文件未处理（请减少嵌套层数）`,
    example: { limit: 32 },
  }),
  'nesting/inline': entry({
    en: (a: { limit: number }) => `emphasis or link marks (*, _, ~, [) opened inside one another deeper than ${a.limit} levels and the section was not read (close them, or escape a literal one as \\*)`,
    zh: (a) => `强调或链接标记（*、_、~、[）连续开启超过 ${a.limit} 层未闭合，本章节文件未处理（请闭合这些标记；要显示符号本身时写作 \\*）`,
    example: { limit: 32 },
  }),
  'nesting/marks': entry({
    en: (a: { limit: number }) => `more than ${a.limit} emphasis or link marks (*, _, ~, [) in one paragraph and the section was not read (split the paragraph, or escape literal ones as \\*)`,
    zh: (a) => `一个段落中的强调或链接标记（*、_、~、[）超过 ${a.limit} 个，本章节文件未处理（请拆分段落；要显示符号本身时写作 \\*）`,
    example: { limit: 1000 },
  }),
  'nesting/section-marks': entry({
    en: (a: { limit: number }) => `more than ${a.limit} emphasis or link marks (*, _, ~, [) in one section and the section was not read (split it into several files, or escape literal ones as \\*)`,
    zh: (a) => `一个章节文件中的强调或链接标记（*、_、~、[）超过 ${a.limit} 个，本章节文件未处理（请拆分为几个文件；要显示符号本身时写作 \\*）`,
    example: { limit: 10000 },
  }),
  'nesting/tree': entry({
    en: (a: { limit: number }) => `Markdown nested deeper than ${a.limit} levels and the section was not built (nest less deeply)`,
    zh: (a) => `Markdown 嵌套超过 ${a.limit} 层，本章节未生成（请减少嵌套层数）`,
    example: { limit: 104 },
  }),
  'not-text/format': entry({
    en: (a: { format: BinaryFormat }) => `file is ${FORMATS[a.format].en}, not text, and was not read (save it as UTF-8 text)`,
    zh: (a) => `该文件实为${/^[A-Za-z0-9]/.test(FORMATS[a.format].zh) ? ' ' : ''}${FORMATS[a.format].zh}，不是纯文本，未读取（请另存为 UTF-8 编码的纯文本）`,
    example: { format: 'pdf' as BinaryFormat },
  }),
  'not-text/special': entry({
    en: () => 'file is not a regular file (a pipe, socket or device) and was not read (put a text file here)',
    zh: () => '该文件不是普通文件（是管道、套接字或设备），未读取（请放入纯文本文件）',
    example: {},
  }),
  'file-too-large': entry({
    en: (a: { size: number; limit: number }) => `file is ${size(a.size)}, more than the ${size(a.limit)} a file may have, and was not read (split it into several files)`,
    zh: (a) => `文件大小为 ${size(a.size)}，超过单个文件上限 ${size(a.limit)}，未读取（请拆分为几个文件）`,
    example: { size: 3 * KIB * KIB, limit: 256 * KIB },
  }),
  'file-too-large/report': entry({
    en: (a: { size: number; limit: number }) => `the report's files are ${size(a.size)} together, more than the ${size(a.limit)} a report may have (this file goes past it), and the report was not read (make the files smaller)`,
    zh: (a) => `报告各文件合计 ${size(a.size)}，超过报告总大小上限 ${size(a.limit)}（到此文件时超出），报告未处理（请精简文件内容）`,
    example: { size: 3 * KIB * KIB, limit: KIB * KIB },
  }),
  'file-too-large/lines': entry({
    en: (a: { lines: number; limit: number }) => `section has ${a.lines} lines, more than the ${a.limit} a section may have, and was not read (split it into several files)`,
    zh: (a) => `章节文件共 ${a.lines} 行，超过单个章节 ${a.limit} 行的上限，未处理（请拆分为几个文件）`,
    example: { lines: 2400, limit: 2000 },
  }),
  'file-too-large/nodes': entry({
    en: (a: { limit: number }) => `section has more than ${a.limit} Markdown elements (paragraphs, text runs, emphasis, links …) from here on and was not built (split it into several files)`,
    zh: (a) => `章节文件中的 Markdown 元素（段落、文字、强调、链接等）自此处起超过 ${a.limit} 个，本章节未生成（请拆分为几个文件）`,
    example: { limit: 20000 },
  }),
  'too-many-files': entry({
    en: (a: { folder: string; count: number; limit: number }) => `${a.folder}/ has ${a.count} files, more than the ${a.limit} a report may have, and the report was not read (merge some of them)`,
    zh: (a) => `${a.folder}/ 目录中有 ${a.count} 个文件，超过上限 ${a.limit} 个，报告未处理（请合并部分文件）`,
    example: { folder: 'sections', count: 250, limit: 200 },
  }),
  'empty-report': entry({
    en: (a: { count: number }) => `the report has no text: its ${a.count === 1 ? 'section file is' : `${a.count} section files are`} empty (write the sections under sections/)`,
    zh: (a) => `报告没有正文：${a.count === 1 ? '章节文件为空' : `${a.count} 个章节文件均为空`}（请在 sections/ 目录下的章节文件中撰写正文）`,
    example: { count: 8 },
  }),
  'empty-section': entry({
    en: () => 'section file is empty and adds nothing to the report (write it, or delete the file)',
    zh: () => '章节文件为空，报告中没有这一部分（请撰写内容，或删除该文件）',
    example: {},
  }),
  'yaml-aliases': entry({
    en: (a: { limit: number }) => `aliases (*name) copy too much here (more than ${a.limit} in a file, or aliases of trees that hold aliases) and the file was not read (write the values out)`,
    zh: (a) => `此处的别名（*name）复制的内容过多（同一文件中超过 ${a.limit} 个，或所引用的内容中又含有别名），未读取该文件（请直接写出各项的值）`,
    example: { limit: 20 },
  }),
};
