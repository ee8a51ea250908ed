import { Command, CommanderError, Option } from 'commander';
import { runBuild } from './build.js';
import { runCheck } from './check.js';
import { EXIT, processIo, UsageError, type Io } from './io.js';
import { parseReporter } from './print-diagnostics.js';

const reporterOption = () => new Option('--reporter <name>', 'diagnostics as text (stderr) or json (stdout)').default('text').argParser(parseReporter);

/** The program: a few lines of configuration over the commands; returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('report')
    .description('Compile a government report (Markdown sections + YAML metrics) into a portal HTML page and a GB/T 9704 公文 PDF.')
    .version('0.1.0')
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
    .argument('[dir]', 'report directory (holds report.yaml)', '.')
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
    .argument('[dir]', 'report directory (holds report.yaml)', '.')
    .option('--strict', 'treat warnings as errors')
    .addOption(reporterOption())
    .action(async (dir: string, flags) => {
      code = await runCheck(dir, flags, io);
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
