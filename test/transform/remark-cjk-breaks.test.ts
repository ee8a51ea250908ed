import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/build-store.js';

const html = async (markdown: string) => (await renderMarkdown(markdown)).html;

describe('remarkCjkBreaks', () => {
  it('drops a soft break between two lines of Chinese', async () => {
    expect(await html('第一行中文\n第二行中文')).toBe('<p>第一行中文第二行中文</p>');
    expect(await html('甲\n乙\n丙')).toBe('<p>甲乙丙</p>');
  });

  it('drops it after Chinese punctuation', async () => {
    expect(await html('取得新成绩。\n继续推进')).toBe('<p>取得新成绩。继续推进</p>');
    expect(await html('依法行政，\n建设法治政府')).toBe('<p>依法行政，建设法治政府</p>');
  });

  it('drops it after ” and before “', async () => {
    expect(await html('他说“好”\n然后')).toBe('<p>他说“好”然后</p>');
    expect(await html('然后\n“放管服”改革')).toBe('<p>然后“放管服”改革</p>');
  });

  it('drops it at **粗体** boundaries', async () => {
    expect(await html('**粗体**\n中文')).toBe('<p><strong>粗体</strong>中文</p>');
    expect(await html('中文\n**粗体**')).toBe('<p>中文<strong>粗体</strong></p>');
    expect(await html('中文\n*斜体*\n中文')).toBe('<p>中文<em>斜体</em>中文</p>');
  });

  it('drops it between a digit and a Chinese character', async () => {
    expect(await html('2020\n年')).toBe('<p>2020年</p>');
    expect(await html('全年\n2020')).toBe('<p>全年2020</p>');
  });

  it('drops the spaces around the break too', async () => {
    expect(await html('中文 \n 中文')).toBe('<p>中文中文</p>');
  });

  it('keeps the break between Latin words', async () => {
    expect(await html('hello\nworld')).toBe('<p>hello\nworld</p>');
    expect(await html('word\n**bold**')).toBe('<p>word\n<strong>bold</strong></p>');
  });

  it('keeps paragraphs apart', async () => {
    expect(await html('中文\n\n中文')).toBe('<p>中文</p>\n<p>中文</p>');
  });

  it('drops the break on both sides of a one-character Chinese line between Latin lines', async () => {
    expect(await html('GDP\n增\nCPI')).toBe('<p>GDP增CPI</p>');
  });
});
