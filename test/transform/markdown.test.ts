import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { renderMarkdown, storeFromYaml } from '../helpers/build-store.js';

const store = storeFromYaml(`行政复议:
  收到: 48
  审结: 59
  确认违法: 1
  撤销或责令: 8
  直接纠错率:
    value: 15.3%
    formula: (确认违法 + 撤销或责令) / 审结
  件数: { value: 12, format: cn }
  小数: 3.14159
`);

/** `line:column rule fatal reason` for each message the plugins left on the file. */
function messages(file: VFile): string[] {
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal ? 'fatal' : 'warn'} ${m.reason}`);
}

describe('createMarkdownProcessor', () => {
  it('renders CommonMark and GFM', async () => {
    const { html } = await renderMarkdown('## 一、标题\n\n| 项目 | 数量 |\n| --- | --- |\n| 收到 | 48 |\n', store);
    expect(html).toContain('<h2>一、标题</h2>');
    expect(html).toContain('<table>');
    expect(html).toContain('<td class="num">48</td>');
  });

  it('makes **粗体** strong next to Chinese punctuation', async () => {
    expect((await renderMarkdown('**粗体**，中文', store)).html).toBe('<p><strong>粗体</strong>，中文</p>');
    expect((await renderMarkdown('这是**“重点”**，中文', store)).html).toBe('<p>这是<strong>“重点”</strong>，中文</p>');
    expect((await renderMarkdown('**依法行政。**下一句', store)).html).toBe('<p><strong>依法行政。</strong>下一句</p>');
  });

  it('renders metric references with their formats', async () => {
    const { html, file } = await renderMarkdown(
      '收到{{行政复议.收到}}件，纠错率{{行政复议.直接纠错率}}，精确为{{ 行政复议.直接纠错率 | percent:2 }}，共{{行政复议.件数}}类，约{{行政复议.小数|fixed:2}}，即{{行政复议.收到|cn}}件。',
      store,
    );
    expect(file.messages).toEqual([]);
    // a stated value is what the report prints, so percent:2 shows 15.30%, not the formula's 15.25%
    expect(html).toBe('<p>收到48件，纠错率15.3%，精确为15.30%，共十二类，约3.14，即四十八件。</p>');
  });

  it('renders a metric reference inside emphasis and a table cell', async () => {
    expect((await renderMarkdown('**{{行政复议.收到}}件**', store)).html).toBe('<p><strong>48件</strong></p>');
    expect((await renderMarkdown('| 收到 |\n| --- |\n| {{行政复议.收到}} |\n', store)).html).toContain('<td class="num">48</td>');
  });

  it('leaves a reference in inline code alone', async () => {
    const { html, file } = await renderMarkdown('写作`{{行政复议.收到}}`', store);
    expect(html).toBe('<p>写作<code>{{行政复议.收到}}</code></p>');
    expect(file.messages).toEqual([]);
  });

  it('reports an unknown metric at its {{ with a did-you-mean', async () => {
    const { html, file } = await renderMarkdown('第一行\n收到{{行政复议.收}}件，又{{不存在的指标}}', store);
    expect(messages(file)).toEqual([
      '2:3 unknown-metric fatal unknown metric "行政复议.收" (did you mean "行政复议.收到"?)',
      '2:16 unknown-metric fatal unknown metric "不存在的指标"',
    ]);
    // left as written so nothing wrong is published silently
    expect(html).toContain('{{行政复议.收}}');
  });

  it('finds the position of a reference after escapes and entities', async () => {
    const { file } = await renderMarkdown('\\*&amp;{{行政复议.收}}', store);
    expect(messages(file)).toEqual(['1:8 unknown-metric fatal unknown metric "行政复议.收" (did you mean "行政复议.收到"?)']);
  });

  it('reports an unknown format at the reference', async () => {
    const { file } = await renderMarkdown('收到{{行政复议.收到|pct}}件', store);
    expect(messages(file)).toEqual(['1:3 unknown-format fatal unknown format "pct" (known: percent:N, fixed:N, integer, cn, wan:N, yi:N, signed:N, grouped:N, change, change:percent:N, change:amount) in "{{行政复议.收到|pct}}"']);
  });

  it('reports an unclosed reference', async () => {
    const { file } = await renderMarkdown('收到{{行政复议.收到件', store);
    expect(messages(file)).toEqual(['1:3 metric-syntax fatal unclosed metric reference "{{" (write {{group.metric}})']);
  });
});

describe('unsafe input never reaches the HTML', () => {
  const cases: Array<[string, string, string]> = [
    ['a script element', '<script>alert(1)</script>', 'raw-html'],
    ['an img with onerror', '中文<img src=x onerror=alert(1)>中文', 'raw-html'],
    ['a javascript: link', '[x](javascript:alert(1))', 'unsafe-link'],
    ['an upper-case JAVASCRIPT: link', '[x](JAVASCRIPT:alert(1))', 'unsafe-link'],
    ['a javascript: link with an entity', '[x](&#106;avascript:alert(1))', 'unsafe-link'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))', 'unsafe-link'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe-link'],
    ['a raw <a href="javascript:…">', '<a href="javascript:alert(1)">x</a>', 'raw-html'],
    ['a remote image', '![x](http://evil.example/x.png)', 'unsupported-image'],
    ['an iframe', '<iframe src="http://evil.example/"></iframe>', 'raw-html'],
    ['an svg with onload', '<svg onload=alert(1)>', 'raw-html'],
    ['inline svg with onload', '中文<svg onload=alert(1)></svg>中文', 'raw-html'],
    ['a style element', '<style>body{background:url(http://evil.example/)}</style>', 'raw-html'],
    ['a reference-style javascript: link', '[x][r]\n\n[r]: javascript:alert(1)', 'unsafe-link'],
    ['a reference-style remote image', '![x][r]\n\n[r]: http://evil.example/x.png', 'unsupported-image'],
  ];

  it.each(cases)('drops %s and says so', async (_name, markdown, rule) => {
    const { html, file } = await renderMarkdown(markdown, store);
    const lower = html.toLowerCase();
    for (const bad of ['<script', 'onerror', 'onload', 'javascript:', 'vbscript:', 'data:', '<img', '<iframe', '<svg', '<style', 'http://evil']) {
      expect(lower, `${bad} in ${html}`).not.toContain(bad);
    }
    expect(file.messages.map((m) => m.ruleId)).toContain(rule);
    // these are warnings: the clerk is told, the build goes on
    expect(file.messages.every((m) => !m.fatal)).toBe(true);
    expect(file.messages[0]?.line).toBe(1);
  });

  it('words the warnings in one voice', async () => {
    const { file } = await renderMarkdown('<b>x</b>\n\n[x](javascript:alert(1))\n\n![图](http://evil.example/x.png)', store);
    expect(messages(file)).toEqual([
      '1:1 raw-html warn raw HTML is not allowed and was removed (write Markdown instead)',
      '1:5 raw-html warn raw HTML is not allowed and was removed (write Markdown instead)',
      '5:1 unsupported-image warn image "http://evil.example/x.png" was removed (images are not supported; nothing is fetched from the network)',
      '3:1 unsafe-link warn link "javascript:alert(1)" was removed (only http, https, mailto and tel links are allowed)',
    ]);
  });

  it('gives each warning in Chinese too', async () => {
    const { file } = await renderMarkdown('<b>x</b>\n\n[x](javascript:alert(1))\n\n![图](http://evil.example/x.png)', store);
    expect(file.messages.map((m) => `${m.ruleId} ${m.zh}`)).toEqual([
      'raw-html 正文中不能使用 HTML 代码，已删除（请改用 Markdown 写法）',
      'raw-html 正文中不能使用 HTML 代码，已删除（请改用 Markdown 写法）',
      'unsupported-image 图片“http://evil.example/x.png”已删除（不支持插入图片，也不会从网络获取任何内容）',
      'unsafe-link 链接“javascript:alert(1)”已删除（只允许 http、https、mailto、tel 链接）',
    ]);
  });

  it('drops the href of a javascript: autolink, keeping its text as text', async () => {
    const { html, file } = await renderMarkdown('<javascript:alert(1)>', store);
    expect(html).toBe('<p><a>javascript:alert(1)</a></p>');
    expect(html).not.toContain('href');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unsafe-link']);
  });

  it('keeps safe links and ignores HTML comments', async () => {
    const { html, file } = await renderMarkdown('[门户](https://www.wj.gov.cn/)，[邮件](mailto:a@b.cn)，[本节](#一)\n\n<!-- 内部备注 -->', store);
    expect(html).toContain('<a href="https://www.wj.gov.cn/">门户</a>');
    expect(html).toContain('<a href="mailto:a@b.cn">邮件</a>');
    expect(html).not.toContain('内部备注');
    expect(file.messages).toEqual([]);
  });

  it('escapes HTML written as code', async () => {
    const { html, file } = await renderMarkdown('`<script>alert(1)</script>`', store);
    expect(html).not.toContain('<script');
    expect(html).toContain('&#x3C;script>');
    expect(file.messages).toEqual([]);
  });
});
