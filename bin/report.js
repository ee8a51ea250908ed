#!/usr/bin/env node
// Thin shim: the program lives in dist/bundle (src/cli compiled by tsc, then bundled by
// scripts/bundle.js; `npm run build` does both).
import { endQuietlyOnClosedPipes, endQuietlyOnUncaughtErrors, exitWhenFlushed, handleInterrupts, main } from '../dist/bundle/main.js';

endQuietlyOnClosedPipes();
endQuietlyOnUncaughtErrors();
handleInterrupts();
exitWhenFlushed(await main(process.argv));
