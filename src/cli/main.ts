import { Argument, CommanderError, Option } from 'commander';
import { resolveLang, type Lang } from '../i18n/lang.js';
import { say, text } from '../i18n/message.js';
import { parseDiffFormat } from './diff-format.js';
import { describeInternalError } from './internal-error.js';
import { speakInterrupts } from './interrupt.js';
import { EXIT, processIo, UsageError, type Io } from './io.js';
import { langArgument } from './lang-argument.js';

// for bin/report.js, which imports the bundle of this module
export { endQuietlyOnClosedPipes, exitWhenFlushed } from './io.js';
export { endQuietlyOnUncaughtErrors } from './internal-error.js';
export { handleInterrupts } from './interrupt.js';
import { localizedCommand, localizedProgram } from './localized-command.js';
import { parseReporter } from './print-diagnostics.js';
import { packageVersion } from './version.js';

// no default: without [dir] the commands look for report.yaml upward from the current directory
const dirArgument = (lang: Lang) => new Argument('[dir]', say(lang, 'ui.help.dir'));
// build and check take several reports: directories, globs, --all, --shard (a batch)
const dirsArgument = (lang: Lang) => new Argument('[dirs...]', say(lang, 'ui.help.dirs'));
const allOption = (lang: Lang) => new Option('--all [root]', say(lang, 'ui.help.all'));
const shardOption = (lang: Lang) => new Option('--shard <i/n>', say(lang, 'ui.help.shard'));
// no default: inside GitHub Actions the annotations are the default (print-diagnostics.ts)
const reporterOption = (lang: Lang) => new Option('--reporter <name>', say(lang, 'ui.help.reporter')).argParser(parseReporter);
const quietOption = (lang: Lang) => new Option('-q, --quiet', say(lang, 'ui.help.quiet'));

/**
 * The program: a few lines of configuration over the commands; returns the exit code.
 * Each command's module is imported when it runs, so `--version`, `--help` and a usage
 * error load commander and the messages only, not the pipeline (issue 10: cold start).
 */
export async function main(argv: readonly string[], baseIo: Io = processIo): Promise<number> {
  const langFlag = langArgument(argv);
  const lang = resolveLang(langFlag, baseIo.env);
  if (lang === undefined) {
    const unknown = text('ui.cli.unknown-language', { value: langFlag ?? baseIo.env.REPORT_LANG ?? '', source: langFlag !== undefined ? '--lang' : 'REPORT_LANG' });
    // the language is what is wrong: say it in both
    baseIo.stderr(`report: ${unknown.en}\nreport: ${unknown.zh}\n`);
    return EXIT.environment;
  }
  const io: Io = { ...baseIo, lang };
  speakInterrupts(lang);
  let code: number = EXIT.ok;
  const program = localizedProgram(io)
    .version(packageVersion(), '-V, --version', say(lang, 'ui.help.version-option'))
    .option('--lang <lang>', say(lang, 'ui.help.report.lang'));

  localizedCommand(program, 'build', io)
    .addArgument(dirsArgument(lang))
    .option('-o, --out <dir>', say(lang, 'ui.help.build.out'))
    .option('-f, --format <list>', say(lang, 'ui.help.build.format'), 'html,pdf,json')
    .option('--strict', say(lang, 'ui.help.strict'))
    .option('--browser <path>', say(lang, 'ui.help.build.browser'))
    .option('--timeout <seconds>', say(lang, 'ui.faults.help.timeout'))
    .addOption(reporterOption(lang))
    .addOption(quietOption(lang))
    .addOption(allOption(lang))
    .addOption(shardOption(lang))
    .option('-j, --jobs <n>', say(lang, 'ui.help.jobs'))
    .action(async (dirs: string[], flags) => {
      code = await (await import('./build.js')).runBuild(dirs, flags, io);
    });

  localizedCommand(program, 'check', io)
    .addArgument(dirsArgument(lang))
    .option('--strict', say(lang, 'ui.help.strict'))
    .addOption(reporterOption(lang))
    .addOption(quietOption(lang))
    .addOption(allOption(lang))
    .addOption(shardOption(lang))
    .action(async (dirs: string[], flags) => {
      code = await (await import('./check.js')).runCheck(dirs, flags, io);
    });

  localizedCommand(program, 'doctor', io)
    .argument('[dir]', say(lang, 'ui.help.doctor.dir'))
    .option('--browser <path>', say(lang, 'ui.help.doctor.browser'))
    .action(async (dir: string | undefined, flags) => {
      code = await (await import('./doctor.js')).runDoctor(dir, flags, io);
    });

  localizedCommand(program, 'init', io)
    .argument('<dir>', say(lang, 'ui.help.init.dir'))
    .requiredOption('--from <dir>', say(lang, 'ui.help.init.from'))
    .addOption(reporterOption(lang))
    .action(async (dir: string, flags) => {
      code = await (await import('./init.js')).runInit(dir, flags, io);
    });

  localizedCommand(program, 'new', io)
    .argument('<dir>', say(lang, 'ui.help.new.dir'))
    .option('--kind <kind>', say(lang, 'ui.help.new.kind'), 'report')
    .action(async (dir: string, flags) => {
      code = await (await import('./new.js')).runNew(dir, flags, io);
    });

  localizedCommand(program, 'diff', io)
    .argument('[dirs...]', say(lang, 'ui.help.diff.dirs'))
    .option('--rev <revision>', say(lang, 'ui.help.diff.rev'))
    .addOption(new Option('-f, --format <name>', say(lang, 'ui.help.diff.format')).default('text').argParser(parseDiffFormat))
    .addOption(reporterOption(lang))
    .action(async (dirs: string[], flags) => {
      code = await (await import('./diff.js')).runDiff(dirs, flags, io);
    });

  localizedCommand(program, 'preview', io)
    .addArgument(dirArgument(lang))
    .option('-p, --port <port>', say(lang, 'ui.help.preview.port'))
    .option('--open', say(lang, 'ui.help.preview.open'))
    .option('--browser <path>', say(lang, 'ui.help.preview.browser'))
    .option('--strict', say(lang, 'ui.help.strict'))
    .action(async (dir: string | undefined, flags) => {
      code = await (await import('./preview.js')).runPreview(dir, flags, io);
    });

  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; anything else commander rejects is a usage error (already printed)
      return error.exitCode === 0 ? EXIT.ok : EXIT.environment;
    }
    if (error instanceof UsageError) io.stderr(`report: ${error.text[lang]}\n`);
    else io.stderr(describeInternalError(error, lang, io.env));
    return EXIT.environment;
  }
}
