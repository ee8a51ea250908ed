import { resolve } from 'node:path';
import { findReport } from '../load/find-report.js';

/**
 * The report a command works on: the directory named on the command line, as given (one
 * without report.yaml gets the missing-manifest error); without one, the nearest directory
 * upward from the current one that holds a report.yaml, as git finds `.git`, or the
 * current directory when none does.
 */
export async function reportDir(dirArg: string | undefined): Promise<string> {
  if (dirArg !== undefined) return resolve(dirArg);
  return (await findReport(process.cwd())) ?? process.cwd();
}
