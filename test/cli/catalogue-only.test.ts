import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/**
 * No user-facing English in the code of the CLI and of the files whose lines it prints:
 * every word the clerk reads comes from the catalogue (src/i18n/messages), in both
 * languages. A literal with English words where the CLI prints, throws a usage error or
 * describes a command fails here, with its file and line.
 */
const FILES = [
  ...readdirSync(join(ROOT, 'src/cli')).map((name) => `src/cli/${name}`),
  'src/browser/find-browser.ts',
  'src/fonts/font-report.ts',
  ...readdirSync(join(ROOT, 'src/diff'))
    .filter((name) => name.startsWith('format-diff-'))
    .map((name) => `src/diff/${name}`),
].filter((path) => path.endsWith('.ts'));

/** Where text reaches the user, and which argument of each is text (the others are flags, names, values). */
const SINKS: Record<string, number[]> = {
  stdout: [0],
  stderr: [0],
  write: [0],
  UsageError: [0],
  description: [0],
  summary: [0],
  addHelpText: [1],
  option: [1],
  requiredOption: [1],
  argument: [1],
  helpOption: [1],
  helpCommand: [1],
  version: [2],
  default: [1],
  Option: [1],
  Argument: [1],
};

/** A word of two letters or more; `report`, the program's name, is no English to translate. */
const WORD = /[A-Za-z]{2,}/g;
const ALLOWED_WORDS = new Set(['report']);
/** English prose: two words in a row. */
const PROSE = /[A-Za-z]{2,}[,;']?\s+[A-Za-z]{2,}/;

/**
 * Literals that are not interface text: the markup of the font probe page, CSS selectors, the error
 * font-report throws when Chromium fails mid-query (a machine's error, printed after
 * `运行出错` by main), and the programmer's error of a command without a description.
 */
const NOT_INTERFACE_TEXT = [/^<\/?[a-z]+( class="[a-z -]+")?>$/, /^\.[a-z-]+ [.a-z]/, /^failed to read the fonts Chromium used /, /^the catalogue has no ui\.help\.$/, /^\(the description of$/, /^[\w ]+\.app\/Contents\/MacOS\/[\w ]+$/];

interface Finding {
  where: string;
  text: string;
}

function nameOf(node: ts.Expression): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/** The literal text in an expression, not looking into calls (their results come from elsewhere: say(), text(), a formatter). */
function literals(node: ts.Node, out: ts.Node[] = []): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node);
  else if (!ts.isCallExpression(node)) ts.forEachChild(node, (child) => void literals(child, out));
  return out;
}

function textOf(node: ts.Node): string {
  return (node as ts.LiteralLikeNode).text;
}

function scan(path: string, code = readFileSync(join(ROOT, path), 'utf8')): { sinks: Finding[]; prose: Finding[] } {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true);
  const where = (node: ts.Node) => `${path}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const sinks: Finding[] = [];
  const prose: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    // patterns that read commander's English back are not text shown
    if (ts.isNewExpression(node) && nameOf(node.expression) === 'RegExp') return;
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      const name = nameOf(node.expression);
      for (const index of (name && SINKS[name]) || []) {
        const argument = node.arguments[index];
        if (!argument) continue;
        for (const literal of literals(argument)) {
          const words = (textOf(literal).match(WORD) ?? []).filter((word) => !ALLOWED_WORDS.has(word));
          if (words.length > 0) sinks.push({ where: where(literal), text: textOf(literal) });
        }
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const value = textOf(node);
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      if (!isKey && PROSE.test(value) && !NOT_INTERFACE_TEXT.some((pattern) => pattern.test(value.trim()))) prose.push({ where: where(node), text: value });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { sinks, prose };
}

describe('the CLI speaks only from the catalogue', () => {
  it('scans the files it should', () => {
    expect(FILES).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/cli/doctor.ts', 'src/fonts/font-report.ts', 'src/diff/format-diff-text.ts', 'src/diff/format-diff-markdown.ts']));
  });

  it.each(FILES)('%s passes no English literal to stdout, stderr, a usage error or a help text', (path) => {
    expect(scan(path).sinks).toEqual([]);
  });

  it.each(FILES)('%s holds no English prose outside the catalogue', (path) => {
    expect(scan(path).prose).toEqual([]);
  });

  it('would catch an English line printed, thrown or described', () => {
    const code = [
      'io.stderr(`wrote ${names} in ${seconds} s\\n`);',
      "throw new UsageError({ en: 'no browser', zh: '无' });",
      "program.command('x').description('do it').option('--y', say(lang, 'ui.help.y'));",
    ].join('\n');
    const found = scan('src/cli/probe.ts', code);
    expect(found.sinks.map((f) => f.text.trim())).toEqual(['wrote', 'in', 'no browser', 'do it']);
    expect(found.prose.map((f) => f.text.trim())).toEqual(['no browser', 'do it']);
  });
});
