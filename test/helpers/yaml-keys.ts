import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** Every key path of a YAML document (`行政复议.收到`), in document order. */
export function keyPaths(text: string): string[] {
  const paths: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = `${prefix}${isScalar(pair.key) ? String(pair.key.value) : '?'}`;
        paths.push(key);
        walk(pair.value, `${key}.`);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, `${prefix}${i}.`));
    }
  };
  walk(parseDocument(text).contents, '');
  return paths;
}
