import type { Definition, Image, ImageReference, Link, LinkReference, Root } from 'mdast';
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

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
      file.message('raw HTML is not allowed and was removed (write Markdown instead)', node.position, 'report:raw-html');
    });
    visit(tree, 'image', (node: Image) => {
      file.message(`image "${node.url}" was removed (images are not supported; nothing is fetched from the network)`, node.position, 'report:unsupported-image');
    });
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    visit(tree, 'imageReference', (node: ImageReference) => {
      const url = definitions.get(node.identifier)?.url ?? node.identifier;
      file.message(`image "${url}" was removed (images are not supported; nothing is fetched from the network)`, node.position, 'report:unsupported-image');
    });
    visit(tree, 'linkReference', (node: LinkReference) => {
      const url = definitions.get(node.identifier)?.url;
      if (url !== undefined && !SAFE_LINK.test(url.trim())) {
        file.message(`link "${url}" was removed (only http, https, mailto and tel links are allowed)`, node.position, 'report:unsafe-link');
      }
    });
    visit(tree, 'link', (node: Link) => {
      if (!SAFE_LINK.test(node.url.trim())) {
        file.message(`link "${node.url}" was removed (only http, https, mailto and tel links are allowed)`, node.position, 'report:unsafe-link');
      }
    });
  };
}
