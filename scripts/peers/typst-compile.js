// One cold Typst compile, as a user would run it: a fresh node process that loads the
// compiler, reads the fonts and writes the PDF. Usage: node typst-compile.js <in.typ> <out.pdf> <font files...>
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [input, output, ...fontPaths] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths }] });
writeFileSync(output, compiler.pdf({ mainFileContent: readFileSync(input, 'utf8') }));
