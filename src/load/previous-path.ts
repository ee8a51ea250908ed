/**
 * Whether `previous:` is what README asks for: a path relative to this report (`../wujin-2020`),
 * written with `/`. Absolute paths, `~`, URL forms (`file:///…`), drive letters (`C:\…`),
 * backslashes and control characters are refused before anything is read: a pull request
 * must not make the build read, and quote in its messages, files from anywhere on the
 * runner. `..` stays allowed, since last year's report is a sibling directory.
 */
export function isPreviousPath(path: string): boolean {
  return !/^[/~]|[\\:]|[\u0000-\u001f\u007f]/u.test(path) && path.length <= 1024;
}
