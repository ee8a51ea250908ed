// `node --import ./test/helpers/module-log.mjs …` appends the URL of every module the
// program loads to the file named by MODULE_LOG: how the cold-start tests see what a
// command pays for without a profiler.
import { register } from 'node:module';

register('./module-log-hooks.mjs', import.meta.url, { data: { log: process.env.MODULE_LOG } });
