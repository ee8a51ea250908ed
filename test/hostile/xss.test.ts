import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, headFields, pageHazards, ruleIds, visibleText } from '../helpers/html-safety.js';
import { inspectPdf, type InspectedPdf } from '../helpers/pdf.js';
import { copyExample } from '../helpers/report-copy.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * Markup where text is expected: every place a report's text reaches the page gets a
 * string that would run script, load something or break out of its element or attribute
 * if it were not escaped. The report must still build (this is legitimate text, a clerk
 * may quote HTML), and the page must show the text, escaped, and contain nothing live.
 */
const EVIL = `<script>alert(1)</script><img src=x onerror=alert(2)>"'><svg onload=alert(3)></title></style></script>`;

/** A local server standing for "the network": the build must never ask it for anything. */
let server: Server;
let hits: string[] = [];
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(200, { 'content-type': 'text/css' }).end('body { background: red }');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A copy of wujin-2020 with EVIL in every text field of report.yaml, the metrics and the sections. */
function hostileReport(): string {
  const dir = copyExample('wujin-2020');
  const manifest = parse(readFileSync(join(dir, 'report.yaml'), 'utf8')) as Record<string, unknown>;
  const at = (label: string) => `${label}${EVIL}`;
  Object.assign(manifest, {
    title: at('标题'),
    name: at('名称'),
    issuer: at('机关'),
    recipients: [at('主送')],
    publisher: at('政府办'),
    classification: { topic: at('主题'), genre: at('体裁'), series: at('组配') },
    summary: at('概述'),
    keywords: [at('词')],
    note: at('附注'),
    portal: {
      'site-name': at('站'),
      'site-domain': at('域'),
      'site-id-code': at('码'),
      'column-name': at('栏'),
      'column-type': at('类'),
      url: `https://example.gov.cn/a?x="><script>alert(4)</script>`,
    },
    masthead: { organ: at('发文机关'), suffix: at('文件'), signers: [at('签')], secrecy: at('密'), 'copy-number': '000001' },
    colophon: { cc: [at('抄')], printer: at('印'), printed: '2021-01-25' },
  });
  // JSON is YAML: every value quoted exactly, whatever it holds
  writeFileSync(join(dir, 'report.yaml'), JSON.stringify(manifest, null, 2));

  const metrics = join(dir, 'metrics/admin-review.yaml');
  let yaml = readFileSync(metrics, 'utf8');
  const quoted = (text: string) => JSON.stringify(text);
  yaml = yaml
    .replace('维持驳回: { value: 44, unit: 件, label: 维持和驳回复议申请 }', `维持驳回: { value: 44, unit: 件, label: ${quoted(at('维持'))} }`)
    .replace('意见书: { value: 8, unit: 起, label: 向被申请人制发行政复议意见书的案件 }', `意见书: { value: 8, unit: ${quoted(at('起'))}, label: ${quoted(at('意见书'))} }`)
    .replace('note: 按调解、和解等终止处理的案件占审结案件的比例计算', `note: ${quoted(at('注'))}`)
    .replace('收到: { value: 48, unit: 件, label: 收到行政复议申请 }', `收到: { value: 48, unit: 件, label: ${quoted(at('收到'))} }`);
  writeFileSync(metrics, yaml);

  const disputes = join(dir, 'sections/05-disputes.md');
  writeFileSync(disputes, readFileSync(disputes, 'utf8').replace('caption="2020年行政复议审结案件处理结果"', `caption="图题&lt;script&gt;alert(5)&lt;/script&gt;&quot; onload=&quot;x"`).replace('caption="2020年行政复议案件情况（截至12月15日）"', `caption='表题<script>alert(6)</script>"><img src=x onerror=alert(7)>'`));

  writeFileSync(
    join(dir, 'sections/99-hostile.md'),
    [
      `## 标题<script>alert(8)</script><img src=x onerror=alert(9)>`,
      '',
      '正文<script>alert(10)</script>和<img src=x onerror=alert(11)>和<svg onload=alert(12)>和<a href="javascript:alert(13)">a</a>。',
      '',
      `[脚本链接](javascript:alert(14)) [大写](JaVaScRiPt:alert(15)) [编码](java&#x73;cript:alert(16)) [空白]( javascript:alert(17)) [数据](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(18)) <javascript:alert(19)> [引用链接][evil]`,
      '',
      `![外链图](${origin}/img.png) ![引用图][pic] <${origin}/autolink> [普通链接](${origin}/link)`,
      '',
      '&lt;script&gt;alert(20)&lt;/script&gt; 和 &amp;lt;script&amp;gt;alert(21)&amp;lt;/script&amp;gt;',
      '',
      `<link rel="stylesheet" href="${origin}/link.css">`,
      '',
      `<style>@import url(${origin}/import.css); body { background: url(${origin}/bg.png) }</style>`,
      '',
      `<p style="background:url(${origin}/inline.png)">段</p><img srcset="${origin}/srcset.png 1x"><iframe src="${origin}/frame"></iframe><object data="${origin}/obj"></object><embed src="${origin}/embed"><base href="${origin}/"><meta http-equiv="refresh" content="0;url=${origin}/refresh"><form action="${origin}/form"><input></form>`,
      '',
      `<svg><use href="${origin}/use.svg#x"/><image href="${origin}/image.png"/><foreignObject><script>alert(22)</script></foreignObject></svg>`,
      '',
      '脚注引用[^n]，文字指令:abbr[缩写]{onclick="alert(23)" title="t"}。',
      '',
      '[^n]: 脚注<script>alert(24)</script><img src=x onerror=alert(25)>',
      '',
      '| 列<img src=x onerror=alert(26)> | 乙 |',
      '|---|---|',
      '| <b onclick=alert(27)>粗</b> | [x](javascript:alert(28)) |',
      '',
      '### <svg onload=alert(29)>小标题',
      '',
      `[evil]: javascript:alert(30)`,
      `[pic]: ${origin}/ref.png`,
      '',
    ].join('\n'),
  );
  return dir;
}

