import { text } from '../i18n/message.js';
import { verbatim, type Text } from '../i18n/text.js';

/** Levenshtein distance that counts swapping two adjacent characters as one edit (OSA). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

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

/** ` (did you mean "x"?)` / `（是否应为“x”？）`, or nothing in either language. */
export function didYouMeanText(name: string, candidates: Iterable<string>): Text {
  const hint = didYouMean(name, candidates);
  return hint === undefined ? verbatim('') : text('ui.did-you-mean', { name: hint });
}

/** ` (did you mean "x"?)`, or nothing: the English of didYouMeanText, for English-only messages. */
export function didYouMeanSuffix(name: string, candidates: Iterable<string>): string {
  return didYouMeanText(name, candidates).en;
}
