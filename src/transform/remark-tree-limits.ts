import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { msg } from '../i18n/message.js';
import { LIMITS } from '../load/limits.js';
import { reportMessage } from './report-message.js';

/**
 * How deep the Markdown tree may be: the block and inline limits on top of each other, and
 * room for the nodes between (a list item in its list, text in a paragraph).
 */
export const TREE_DEPTH = 2 * LIMITS.blockDepth + LIMITS.inlineDepth + 8;

/**
 * The guarantee behind the scan of nestingProblem, and a bound on the work after parsing:
 * a tree deeper than TREE_DEPTH (a shape the scan did not foresee) is reported at its
 * deepest node's start, and one with more than LIMITS.sectionNodes nodes at the node past
 * the limit; either is emptied, so no later stage (the plugins, mdast-util-to-hast, the
 * sanitizer, the serializer: all recursive, and each visiting every node) can overflow the
 * stack on it or take seconds over it. The walk itself keeps its own stack.
 */
export function remarkTreeLimits() {
  return (tree: Root, file: VFile) => {
    const stack: Array<[Node, number]> = [[tree, 0]];
    let nodes = 0;
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      const past = depth > TREE_DEPTH ? msg('nesting/tree', { limit: TREE_DEPTH }) : ++nodes > LIMITS.sectionNodes ? msg('file-too-large/nodes', { limit: LIMITS.sectionNodes }) : undefined;
      if (past) {
        reportMessage(file, node.position?.start, past);
        tree.children = [];
        return;
      }
      // children reversed: the walk goes in document order, so the node past the limit is the first one in the text
      const children = (node as Partial<Parent>).children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
    }
  };
}
