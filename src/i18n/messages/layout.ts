import { entry } from '../entry.js';

/** Messages about the printed layout: headings, run-in headings, tables across pages. */
export const layout = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
  'typed-run-in-heading': entry({
    en: (a: { line: string; fixed: string }) => `line "${a.line}" is typed like a run-in heading but prints as body text, unnumbered (write "${a.fixed}": the heading in its face, numbered for you)`,
    zh: (a) => `“${a.line}”按标题接正文的样式录入，但会整段排成正文，标题不编号（应写为“${a.fixed}”，标题按级用字体，序号自动生成）`,
    example: { line: '（一）主动公开情况。2024年，本机关…', fixed: '### 主动公开情况。2024年，本机关…' },
  }),
};
