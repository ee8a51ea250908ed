import { execFile } from 'node:child_process';
import { relative, resolve } from 'node:path';
import type { FoundBrowser } from '../browser/find-browser.js';
import { Sink } from '../diagnostics/diagnostic.js';
import type { Lang } from '../i18n/lang.js';
import { say, text } from '../i18n/message.js';
import { findReport } from '../load/find-report.js';
import { MANIFEST, readProject } from '../load/read-project.js';
import { readTemplates } from '../load/read-templates.js';
import { fontProblems, formatFontReport, probeFonts, type FontOverrides, type FontReport } from '../fonts/font-report.js';
import { validateManifest } from '../validate/manifest.js';
import { EXIT, langOf, type Io } from './io.js';
import { locateBrowser } from './locate-browser.js';
import { printDiagnostics } from './print-diagnostics.js';

export interface DoctorFlags {
  browser?: string;
}

const BUILT_IN: FontOverrides = { body: [], title: [], heading1: [], heading2: [], 'page-number': [] };

const ORIGIN: { [O in FoundBrowser['origin']]: `ui.cli.doctor.origin.${O}` } = {
  flag: 'ui.cli.doctor.origin.flag',
  env: 'ui.cli.doctor.origin.env',
  puppeteer: 'ui.cli.doctor.origin.puppeteer',
  system: 'ui.cli.doctor.origin.system',
};

/**
 * `report doctor [dir]`: the browser a build would print with, and the face each font
 * role resolves to on this machine, under the `fonts:` of [dir] (without [dir], of the
 * report around the current directory, if any). Exit 0 when a browser works, 2 when
 * there is none or it does not start, 1 when that report.yaml has errors.
 */
export async function runDoctor(dirArg: string | undefined, flags: DoctorFlags, io: Io): Promise<number> {
  const lang = langOf(io);
  const { found, start } = await locateBrowser(flags.browser, io);
  const version = (await output(found.path, ['--version']))?.trim().split('\n')[0];
  io.stdout(`${say(lang, 'ui.cli.doctor.browser', { path: found.path, origin: text(ORIGIN[found.origin]) })}\n`);
  io.stdout(`${version ? say(lang, 'ui.cli.doctor.version', { version }) : say(lang, 'ui.cli.doctor.version-unknown')}\n`);

  let overrides = BUILT_IN;
  // without [dir], the report around the current directory, if there is one
  const dir = dirArg !== undefined ? resolve(dirArg) : await findReport(process.cwd());
  const shown = dirArg ?? (dir === undefined ? undefined : relative(process.cwd(), dir) || '.');
  if (dir !== undefined) {
    const fonts = await readFontOverrides(dir, io);
    if (!fonts) return EXIT.input;
    overrides = fonts;
  }
  const browser = await start();
  let report: FontReport;
  try {
    report = await probeFonts(browser, overrides, (await readTemplates()).printCss);
  } finally {
    await browser.close().catch(() => undefined);
  }
  const heading = shown !== undefined ? say(lang, 'ui.cli.doctor.fonts-of-report', { dir: shown }) : say(lang, 'ui.cli.doctor.fonts-built-in');
  io.stdout(`${heading}\n${formatFontReport(report, lang).join('\n')}\n`);
  const problems = fontProblems(report);
  if (problems.length > 0) io.stdout(`${say(lang, 'ui.cli.doctor.warnings')}\n${problems.map((p) => `  ${p.message[lang]} ${p.message.rule}`).join('\n')}\n`);
  io.stdout(`${await type3Risks(report, lang)}\n`);
  return EXIT.ok;
}

/** The report's `fonts:`, or undefined after printing why report.yaml cannot give them. */
async function readFontOverrides(dir: string, io: Io): Promise<FontOverrides | undefined> {
  const all = new Sink();
  const project = await readProject(dir, all);
  // Only report.yaml matters here: a report without sections still has fonts.
  const sink = new Sink();
  sink.diagnostics.push(...all.diagnostics.filter((d) => d.file === MANIFEST));
  const manifest = project.manifest ? validateManifest(project.manifest, sink) : undefined;
  if (sink.diagnostics.length > 0) printDiagnostics(sink, dir, { reporter: 'text' }, io);
  return manifest && !sink.failed() ? manifest.fonts : undefined;
}

/**
 * Faces in use whose files are OpenType/CFF: Chromium's PDF backend draws those as Type 3
 * glyphs, whose text extracts wrongly (docs: chromium-pdf-notes). fontconfig tells the
 * outline format; without fc-list the risk is unknown.
 */
async function type3Risks(report: FontReport, lang: Lang): Promise<string> {
  const listing = await output('fc-list', ['--format', '%{family}|%{fontformat}\\n']);
  if (listing === undefined) return say(lang, 'ui.cli.doctor.type3-unknown');
  const formats = parseFcList(listing);
  const faces = [...new Set(report.roles.flatMap((role) => role.used.map((face) => face.family)))];
  const cff = faces.filter((face) => formats.get(face.toLowerCase())?.has('CFF'));
  if (cff.length === 0) return say(lang, 'ui.cli.doctor.type3-none');
  return say(lang, 'ui.cli.doctor.type3-risk', { faces: cff });
}

/** `fc-list --format '%{family}|%{fontformat}\n'` as lower-cased family name → formats (a face has several names). */
export function parseFcList(text: string): Map<string, Set<string>> {
  const formats = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    const bar = line.lastIndexOf('|');
    if (bar < 0) continue;
    const format = line.slice(bar + 1).trim();
    for (const name of line.slice(0, bar).split(',')) {
      const key = name.trim().toLowerCase();
      if (!key) continue;
      const set = formats.get(key) ?? new Set<string>();
      set.add(format);
      formats.set(key, set);
    }
  }
  return formats;
}

/** A program's standard output, or undefined when it cannot be run or fails. */
function output(file: string, args: string[]): Promise<string | undefined> {
  return new Promise((done) => {
    execFile(file, args, { timeout: 15_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => done(error ? undefined : stdout));
  });
}
