import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to a misspelt name, or undefined when nothing is close enough.
 * Close means an edit distance of at most a third of the name (at least 1), so `titel`
 * finds `title` and `行政复议.收` finds `行政复议.收到`, but unrelated names stay silent.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(name.length, 3) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMeanSuffix(name: string, candidates: Iterable<string>): string {
  const hint = didYouMean(name, candidates);
  return hint === undefined ? '' : ` (did you mean "${hint}"?)`;
}
