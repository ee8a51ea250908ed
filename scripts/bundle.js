#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/: one minified
// file for the start-up path and one chunk per lazily imported part (a command, the
// chart drawer, the PDF side). Node then opens a few dozen files at start instead of
// some seven hundred, and compiles a third less code: `report check` measured about
// 40 % faster. puppeteer-core and @puppeteer/browsers stay outside, as dependencies. Every chunk
// sits in dist/bundle/, two levels below the package root, as the tsc output does, so
// the paths code builds from import.meta.url (templates/, package.json) stay right.
// dist/bundle-meta.json records which sources each chunk holds (test/cli/cold-start.test.ts).
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// chunk names carry a hash: clear the last build's, or they pile up in the package
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/main.js'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  chunkNames: '[name]-[hash]',
  // the browser side stays a dependency: puppeteer finds its own files at run time, and
  // @puppeteer/browsers would bring its downloader (yargs, tar, unzip) into the bundle
  external: ['puppeteer-core', '@puppeteer/browsers'],
  // CommonJS packages in the bundle (commander) call require for Node's own modules
  banner: { js: "import{createRequire as __report_require}from'node:module';const require=__report_require(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(new URL('../dist/bundle-meta.json', import.meta.url), JSON.stringify(result.metafile));
