import { resolveLang, type Lang } from '../i18n/lang.js';
import { text } from '../i18n/message.js';
import { EXIT } from './io.js';
import { langArgument } from './lang-argument.js';

/**
 * What the user reads when the tool itself fails (not the report, not the way it was
 * called): the reason in one line and what to do, never a stack trace. The stack, with
 * every `cause`, is printed only when REPORT_DEBUG is set, for whoever debugs the tool.
 */
export function describeInternalError(error: unknown, lang: Lang, env: NodeJS.ProcessEnv): string {
  const reason = firstLine(error instanceof Error ? error.message : String(error));
  const lines = [`report: ${text('ui.cli.unexpected', { reason })[lang]}`, `report: ${text('ui.safety.internal-hint', {})[lang]}`];
  if (env.REPORT_DEBUG) lines.push(stackOf(error, lang));
  return `${lines.join('\n')}\n`;
}

/**
 * Anything thrown outside the command's own handling (an error event nobody awaited, a
 * rejected promise left behind) ends the process the same way: one line, the hint, exit 2.
 */
export function endQuietlyOnUncaughtErrors(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  const end = (error: unknown) => {
    try {
      process.stderr.write(describeInternalError(error, resolveLang(langArgument(argv), env) ?? 'en', env));
    } catch {
      // stderr itself is gone: the exit code is all that is left to say it
    }
    process.exit(EXIT.environment);
  };
  process.on('uncaughtException', end);
  process.on('unhandledRejection', end);
}

/** A message may hold a whole report from a foreign library: its first line says what failed. */
function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return line.trim();
}

function stackOf(error: unknown, lang: Lang): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? String(current)) : String(current));
    current = current instanceof Error ? current.cause : undefined;
    if (current !== undefined) parts.push(text('ui.safety.caused-by', {})[lang]);
  }
  return parts.join('\n');
}
