import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { expect } from 'vitest';
import type { CliResult } from './run-cli.js';

/** Elements a page of ours never carries: each could run code, load something or navigate. */
const FORBIDDEN = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'form', 'input', 'button', 'textarea',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'image', 'use', 'foreignObject', 'animate', 'set', 'animateTransform',
  'animateMotion', 'noscript', 'template', 'portal',
]);

/** Attributes (hast property names) whose value is fetched by the browser as soon as the page loads. */
const FETCHED = ['src', 'srcSet', 'poster', 'data', 'background', 'xLinkHref', 'href', 'action', 'formAction', 'cite', 'ping', 'codeBase', 'manifest', 'lowsrc', 'dynsrc', 'longDesc', 'icon'];

const SCRIPT_URL = /^\s*(javascript|vbscript|livescript)\s*:|^\s*data\s*:\s*(text\/html|image\/svg|application\/(xhtml|javascript|ecmascript))/i;

/**
 * Everything in a built page that could run code, fetch from the network or navigate
 * somewhere the author did not write: script-like elements, event handlers, script URLs,
 * any fetched URL (only `<a href>` to http(s), mailto, tel or a fragment is a link the
 * reader chooses to follow), `<meta http-equiv>` other than our Content-Security-Policy,
 * style elements other than our one in `<head>`, and `url()`, `@import` or `expression()`
 * in any style. Returns one line per hazard (empty when the page is clean).
 */
export function pageHazards(html: string): string[] {
  const tree = fromHtml(html);
  const hazards: string[] = [];
  let styles = 0;
  const walk = (node: Root | RootContent, ancestors: Element[]) => {
    if (node.type === 'element') {
      const where = [...ancestors.map((a) => a.tagName), node.tagName].join('>');
      if (FORBIDDEN.has(node.tagName)) hazards.push(`<${node.tagName}> at ${where}`);
      if (node.tagName === 'style') {
        styles++;
        const inHead = ancestors.some((a) => a.tagName === 'head');
        if (!inHead || styles > 1) hazards.push(`a <style> we did not put there at ${where}`);
        const css = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        if (/url\s*\(\s*(?!['"]?data:)/i.test(css) || /@import/i.test(css) || /expression\s*\(/i.test(css)) hazards.push(`a fetch in the stylesheet at ${where}`);
      }
      if (node.tagName === 'meta' && node.properties.httpEquiv !== undefined && String(node.properties.httpEquiv).toLowerCase() !== 'content-security-policy') {
        hazards.push(`<meta http-equiv="${String(node.properties.httpEquiv)}"> at ${where}`);
      }
      for (const [name, value] of Object.entries(node.properties)) {
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        if (/^on/i.test(name)) hazards.push(`event handler ${name}="${text}" at ${where}`);
        if (name === 'style' && (/url\s*\(/i.test(text) || /expression\s*\(/i.test(text) || /@import/i.test(text))) hazards.push(`style="${text}" at ${where}`);
        if (SCRIPT_URL.test(text)) hazards.push(`script URL ${name}="${text}" at ${where}`);
        if (FETCHED.includes(name)) {
          const link = node.tagName === 'a' && name === 'href' && /^(https?:|mailto:|tel:|#)/i.test(text.trim());
          if (!link) hazards.push(`${name}="${text}" at ${where}`);
        }
      }
      for (const child of node.children) walk(child, [...ancestors, node]);
      if (node.tagName === 'template' && node.content) walk(node.content, [...ancestors, node]);
    } else if (node.type === 'root') {
      for (const child of node.children) walk(child, ancestors);
    }
  };
  walk(tree, []);
  return hazards;
}

/** The text a reader sees in the page's `<body>` (elements' text joined, entities decoded). */
export function visibleText(html: string): string {
  const tree = fromHtml(html);
  const parts: string[] = [];
  const walk = (node: Root | RootContent, inBody: boolean) => {
    if (node.type === 'text' && inBody) parts.push(node.value);
    if (node.type === 'element' || node.type === 'root') {
      for (const child of node.children) walk(child, inBody || (node.type === 'element' && node.tagName === 'body'));
    }
  };
  walk(tree, false);
  return parts.join('');
}

/** Values of `<meta name=…>` and the `<title>`, as a browser reads them (decoded). */
export function headFields(html: string): { title: string; meta: Record<string, string> } {
  const tree = fromHtml(html);
  let title = '';
  const meta: Record<string, string> = {};
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      if (node.tagName === 'title') title = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      if (node.tagName === 'meta' && typeof node.properties.name === 'string') meta[node.properties.name] = String(node.properties.content ?? '');
      node.children.forEach(walk);
    } else if (node.type === 'root') node.children.forEach(walk);
  };
  walk(tree);
  return { title, meta };
}

/**
 * No user ever sees a stack trace or a raw Node error: no `    at ` frame, no
 * `TypeError:`/`Error:` prefix, no `node:internal` path, in stdout or stderr.
 */
export function expectNoStackTrace(result: Pick<CliResult, 'stdout' | 'stderr'>): void {
  for (const [name, out] of [['stdout', result.stdout], ['stderr', result.stderr]] as const) {
    expect(out, `${name} has a stack frame`).not.toMatch(/^\s+at .+[:(]/m);
    expect(out, `${name} has a Node error prefix`).not.toMatch(/\b(Type|Range|Reference|Syntax|System)?Error(\s\[\w+\])?: /);
    expect(out, `${name} names Node internals`).not.toMatch(/node:internal|ERR_[A-Z_]{4,}/);
  }
}

/** The rule ids printed by the text reporter (`file:line:col error message rule-id`). */
export function ruleIds(stderr: string): string[] {
  return [...stderr.matchAll(/ (?:error|warning) .* ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
}
