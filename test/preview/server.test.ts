import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage } from '../../src/render/page.js';
import { startServer, type PreviewServer, type ServedState } from '../../src/preview/server.js';

/** A request with the Host header and method of our choosing (fetch sets Host itself). */
function send(url: string, options: { host?: string; method?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.host !== undefined ? { Host: options.host } : {} }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The first `count` events of /events, read as they come. */
async function events(url: string, count: number, meanwhile: () => void = () => undefined): Promise<unknown[]> {
  const response = await fetch(`${url}events`);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const found: unknown[] = [];
  let text = '';
  while (found.length < count) {
    const { value } = await reader.read();
    text += new TextDecoder().decode(value);
    const blocks = text.split('\n\n');
    text = blocks.pop()!;
    for (const block of blocks) {
      expect(block).toMatch(/^event: state\ndata: /);
      found.push(JSON.parse(block.slice(block.indexOf('data: ') + 6)));
      if (found.length === 1) meanwhile();
    }
  }
  await reader.cancel();
  return found;
}

describe('the preview server', () => {
  let server: PreviewServer | undefined;
  afterEach(() => server?.close());

  const state: ServedState = { version: 0, print: { version: 0, status: 'printing' } };
  const start = async () => (server = await startServer({ port: 0, lang: 'en', state: () => state }));

  it('listens on 127.0.0.1 only, at a free port', async () => {
    const { url, port } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    expect(port).toBeGreaterThan(0);
    await expect(fetch(`http://[::1]:${port}/`)).rejects.toThrow();
  });

  it('refuses a Host that is not 127.0.0.1 or localhost at its port (DNS rebinding), whatever the path', async () => {
    const { url, port } = await start();
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`]) {
      for (const path of ['', 'events', 'report.pdf', 'preview.js']) {
        const answer = await send(`${url}${path}`, { host });
        expect(answer.status, `${host} ${path}`).toBe(403);
      }
    }
    expect((await send(url, { host: `localhost:${port}` })).status).toBe(200);
    // HTTP/1.0 without a Host line at all
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('GET / HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 403 /);
  });

  it('serves its own routes only: no file by its path, no traversal, GET and HEAD only', async () => {
    const { url } = await start();
    for (const path of ['report.yaml', 'sections/01.md', '..%2f..%2fetc%2fpasswd', 'print/../../etc/passwd', 'preview.js/x', 'index.html']) {
      const answer = await send(`${url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('root:');
    }
    expect((await send(url, { method: 'POST' })).status).toBe(405);
    expect((await send(url, { method: 'DELETE' })).status).toBe(405);
  });

  it('sends a Content-Security-Policy that allows its own script and nothing remote', async () => {
    const { url } = await start();
    for (const path of ['', 'print', 'preview.js']) {
      const policy = (await fetch(`${url}${path}`)).headers.get('content-security-policy')!;
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
    }
  });

  it('serves a waiting page until a page is built, then the page with the preview\'s script, the PDF, the print view', async () => {
    const { url } = await start();
    const waiting = await (await fetch(url)).text();
    expect(waiting).toContain('No good page yet');
    expect(waiting).toContain('data-version="0"');
    expect((await fetch(`${url}report.pdf`)).status).toBe(404);

    state.version = 3;
    state.html = renderPage({ title: '报告', css: '', body: ['<p>第三版</p>'] });
    state.title = '报告';
    state.print = { version: 3, status: 'PDF of 09:30:13, 1 page', pdf: new TextEncoder().encode('%PDF-1.7 test') };
    const page = await (await fetch(url)).text();
    expect(page).toContain('<p>第三版</p>');
    expect(page).toContain('<script src="/preview.js" data-view="portal" data-version="3"></script>');
    const pdf = await fetch(`${url}report.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdf.text()).toBe('%PDF-1.7 test');
    const print = await (await fetch(`${url}print`)).text();
    expect(print).toContain('<title>Print view: 报告</title>');
    expect(print).toContain('data-view="print"');
    expect(print).toContain('PDF of 09:30:13, 1 page');
    const script = await fetch(`${url}preview.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain("new EventSource('/events')");
  });

  it('tells every open page the state at once and at each publish (server-sent events)', async () => {
    state.version = 4;
    state.overlay = undefined;
    const { url } = await start();
    const seen = await events(url, 2, () => {
      state.version = 5;
      state.overlay = { failed: true, title: 't', summary: '1 error, 0 warnings', close: 'Hide', items: [] };
      server!.publish();
    });
    expect(seen).toEqual([
      { version: 4, print: { version: 3, status: 'PDF of 09:30:13, 1 page' } },
      { version: 5, overlay: { failed: true, title: 't', summary: '1 error, 0 warnings', close: 'Hide', items: [] }, print: { version: 3, status: 'PDF of 09:30:13, 1 page' } },
    ]);
  });

  it('says a port in use as the error it is', async () => {
    const { port } = await start();
    await expect(startServer({ port, lang: 'en', state: () => state })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
