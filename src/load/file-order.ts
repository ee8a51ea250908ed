/**
 * File-name order as a clerk numbers files: by the number a name starts with, as a number
 * (`2-problems.md` before `10-next.md`, `03-a.md` with `3-a.md`), then by the name's code
 * points so every machine agrees. Names without a leading number come after the numbered
 * ones, in code-point order.
 */
export function compareFileNames(a: string, b: string): number {
  const na = leadingNumber(a);
  const nb = leadingNumber(b);
  if (na !== undefined && nb !== undefined) {
    const byNumber = compareNumbers(na, nb);
    if (byNumber !== 0) return byNumber;
  } else if (na !== undefined) {
    return -1;
  } else if (nb !== undefined) {
    return 1;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The names in file-name order (compareFileNames), as a new array. */
export function sortFileNames(names: readonly string[]): string[] {
  return [...names].sort(compareFileNames);
}

/**
 * Names that share their leading number with an earlier name (in the order given): each
 * with the first name of that number and the number, written without leading zeros.
 */
export function sharedNumbers(names: readonly string[]): Array<{ name: string; first: string; number: string }> {
  const firsts = new Map<string, string>();
  const shared: Array<{ name: string; first: string; number: string }> = [];
  for (const name of names) {
    const number = leadingNumber(name);
    if (number === undefined) continue;
    const first = firsts.get(number);
    if (first === undefined) firsts.set(number, name);
    else shared.push({ name, first, number });
  }
  return shared;
}

/** The ASCII digits a name starts with, leading zeros dropped (`007-x.md` → `7`), as text: no size limit. */
function leadingNumber(name: string): string | undefined {
  const digits = /^\d+/.exec(name)?.[0];
  return digits === undefined ? undefined : digits.replace(/^0+(?=\d)/, '');
}

function compareNumbers(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
