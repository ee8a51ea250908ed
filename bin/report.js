#!/usr/bin/env node
// Thin shim: the program lives in dist/cli (compiled from src/cli by `npm run build`).
import { endQuietlyOnClosedPipes } from '../dist/cli/io.js';
import { main } from '../dist/cli/main.js';

endQuietlyOnClosedPipes();
process.exitCode = await main(process.argv);