describe('hostile text in every place it reaches the page (one build, HTML and PDF)', () => {
  let dir: string;
  let result: CliResult;
  let html: string;
  let pdf: InspectedPdf;

  beforeAll(async () => {
    hits = [];
    dir = hostileReport();
    result = await runCli(['build', dir], { env: { REPORT_LANG: 'en' } });
    html = readFileSync(join(dir, 'dist/wujin-2020.html'), 'utf8');
    pdf = await inspectPdf(join(dir, 'dist/wujin-2020.pdf'));
  }, 120_000);

  it('builds: hostile text is text, refused markup and links are warnings at their place', () => {
    expect(result.code, result.stderr).toBe(0);
    expectNoStackTrace(result);
    const rules = new Set(ruleIds(result.stderr));
    expect(rules).toContain('raw-html');
    expect(rules).toContain('unsafe-link');
    expect(rules).toContain('unsupported-image');
    expect(result.stderr).toMatch(/sections\/99-hostile\.md:\d+:\d+ warning .* unsafe-link$/m);
  });

  it('the portal page has nothing live: no script, handler, script URL, fetched URL, frame or extra style', () => {
    expect(pageHazards(html)).toEqual([]);
  });

  it('the portal page shows the hostile text escaped, where the clerk wrote it', () => {
    const text = visibleText(html);
    for (const label of ['标题', '名称', '机关', '主送', '政府办', '主题', '体裁', '组配', '概述', '附注', '站', '域', '码', '栏', '收到', '维持', '意见书', '起']) {
      expect(text, label).toContain(`${label}${EVIL}`);
    }
    expect(text).toContain('表题<script>alert(6)</script>"><img src=x onerror=alert(7)>');
    expect(text).toContain('&lt;script&gt;alert(21)');
    expect(text).toContain('<script>alert(20)</script>');
    // raw HTML in prose is dropped (a raw-html warning), never passed through
    expect(text).toContain('脚注');
    expect(text).not.toContain('<img src=x onerror=alert(25)>');
  });

  it('head fields carry the text as values, not markup', () => {
    const { title, meta } = headFields(html);
    expect(title).toBe(`标题${EVIL}`);
    expect(meta.Description).toBe(`概述${EVIL}`);
    expect(meta.Keywords).toBe(`词${EVIL}`);
    expect(meta.ColumnType).toBe(`类${EVIL}`);
    expect(meta.Url).toBe('https://example.gov.cn/a?x="><script>alert(4)</script>');
  });

  it('the chart is drawn from the allow list only, with the hostile labels as text', () => {
    const chart = html.slice(html.indexOf('<figure class="metric-chart">'), html.indexOf('</figure>') + 9);
    expect(chart).toContain('<svg');
    expect(pageHazards(`<!doctype html><html><head></head><body>${chart}</body></html>`)).toEqual([]);
    expect(visibleText(`<body>${chart}</body>`)).toContain('图题<script>alert(5)</script>" onload="x');
  });

  it('the PDF shows the text and not the stylesheet (a font name cannot end the <style>)', () => {
    const text = pdf.pages.map((page) => page.text).join('\n');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toContain('--font-body');
    expect(text).not.toContain('@page');
    expect(String(pdf.info.Title)).toBe(`标题${EVIL}`);
  });

  it('neither the build nor the PDF render fetched anything', () => {
    expect(hits).toEqual([]);
  });

  it('the metrics JSON keeps the text as data', () => {
    const json = JSON.parse(readFileSync(join(dir, 'dist/wujin-2020.metrics.json'), 'utf8')) as unknown;
    expect(JSON.stringify(json)).toContain(JSON.stringify(`注${EVIL}`).slice(1, -1));
  });
});

