#!/usr/bin/env node
// Thin shim: the program lives in dist/bundle (src/cli compiled by tsc, then bundled by
// scripts/bundle.js; `npm run build` does both).
import { readFileSync, writeSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // `report --version` alone is a CI's first step: answer from package.json, load nothing else
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  try {
    writeSync(1, `${version}\n`);
  } catch {
    // stdout closed or a pipe's reader gone (`report --version | head -c0`): nothing to say it to
  }
} else {
  const { endQuietlyOnClosedPipes, endQuietlyOnUncaughtErrors, exitWhenFlushed, handleInterrupts, main } = await import('../dist/bundle/main.js');
  endQuietlyOnClosedPipes();
  endQuietlyOnUncaughtErrors();
  handleInterrupts();
  exitWhenFlushed(await main(process.argv));
}
