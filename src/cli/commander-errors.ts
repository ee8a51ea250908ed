import { text } from '../i18n/message.js';
import type { Text } from '../i18n/text.js';

/** `\n(Did you mean --format?)` or `\n(Did you mean one of --a, --b?)`, as commander appends it. */
const SUGGESTION = /(?:\n\(Did you mean (?:one of )?([^,?]+)(?:, [^?]*)?\?\))?$/.source;

/**
 * The errors commander raises while parsing, in the house voice of `report: …` lines and
 * in both languages. commander gives them only as English sentences (`error: unknown
 * option '--frmat'`), so they are read back here; one it does not know (a new commander
 * wording) stays as commander wrote it. `command` is how the user called the command,
 * e.g. `report build`. test/cli/commander-errors.test.ts holds every wording.
 */
export function commanderErrorText(message: string, command: string): Text | undefined {
  const line = message.trimEnd();
  let m: RegExpMatchArray | null;
  if ((m = line.match(new RegExp(`^error: unknown option '(.+?)'${SUGGESTION}`)))) {
    return text('ui.cli.unknown-option', { flag: m[1]!, command, suggestion: m[2] });
  }
  if ((m = line.match(new RegExp(`^error: unknown command '(.+?)'${SUGGESTION}`)))) {
    return text('ui.cli.unknown-command', { name: m[1]!, suggestion: m[2] });
  }
  if ((m = line.match(/^error: missing required argument '(.+)'$/))) return text('ui.cli.missing-argument', { name: m[1]!, command });
  if ((m = line.match(/^error: option '(.+)' argument missing$/))) return text('ui.cli.option-missing-value', { flags: m[1]!, command });
  if ((m = line.match(/^error: required option '(.+)' not specified$/))) return text('ui.cli.missing-option', { flags: m[1]!, command });
  if ((m = line.match(/^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/))) {
    return text('ui.cli.too-many-arguments', { command, expected: Number(m[1]), got: Number(m[2]) });
  }
  return undefined;
}