describe('pageHazards (the checker the suite relies on)', () => {
  it('finds each kind of hazard, and passes a clean page', () => {
    const page = (head: string, body: string) => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><style>p{}</style>${head}</head><body>${body}</body></html>`;
    expect(pageHazards(page('', '<p><a href="https://example.gov.cn/">a</a><a href="#x">b</a></p>'))).toEqual([]);
    const cases = [
      page('<script>1</script>', ''),
      page('<base href="http://x/">', ''),
      page('<meta http-equiv="refresh" content="0;url=http://x/">', ''),
      page('<link rel="stylesheet" href="http://x/a.css">', ''),
      page('<style>@import "http://x/a.css";</style>', ''),
      page('', '<style>p{}</style>'),
      page('', '<p style="background:url(http://x/a.png)">x</p>'),
      page('', '<p onclick="x()">x</p>'),
      page('', '<a href="javascript:alert(1)">x</a>'),
      page('', '<a href=" JaVaScRiPt:alert(1)">x</a>'),
      page('', '<a href="data:text/html,<script>1</script>">x</a>'),
      page('', '<img src="http://x/a.png">'),
      page('', '<p><img srcset="http://x/a.png 1x"></p>'),
      page('', '<iframe src="http://x/"></iframe>'),
      page('', '<object data="http://x/"></object>'),
      page('', '<embed src="http://x/">'),
      page('', '<svg onload="x()"></svg>'),
      page('', '<svg><use href="http://x/a.svg#b"/></svg>'),
      page('', '<svg><image href="http://x/a.png"/></svg>'),
      page('', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'),
      page('', '<form action="http://x/"><input></form>'),
    ];
    for (const html of cases) expect(pageHazards(html), html).not.toEqual([]);
  });
});

describe('hostile font names (report.yaml fonts:)', () => {
  it('a font name that is not a name is refused at its place, nothing written', async () => {
    const dir = copyExample('wujin-2020');
    const path = join(dir, 'report.yaml');
    writeFileSync(path, `${readFileSync(path, 'utf8')}fonts:\n  body: ['仿宋</style><script>alert(1)</script>']\n  title: ["x\\"; } body { background: url(${'http://127.0.0.1:9/x'}) } :root { --a: \\""]\n`);
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    expect(result.stderr).toMatch(/^report\.yaml:\d+:\d+ error .*fonts\.body.* invalid-value$/m);
    expect(result.stderr).toMatch(/^report\.yaml:\d+:\d+ error .*fonts\.title.* invalid-value$/m);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('hostile directive attributes', () => {
  it('an event handler or a style on :::table or :::chart is an unknown attribute at its place, nothing written', async () => {
    const dir = copyExample('wujin-2020');
    const path = join(dir, 'sections/05-disputes.md');
    writeFileSync(
      path,
      `${readFileSync(path, 'utf8')}\n::table{group="行政复议" caption="表" onclick="alert(1)"}\n\n::chart{type="bar" group="行政复议" rows="维持驳回,终止处理" caption="图" style="background:url(http://127.0.0.1:9/x)" onload="alert(2)"}\n`,
    );
    const result = await runCli(['build', '.', '-f', 'html'], { cwd: dir });
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    expect(result.stderr).toMatch(/^sections\/05-disputes\.md:\d+:\d+ error unknown attribute "onclick" of :::table .* unknown-key$/m);
    expect(result.stderr).toMatch(/^sections\/05-disputes\.md:\d+:\d+ error unknown attribute "style" of :::chart .* unknown-key$/m);
    expect(result.stderr).toMatch(/^sections\/05-disputes\.md:\d+:\d+ error unknown attribute "onload" of :::chart .* unknown-key$/m);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});
