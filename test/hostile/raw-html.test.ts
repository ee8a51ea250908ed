import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../helpers/pdf.js';
import { copyExample } from '../helpers/report-copy.js';
import { runCli } from '../helpers/run-cli.js';

/** A closing paragraph with script and style, inline and as blocks, as a pull request could add them. */
const HOSTILE = `
特此报告 <script>alert(3)</script> 和 <style>p{color:red}</style> 以及 <textarea>**留言**</textarea> 结束。

<script>
alert(4)
</script>

<noscript>

秘密 *文字*

</noscript>

之后的文字。
`;

/** issue 9: the text of a removed <script> or <style> stayed in the page as words. */
describe('hostile input: raw HTML', () => {
  it('leaves no word of a script or a style in the HTML or the PDF, and warns at every tag', async () => {
    const dir = copyExample('wujin-2020');
    const closing = join(dir, 'sections', '07-closing.md');
    writeFileSync(closing, readFileSync(closing, 'utf8') + HOSTILE);
    const result = await runCli(['build', dir, '-f', 'html,pdf']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.match(/ raw-html$/gm)).toHaveLength(9); // six inline tags, the script block, the two noscript lines
    const html = readFileSync(join(dir, 'dist', 'wujin-2020.html'), 'utf8');
    const pdf = (await inspectPdf(join(dir, 'dist', 'wujin-2020.pdf'))).pages.map((p) => p.text).join('');
    for (const page of [html, pdf]) {
      for (const word of ['alert', 'color:red', 'p{', '留言', '秘密']) expect(page).not.toContain(word);
      expect(page).toContain('特此报告');
      expect(page).toContain('之后的文字。');
    }
  });
});
