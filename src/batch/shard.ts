/** `--shard i/n`: the i-th of n shares (1-based), as CI matrices number their jobs. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` with 1 ≤ i ≤ n; undefined when the text is not of that form. */
export function parseShard(value: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * The reports of one share. Every machine of a CI matrix computes the same split from the
 * same list, so each report is built exactly once across the n shares: reports sorted by
 * size (largest first, then by path, so ties split the same way everywhere), each given to
 * the share with the least work so far (the lowest-numbered one on a tie). Sizes balance
 * the shares' time; the result keeps the list's own order.
 */
export function shareOf<T extends { path: string; size: number }>(items: readonly T[], shard: Shard): T[] {
  const load = new Array<number>(shard.count).fill(0);
  const owner = new Map<T, number>();
  const bySize = [...items].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const item of bySize) {
    let least = 0;
    for (let s = 1; s < shard.count; s++) if (load[s]! < load[least]!) least = s;
    owner.set(item, least);
    load[least]! += Math.max(1, item.size);
  }
  return items.filter((item) => owner.get(item) === shard.index - 1);
}
