import { describe, expect, it } from 'vitest';
import { scrollableTables } from '../../src/render/scrollable-tables.js';

describe('scrollableTables', () => {
  it('puts a table in a focusable region named by its caption', () => {
    const html = '<p>正文</p>\n<table class="metric-table"><caption>2020年“行政复议”情况</caption><tbody><tr><th scope="row">收案</th><td class="num">22487</td></tr></tbody></table>';
    expect(scrollableTables(html)).toBe(
      '<p>正文</p>\n<div class="table-scroll" role="region" aria-label="2020年“行政复议”情况" tabindex="0"><table class="metric-table"><caption>2020年“行政复议”情况</caption><tbody><tr><th scope="row">收案</th><td class="num">22487</td></tr></tbody></table></div>',
    );
  });

  it('names a standard disclosure table, which has no caption, by the heading above it', () => {
    const html = '<h2>三、收到和处理政府信息公开申请情况</h2>\n<div><table class="disclosure-annual"><tbody><tr><td>46</td></tr></tbody></table></div>';
    expect(scrollableTables(html)).toBe(
      '<h2>三、收到和处理政府信息公开申请情况</h2>\n<div><div class="table-scroll" role="region" aria-label="三、收到和处理政府信息公开申请情况" tabindex="0"><table class="disclosure-annual"><tbody><tr><td>46</td></tr></tbody></table></div></div>',
    );
  });

  it('falls back to 表格 when a table has neither, and escapes the name', () => {
    expect(scrollableTables('<table><tbody><tr><td>1</td></tr></tbody></table>')).toContain('aria-label="表格"');
    expect(scrollableTables('<table><caption>a "b" &#x3C;c></caption><tbody><tr><td>1</td></tr></tbody></table>')).toContain('aria-label="a &#x22;b&#x22; <c>"');
  });

  it('leaves HTML without tables untouched', () => {
    const html = '<p>正文<strong>加粗</strong></p>\n<figure class="metric-chart"><svg viewBox="0 0 10 10"><rect width="1" height="1"></rect></svg></figure>';
    expect(scrollableTables(html)).toBe(html);
  });
});
