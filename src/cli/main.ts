import { Command, CommanderError, Option } from 'commander';
import { runBuild } from './build.js';
import { runCheck } from './check.js';
import { runDoctor } from './doctor.js';
import { parseDiffFormat, runDiff } from './diff.js';
import { runInit } from './init.js';
import { runNew } from './new.js';
import { EXIT, processIo, UsageError, type Io } from './io.js';
import { parseReporter } from './print-diagnostics.js';
import { resolveLang } from '../i18n/lang.js';
import { say } from '../i18n/message.js';

const reporterOption = () => new Option('--reporter <name>', 'diagnostics as text (stderr) or json (stdout)').default('text').argParser(parseReporter);

/** The program: a few lines of configuration over the commands; returns the exit code. */
export async function main(argv: readonly string[], baseIo: Io = processIo): Promise<number> {
  const langFlag = langArgument(argv);
  const lang = resolveLang(langFlag, baseIo.env);
  if (lang === undefined) {
    baseIo.stderr(`report: unknown language "${langFlag ?? baseIo.env.REPORT_LANG}" (use zh or en)\n`);
    return EXIT.environment;
  }
  const io: Io = { ...baseIo, lang };
  let code: number = EXIT.ok;
  const program = new Command()
    .name('report')
    .description('Compile a government report (Markdown sections + YAML metrics) into a portal HTML page and a GB/T 9704 公文 PDF.')
    .version('0.1.0')
    .option('--lang <lang>', 'interface language: zh or en (default: $REPORT_LANG, then the locale)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText('after', `
Exit codes: 0 success, 1 the input has errors (diagnostics printed), 2 usage or environment
(bad flag, no browser found, output not writable).
Diagnostics: file:line:column severity message rule-id, then a summary line.
Example: report build data/wujin-2020`);

  program
    .command('build')
    .description('validate the report, then write its HTML, PDF and metrics JSON (all or nothing)')
    .argument('[dir]', 'report directory (holds report.yaml)')
    .option('-o, --out <dir>', 'output directory (default: <dir>/dist)')
    .option('-f, --format <list>', 'comma-separated outputs: html, pdf, json (the metrics as <stem>.metrics.json)', 'html,pdf,json')
    .option('--strict', 'treat warnings as errors')
    .option('--browser <path>', 'Chromium to print with (default: $REPORT_BROWSER, puppeteer\'s, then the system\'s)')
    .addOption(reporterOption())
    .addHelpText('after', '\nEnvironment: REPORT_BROWSER (browser path), SOURCE_DATE_EPOCH (fixed PDF dates).')
    .action(async (dir: string, flags) => {
      code = await runBuild(dir, flags, io);
    });

  program
    .command('check')
    .description('validate the report only (no browser, nothing written); for CI and editors')
    .argument('[dir]', 'report directory (holds report.yaml)')
    .option('--strict', 'treat warnings as errors')
    .addOption(reporterOption())
    .action(async (dir: string, flags) => {
      code = await runCheck(dir, flags, io);
    });

  program
    .command('doctor')
    .description('show the browser PDF builds use and the font each role (body, title, headings, page number) resolves to')
    .argument('[dir]', 'a report directory: use its report.yaml fonts: before the built-in stacks')
    .option('--browser <path>', 'Chromium to check (default: $REPORT_BROWSER, puppeteer\'s, then the system\'s)')
    .addHelpText('after', `
Prints the browser's path, where it was found and its version; then, per role, the face
Chromium draws it with and whether that is an office face (仿宋_GB2312, 黑体 …), a face
named in fonts:, or an open fallback; then faces that are OpenType/CFF (Chromium embeds
those as Type 3 glyphs whose text extracts wrongly).
Exit codes: 0 a browser works (font fallbacks are warnings only), 1 report.yaml has
errors, 2 no browser found or it does not start.
Environment: REPORT_BROWSER (browser path).
Example: report doctor data/wujin-2020`)
    .action(async (dir: string | undefined, flags) => {
      code = await runDoctor(dir, flags, io);
    });

  program
    .command('init')
    .description("start next year's report from last year's: structure and prose copied, every metric value emptied")
    .argument('<dir>', 'the new report directory (must not exist, or be empty)')
    .requiredOption('--from <dir>', "last year's report directory")
    .addOption(reporterOption())
    .action(async (dir: string, flags) => {
      code = await runInit(dir, flags, io);
    });

  program
    .command('new')
    .description(say(lang, 'ui.new.description'))
    .argument('<dir>', say(lang, 'ui.new.dir-argument'))
    .option('--kind <kind>', say(lang, 'ui.new.kind-option'), 'report')
    .addHelpText('after', say(lang, 'ui.new.help-after'))
    .action(async (dir: string, flags) => {
      code = await runNew(dir, flags, io);
    });

  program
    .command('diff')
    .description('list the metrics added, removed and changed between two reports (e.g. two years)')
    .argument('[dirs...]', '<old> <new>, or with --rev one report directory (default .)')
    .option('--rev <revision>', 'compare the report with itself at a git revision (e.g. HEAD, main~1, a tag)')
    .addOption(new Option('-f, --format <name>', 'text, markdown or json (on stdout)').default('text').argParser(parseDiffFormat))
    .addOption(reporterOption())
    .addHelpText('after', '\nExamples: report diff data/wujin-2020 data/wujin-2021\n          report diff --rev HEAD~1 data/wujin-2021 --format markdown')
    .action(async (dirs: string[], flags) => {
      code = await runDiff(dirs, flags, io);
    });

  try {
    await program.parseAsync(argv as string[]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; anything else commander rejects is a usage error
      return error.exitCode === 0 ? EXIT.ok : EXIT.environment;
    }
    if (error instanceof UsageError) {
      io.stderr(`report: ${error.message}\n`);
      return EXIT.environment;
    }
    io.stderr(`report: ${(error as Error).message}\n`);
    return EXIT.environment;
  }
}

/** `--lang x` or `--lang=x` anywhere in argv: read before the program is built, since help is in that language. */
function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
