// The Typst peer of the benchmark: the text of a built report (its portal HTML) as Typst
// markup, on the same page (A4, GB/T 9704 margins, 16 pt body, 28.95 pt line pitch) with
// the same font files the PDF was printed with. A fair peer typesets the same words with
// the same faces; it does not draw the 版头 or the charts.
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';

const HEADINGS = { h1: '=', h2: '==', h3: '===', h4: '====' };

/** Typst markup for the report's `<main>` (or body): headings, paragraphs, lists and tables. */
export function typstSource(htmlPath, fonts) {
  const tree = fromHtml(readFileSync(htmlPath, 'utf8'));
  const main = find(tree, (n) => n.tagName === 'main') ?? find(tree, (n) => n.tagName === 'body');
  const blocks = [];
  walk(main, blocks);
  const families = fonts.families.map((f) => JSON.stringify(f)).join(', ');
  return [
    '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer: context align(center)[— #counter(page).display() —])',
    `#set text(font: (${families}), size: 16pt, lang: "zh")`,
    '#set par(leading: 12.95pt, first-line-indent: (amount: 2em, all: true), justify: true)',
    `#show heading: set text(font: (${families}), size: 16pt, weight: "regular")`,
    '',
    ...blocks,
  ].join('\n');
}

function walk(node, out) {
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    const tag = child.tagName;
    if (tag in HEADINGS) out.push(`${HEADINGS[tag]} ${escape(textOf(child))}`, '');
    else if (tag === 'p') out.push(escape(textOf(child)), '');
    else if (tag === 'li') out.push(`- ${escape(textOf(child))}`);
    else if (tag === 'table') out.push(table(child), '');
    else if (tag === 'svg' || tag === 'script' || tag === 'style') continue;
    else walk(child, out);
  }
}

function table(node) {
  const rows = [];
  visit(node, (n) => n.tagName === 'tr' && rows.push(n.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'))));
  const columns = Math.max(1, ...rows.map((r) => r.length));
  const cells = rows.flatMap((r) => [...r.map((c) => `[${escape(textOf(c))}]`), ...Array(columns - r.length).fill('[]')]);
  return `#table(columns: ${columns}, ${cells.join(', ')})`;
}

function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('').replace(/\s+/g, ' ').trim();
}

/** Typst's markup characters, escaped so the text is taken as it is. */
function escape(text) {
  return text.replace(/[\\#*_`$@<>\[\]=~\/-]/g, (c) => `\\${c}`);
}

function find(node, test) {
  if (node.type === 'element' && test(node)) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function visit(node, fn) {
  if (node.type === 'element') fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}
