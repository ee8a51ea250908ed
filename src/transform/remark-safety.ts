import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { msg } from '../i18n/message.js';
import { reportMessage } from './report-message.js';

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

/**
 * Says what the sanitizer will drop, at its position, so the clerk is not surprised:
 * raw HTML (never passed through), images (not fetched; no image support yet) and links
 * with a scheme other than http(s), mailto or tel (`javascript:` and friends). The actual
 * removal is done by rehype-sanitize; this plugin only reports.
 */
export function remarkSafety() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node: Html) => {
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return; // comments are harmless
      reportMessage(file, node.position, msg('raw-html'));
    });
    visit(tree, 'image', (node: Image) => {
      reportMessage(file, node.position, msg('unsupported-image', { url: node.url }));
    });
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    visit(tree, 'imageReference', (node: ImageReference) => {
      const url = definitions.get(node.identifier)?.url ?? node.identifier;
      reportMessage(file, node.position, msg('unsupported-image', { url }));
    });
    visit(tree, 'linkReference', (node: LinkReference) => {
      const url = definitions.get(node.identifier)?.url;
      if (url !== undefined && !SAFE_LINK.test(url.trim())) {
        reportMessage(file, node.position, msg('unsafe-link', { url }));
      }
    });
    visit(tree, 'link', (node: Link) => {
      if (!SAFE_LINK.test(node.url.trim())) {
        reportMessage(file, node.position, msg('unsafe-link', { url: node.url }));
      }
    });
  };
}
