import { request } from 'node:http';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../helpers/browser.js';
import { msUntil, startPreviewCli, type RunningPreview } from '../helpers/preview.js';
import { copyExample } from '../helpers/report-copy.js';
import { runCli } from '../helpers/run-cli.js';

/** Issue 11's goals on this 2-core machine, from the file write to the text in the open page. */
const PORTAL_MS = 300;
const PRINT_MS = 1500;
/**
 * Slack for a machine running other test files at the same time (vitest runs several at
 * once, each with its own Chromium, on 2 cores): the benchmark measures the goal itself.
 */
const LOAD = 4;

const SECTION = 'sections/01-leadership.md';
const ANCHOR = '党政主要领导全面履行法治政府建设第一责任人职责';

/** The text of every page of a PDF, joined. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return text;
}

/** The processes whose parent is `pid` (the preview's browser). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(name)] : [];
    } catch {
      return [];
    }
  });
}

/** Whether a process still runs (a zombie waiting for its parent does not). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** A GET with a Host header of our choosing (fetch does not let one set it). */
function get(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('report preview (issue 11)', () => {
  let dir: string;
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let original: string;

  beforeAll(async () => {
    dir = copyExample('wujin-2020');
    original = readFileSync(join(dir, SECTION), 'utf8');
    [preview, browser] = await Promise.all([startPreviewCli(dir), startBrowser()]);
    await preview.waitForLine(/print view rebuilt/);
    page = await browser.newPage();
    await page.goto(preview.url);
  });

  afterAll(async () => {
    await browser?.close();
    preview?.child.kill('SIGKILL');
  });

  it('serves the portal page at / on 127.0.0.1, the built page byte for byte plus the preview\'s script', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const served = await (await fetch(preview.url)).text();
    const built = await runCli(['build', dir, '--format', 'html', '--out', join(dir, '..', 'built')]);
    expect(built.code, built.stderr).toBe(0);
    const html = readFileSync(join(dir, '..', 'built', 'wujin-2020.html'), 'utf8');
    expect(html).not.toContain('preview.js');
    expect(served).toContain('<script src="/preview.js"');
    const unpreviewed = served
      .replace(/<div id="report-preview-overlay" hidden><\/div><script src="\/preview\.js"[^>]*><\/script>/, '')
      .replace("; script-src 'self'; connect-src 'self'\"", '"');
    expect(unpreviewed).toBe(html);
    expect(await page.evaluate(() => document.body.innerText)).toContain(ANCHOR);
  });

  it('shows a saved edit in the open page without a reload by hand, then in the print view', async () => {
    const print = await browser.newPage();
    await print.goto(`${preview.url}print`);
    await msUntil(print, performance.now(), () => Number(document.body.dataset.pdfVersion ?? 0) > 0, undefined);
    const portalMs: number[] = [];
    const printMs: number[] = [];
    for (const marker of ['预览即时刷新测试段落', '预览第二次保存', '预览第三次保存']) {
      const before = await print.evaluate(() => Number(document.body.dataset.pdfVersion));
      const started = performance.now();
      writeFileSync(join(dir, SECTION), original.replace(ANCHOR, `${marker}。${ANCHOR}`));
      portalMs.push(await msUntil(page, started, (text) => document.body.innerText.includes(text), marker));
      printMs.push(await msUntil(print, started, (v) => Number(document.body.dataset.pdfVersion ?? 0) > v, before));
      // the PDF the print view now shows holds the new text
      const src = await print.evaluate(() => (document.getElementById('report-preview-pdf') as HTMLIFrameElement).src);
      expect(src).toMatch(/\/report\.pdf\?v=\d+$/);
      expect(await pdfText(new Uint8Array(await (await fetch(src)).arrayBuffer()))).toContain(marker);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    console.log(`preview: portal page ${portalMs.map(Math.round).join(', ')} ms, print view ${printMs.map(Math.round).join(', ')} ms after the write`);
    expect(median(portalMs)).toBeLessThan(PORTAL_MS * LOAD);
    expect(median(printMs)).toBeLessThan(PRINT_MS * LOAD);
    await print.close();
  });

  it('keeps the last good page under an overlay that says file:line:column, rule and message, then clears it', async () => {
    const good = await page.evaluate(() => document.body.innerText);
    const from = preview.output().stderr.length;
    const broken = original.replace(ANCHOR, `{{没有这个指标}}${ANCHOR}`);
    const started = performance.now();
    writeFileSync(join(dir, SECTION), broken);
    await msUntil(page, started, () => !document.getElementById('report-preview-overlay')!.hidden, undefined);
    const overlay = await page.evaluate(() => document.getElementById('report-preview-overlay')!.innerText);
    const line = broken.split('\n').findIndex((l) => l.includes('没有这个指标')) + 1;
    expect(overlay).toContain('The report has errors: the page below is the last good one');
    expect(overlay).toMatch(new RegExp(`${SECTION}:${line}:\\d+`));
    expect(overlay).toContain('unknown-metric');
    expect(overlay).toContain('没有这个指标');
    // the last good page is still there, under it
    const under = await page.evaluate(() => {
      const overlay = document.getElementById('report-preview-overlay')!;
      overlay.remove();
      const text = document.body.innerText;
      document.body.append(overlay);
      return text;
    });
    expect(under).toBe(good);
    // and the terminal says it as report check does
    await preview.waitForLine(/portal page not rebuilt \(1 error, 0 warnings\)/, from);
    expect(preview.output().stderr.slice(from)).toMatch(new RegExp(`${SECTION}:${line}:\\d+ error .* unknown-metric`));

    const fixed = performance.now();
    writeFileSync(join(dir, SECTION), original);
    await msUntil(page, fixed, (anchor) => document.body.innerText.includes(anchor) && document.getElementById('report-preview-overlay')!.hidden, ANCHOR);
  });

  it('sees a save by rename (write a temporary file, rename it over the section), as editors do', async () => {
    const marker = '改名保存测试';
    const temp = join(dir, 'sections', '.01-leadership.md.tmp');
    writeFileSync(temp, original.replace(ANCHOR, `${marker}。${ANCHOR}`));
    const started = performance.now();
    renameSync(temp, join(dir, SECTION));
    await msUntil(page, started, (text) => document.body.innerText.includes(text), marker, 5000);
    // the section is a new file now: the saves after it are seen too
    const again = performance.now();
    writeFileSync(join(dir, SECTION), original.replace(ANCHOR, `再次保存测试。${ANCHOR}`));
    await msUntil(page, again, (text) => document.body.innerText.includes(text), '再次保存测试', 5000);
  });

  it('refuses a request that names another host (DNS rebinding) and serves nothing from disk by its path', async () => {
    const port = new URL(preview.url).port;
    expect((await get(preview.url, `127.0.0.1:${port}`)).status).toBe(200);
    expect((await get(preview.url, `localhost:${port}`)).status).toBe(200);
    const refused = await get(preview.url, `attacker.example:${port}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('attacker.example');
    for (const path of ['sections/01-leadership.md', 'report.yaml', '../../../../etc/passwd', '%2e%2e/report.yaml']) {
      const response = await fetch(`${preview.url}${path}`);
      expect(response.status, path).toBe(404);
    }
    const headers = (await fetch(preview.url)).headers;
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('stops on Ctrl+C: exit 130, the browser gone, the port closed', async () => {
    const browsers = childrenOf(preview.child.pid!);
    expect(browsers.length).toBeGreaterThan(0);
    preview.child.kill('SIGINT');
    expect(await preview.exited).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(browsers.filter(alive)).toEqual([]);
    expect(preview.output().stderr).toMatch(/interrupted \(SIGINT/);
    await expect(fetch(preview.url)).rejects.toThrow();
  });
});

describe('report preview of a report that starts broken', () => {
  it('shows the overlay over a waiting page, then the page once the error is fixed', async () => {
    const dir = copyExample('masthead-demo');
    const section = join(dir, 'sections', readdirSync(join(dir, 'sections')).sort()[0]!);
    const good = readFileSync(section, 'utf8');
    writeFileSync(section, `{{没有这个指标}}\n\n${good}`);
    const [running, browser] = await Promise.all([startPreviewCli(dir), startBrowser()]);
    try {
      await running.waitForLine(/portal page not rebuilt \(1 error, 0 warnings\)/);
      const page = await browser.newPage();
      await page.goto(running.url);
      await msUntil(page, performance.now(), () => !document.getElementById('report-preview-overlay')!.hidden, undefined);
      expect(await page.evaluate(() => document.body.innerText)).toContain('No good page yet: fix the problems listed and save');
      expect(await page.evaluate(() => document.getElementById('report-preview-overlay')!.innerText)).toContain('unknown-metric');
      writeFileSync(section, `${good}\n修好之后的段落。\n`);
      await msUntil(page, performance.now(), (text) => document.body.innerText.includes(text) && document.getElementById('report-preview-overlay')!.hidden, '修好之后的段落', 10_000);
    } finally {
      await browser.close();
      running.child.kill('SIGINT');
      await running.exited;
    }
  });
});

describe('report preview when its browser dies', () => {
  it('goes on serving the portal page, starts a new browser at the next save and says so, and the print view comes back', async () => {
    const dir = copyExample('masthead-demo');
    const running = await startPreviewCli(dir, [], { REPORT_LANG: 'zh' });
    try {
      await running.waitForLine(/打印版已更新/);
      // the browser's whole process group, as a crash or the OOM killer would take it
      const browsers = childrenOf(running.child.pid!);
      expect(browsers.length).toBeGreaterThan(0);
      for (const pid of browsers) process.kill(-pid, 'SIGKILL');
      const from = running.output().stderr.length;
      const section = join(dir, 'sections', readdirSync(join(dir, 'sections')).sort()[0]!);
      writeFileSync(section, `${readFileSync(section, 'utf8')}\n浏览器退出后的修改。\n`);
      await running.waitForLine(/浏览器曾意外退出或无响应，已重新启动以更新打印版/, from);
      await running.waitForLine(/打印版已更新/, from);
      expect(running.output().stderr.slice(from)).toMatch(/网页版已更新/);
      expect(await (await fetch(running.url)).text()).toContain('浏览器退出后的修改');
      // the print view's PDF is the new one, from the new browser
      expect(await pdfText(new Uint8Array(await (await fetch(`${running.url}report.pdf`)).arrayBuffer()))).toContain('浏览器退出后的修改');
      // the dead browser's processes are gone; the new one is a child of the preview
      for (const pid of browsers) expect(alive(pid)).toBe(false);
      expect(childrenOf(running.child.pid!).length).toBeGreaterThan(0);
    } finally {
      running.child.kill('SIGINT');
      await running.exited;
    }
  });
});

describe('report preview --open', () => {
  it('hands the address to the desktop\'s opener, and goes on with a warning when there is none that works', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'report-opener-'));
    const log = join(bin, 'opened');
    writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" >> '${log}'\n`);
    chmodSync(join(bin, 'xdg-open'), 0o755);
    const dir = copyExample('masthead-demo');
    const opened = await startPreviewCli(dir, ['--open'], { PATH: `${bin}:${process.env.PATH}` });
    try {
      await opened.waitForLine(/portal page rebuilt/);
      for (let i = 0; i < 100 && !existsSync(log); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(readFileSync(log, 'utf8')).toBe(`${opened.url}\n`);
    } finally {
      opened.child.kill('SIGINT');
      await opened.exited;
    }
    writeFileSync(join(bin, 'xdg-open'), '#!/bin/sh\nexit 4\n');
    const failed = await startPreviewCli(dir, ['--open'], { PATH: `${bin}:${process.env.PATH}` });
    try {
      await failed.waitForLine(/could not open the system browser \(xdg-open exited with code 4\): open http:\/\/127\.0\.0\.1:\d+\/ by hand/);
      expect((await fetch(failed.url)).status).toBe(200);
    } finally {
      failed.child.kill('SIGINT');
      await failed.exited;
    }
  });
});

describe('report preview usage errors (exit 2)', () => {
  it('refuses a --port that is no port', async () => {
    const result = await runCli(['preview', 'data/wujin-2020', '--port', 'http']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('report: invalid --port "http" (use a whole number from 0 to 65535; 0 picks a free port)\n');
    const zh = await runCli(['preview', 'data/wujin-2020', '--port', '70000'], { env: { REPORT_LANG: 'zh' } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('--port 的值“70000”无效');
  });

  it('says a port in use', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const result = await runCli(['preview', 'data/wujin-2020', '--port', String(port)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`report: port ${port} on 127.0.0.1 is in use (leave out --port to take a free one)`);
    } finally {
      taken.close();
    }
  });
});
