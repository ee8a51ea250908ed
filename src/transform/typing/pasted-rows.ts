/**
 * A line as Excel puts a row on the clipboard: cells separated by tabs. The first cell may
 * be empty (a table's corner), so one leading tab belongs to the row; spaces before it are
 * indentation. A line with a single tab-free cell is not a row.
 */
export function pastedRowCells(line: string): string[] | undefined {
  const row = line.replace(/^ +/, '').replace(/\r$/, '');
  if (!row.replace(/^\t/, '').includes('\t')) return undefined;
  const cells = row.split('\t').map((cell) => cell.trim());
  while (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** Runs of at least two consecutive pasted rows among lines: [first index, count]. */
export function pastedRuns(lines: readonly string[]): Array<{ first: number; rows: string[][] }> {
  const runs: Array<{ first: number; rows: string[][] }> = [];
  let current: { first: number; rows: string[][] } | undefined;
  lines.forEach((line, i) => {
    const cells = pastedRowCells(line);
    if (!cells) {
      current = undefined;
      return;
    }
    if (!current) {
      current = { first: i, rows: [] };
      runs.push(current);
    }
    current.rows.push(cells);
  });
  return runs.filter((run) => run.rows.length >= 2);
}
