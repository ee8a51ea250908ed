import { describe, expect, it } from 'vitest';
import { injectPreview, PREVIEW_POLICY } from '../../src/preview/inject.js';
import { CONTENT_SECURITY_POLICY, renderPage } from '../../src/render/page.js';

const built = renderPage({ title: '报告', css: 'p { margin: 0 }', body: ['<p>正文 &lt;/body&gt;</p>'] });

describe('injectPreview', () => {
  it('adds the overlay and the script before the closing </body>, and nothing else but the widened policy', () => {
    const served = injectPreview(built, 'portal', 7);
    expect(served).toContain('<div id="report-preview-overlay" hidden></div><script src="/preview.js" data-view="portal" data-version="7"></script></body>');
    expect(served).toContain(`content="${CONTENT_SECURITY_POLICY}; script-src 'self'; connect-src 'self'"`);
    const undone = served
      .replace('<div id="report-preview-overlay" hidden></div><script src="/preview.js" data-view="portal" data-version="7"></script>', '')
      .replace(PREVIEW_POLICY, CONTENT_SECURITY_POLICY);
    expect(undone).toBe(built);
  });

  it('leaves the page it is given untouched (the built page never carries the script)', () => {
    const copy = String(built);
    injectPreview(built, 'portal', 1);
    expect(built).toBe(copy);
    expect(built).not.toContain('preview.js');
    expect(built).not.toContain('script-src');
  });

  it('widens the policy by the server\'s own script and events only: nothing inline, nothing remote', () => {
    expect(PREVIEW_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(PREVIEW_POLICY).toMatch(/connect-src 'self'(;|$)/);
    expect(PREVIEW_POLICY).not.toMatch(/unsafe-eval|https?:|\*|script-src[^;]*unsafe-inline/);
  });
});
