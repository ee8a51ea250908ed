import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('../fixtures/source/wujin-2020-fazhi-report.txt', import.meta.url));

/**
 * The body paragraphs of the published Wujin report (between the 主送 line and the
 * signature), with the scraped page's half-width , ( ) : ; turned into the full-width
 * forms the official document uses: the text the example must reproduce word for word.
 */
export function sourceParagraphs(): string[] {
  const text = readFileSync(SOURCE, 'utf8');
  const start = text.indexOf('常州市人民政府:');
  const end = text.indexOf('常州市武进区人民政府\n', start);
  const body = text.slice(start + '常州市人民政府:'.length, end);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(fullWidth);
}

export function fullWidth(text: string): string {
  return text.replace(/,/g, '，').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：').replace(/;/g, '；');
}
