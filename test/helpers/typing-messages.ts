import type { VFile } from 'vfile';
import { renderMarkdown } from './build-store.js';

/** The rules of the typing checks (src/transform/typing and the heading numbers). */
export const TYPING_RULES = new Set([
  'pasted-table', 'indented-code', 'fenced-code', 'leading-fullwidth-space', 'fullwidth-braces', 'typed-heading',
  'halfwidth-punctuation', 'straight-quotes', 'space-in-chinese',
  'heading-number-level', 'heading-number-form', 'title-heading', 'heading-too-deep',
]);

/** `line:column rule` for each typing message the plugins left on the file. */
export function places(file: VFile): string[] {
  return file.messages.filter((m) => TYPING_RULES.has(m.ruleId ?? '')).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
}

/** `line:column rule message` in English, and the Chinese beside it, for the typing messages. */
export function texts(file: VFile): Array<[string, string]> {
  return file.messages.filter((m) => TYPING_RULES.has(m.ruleId ?? '')).map((m) => [`${m.line}:${m.column} ${m.ruleId} ${m.reason}`, m.zh ?? '']);
}

/** Renders Markdown through the real processor, with no metrics. */
export async function render(markdown: string): Promise<{ html: string; places: string[]; texts: Array<[string, string]> }> {
  const { html, file } = await renderMarkdown(markdown);
  return { html, places: places(file), texts: texts(file) };
}
