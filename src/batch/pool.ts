/**
 * Runs `work` on every item with at most `jobs` at a time, in the items' order as slots
 * free up; resolves with the results in the items' order. A rejection of one item does
 * not stop the others: callers turn failures into results (a failed report is a row of
 * the summary, not the end of the batch).
 */
export async function runPool<T, R>(items: readonly T[], jobs: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return results;
}
