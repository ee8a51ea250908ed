import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/cli/help.js';
import { displayWidth } from '../../src/text/display-width.js';

describe('wrapText (help descriptions)', () => {
  it('wraps English at spaces, as commander does', () => {
    expect(wrapText('validate the report only (no browser, nothing written)', 24)).toBe('validate the report only\n(no browser, nothing\nwritten)');
  });

  it('wraps Chinese between characters, within the width in terminal columns', () => {
    const wrapped = wrapText('只校验报告（不启动浏览器，不写任何文件），适合日常自查和持续集成', 20);
    for (const line of wrapped.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(wrapped.replace(/\n/g, '')).toBe('只校验报告（不启动浏览器，不写任何文件），适合日常自查和持续集成');
  });

  it('starts no line with closing punctuation and ends none with an opening mark', () => {
    for (let width = 8; width <= 30; width++) {
      const lines = wrapText('问题清单的输出形式：text（文字，输出到 stderr）或 json（输出到 stdout）', width).split('\n');
      for (const line of lines) {
        expect(line, `width ${width}`).not.toMatch(/^[，。、；：）]/);
        expect(line, `width ${width}`).not.toMatch(/[（“]$/);
      }
    }
  });

  it('keeps a Latin word whole, and the lines the text already has', () => {
    expect(wrapText('默认依次取 $REPORT_BROWSER、puppeteer 自带的', 16)).toBe('默认依次取\n$REPORT_BROWSER、\npuppeteer 自带的');
    expect(wrapText('一\n二', 80)).toBe('一\n二');
  });
});
