#!/usr/bin/env node
// Thin shim: the program lives in dist/cli (compiled from src/cli by `npm run build`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
