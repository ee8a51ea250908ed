import { Command } from 'commander';
import { catalogue } from '../i18n/catalogue.js';
import type { Entry } from '../i18n/entry.js';
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';
import { commanderErrorText } from './commander-errors.js';
import { helpConfiguration } from './help.js';
import { langOf, type Io } from './io.js';

/**
 * The `report` program, speaking the interface language: its description and after-help
 * from `ui.help.report…`, commander's headings, help option and help command, and the
 * errors commander raises. Commands made with `localizedCommand` inherit all of it.
 */
export function localizedProgram(io: Io): Command {
  const lang = langOf(io);
  const program = new Command('report')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .configureHelp(helpConfiguration(lang))
    .helpOption('-h, --help', say(lang, 'ui.help.help-option'))
    .helpCommand('help [command]', say(lang, 'ui.help.help-command'));
  return describe(program, 'report', 'report', lang);
}

/**
 * `report <name>`: described by the catalogue's `ui.help.<name>` (required) and
 * `ui.help.<name>.after` (exit codes, environment, examples; optional). Arguments and
 * options are added by the caller, with their own `ui.help.…` texts.
 */
export function localizedCommand(program: Command, name: string, io: Io): Command {
  return describe(program.command(name), name, `report ${name}`, langOf(io));
}

function describe(command: Command, name: string, called: string, lang: Lang): Command {
  const description = helpText(`ui.help.${name}`, lang);
  if (description === undefined) throw new Error(`the catalogue has no ui.help.${name} (the description of ${called})`);
  command.description(description);
  const after = helpText(`ui.help.${name}.after`, lang);
  if (after !== undefined) command.addHelpText('after', `\n${after}`);
  return command.configureOutput({
    outputError: (message, write) => {
      const text = commanderErrorText(message, called);
      write(text ? `report: ${text[lang]}\n` : message);
    },
  });
}

/** A help text of the catalogue by its key, built at run time from the command's name. */
function helpText(key: string, lang: Lang): string | undefined {
  const e = (catalogue as unknown as Record<string, Entry<Record<string, never>> | undefined>)[key];
  return e?.[lang]({});
}
