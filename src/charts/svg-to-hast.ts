import type { Element, ElementContent, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SVG_ALLOW_LIST } from './svg-allow-list.js';

/**
 * Turns the chart library's SVG string into a hast tree that holds only what the allow
 * list permits: its hover `<style>`, class names, instance ids and metadata attributes
 * go, and a text's inline `style` becomes font-size and font-family attributes (which a
 * stylesheet could still override). Anything else the library might add is dropped here
 * rather than passed to the sanitizer, so the output is the same on every run.
 */
export function svgToHast(svg: string): Element {
  const root = fromHtml(svg, { fragment: true });
  const element = root.children.find((node): node is Element => node.type === 'element' && node.tagName === 'svg');
  if (!element) throw new Error('the chart renderer returned no <svg> element');
  const cleaned = clean(element);
  if (!cleaned || cleaned.type !== 'element') throw new Error('the chart renderer returned an empty <svg>');
  hoist(cleaned, 'fontFamily');
  // One shape per line, so a change to a chart reads as a diff of its shapes.
  cleaned.children = cleaned.children.flatMap((child) => [{ type: 'text', value: '\n' } as const, child]).concat({ type: 'text', value: '\n' });
  return cleaned;
}

/**
 * Moves an attribute every text repeats (the font stack) onto the `<svg>`, where the texts
 * inherit it, so the page carries it once instead of once per label.
 */
function hoist(svg: Element, name: string): void {
  const texts: Element[] = [];
  const walk = (node: Element) => {
    if (node.tagName === 'text') texts.push(node);
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(svg);
  const values = new Set(texts.map((text) => text.properties[name]));
  if (values.size !== 1) return;
  const [value] = values;
  if (value === undefined) return;
  svg.properties[name] = value;
  for (const text of texts) delete text.properties[name];
}

function clean(node: ElementContent): ElementContent | undefined {
  if (node.type === 'text') return node.value.trim() === '' ? undefined : { type: 'text', value: node.value };
  if (node.type !== 'element') return undefined;
  const allowed = SVG_ALLOW_LIST[node.tagName];
  if (!allowed) return undefined;
  const source: Properties = { ...node.properties, ...styleProperties(node.properties.style) };
  const properties: Properties = {};
  for (const [name, pattern] of allowed) {
    const value = source[name];
    if (value !== undefined && value !== null && pattern.test(String(value))) properties[name] = value;
  }
  const children = node.children.flatMap((child) => clean(child as ElementContent) ?? []);
  return { type: 'element', tagName: node.tagName, properties, children };
}

/** `font-size:15px;font-family:'黑体', sans-serif` → { fontSize: '15px', fontFamily: "'黑体', sans-serif" } */
function styleProperties(style: unknown): Properties {
  if (typeof style !== 'string') return {};
  const properties: Properties = {};
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (name === 'font-size') properties.fontSize = value;
    if (name === 'font-family') properties.fontFamily = value;
  }
  return properties;
}
