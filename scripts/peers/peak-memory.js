// Wall time and peak memory of a command and every process it starts (Chromium's
// renderers and helpers included): the proportional set sizes (PSS: each shared page
// counted once across the processes sharing it, where RSS would count Chromium's shared
// libraries once per process) of the whole process tree, summed, sampled every 20 ms
// from /proc. Linux only; the benchmark's machine is Linux.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Runs the command to its end; resolves with its wall time (ms) and the tree's peak PSS (MiB). */
export function runMeasured(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const sample = () => {
      peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr}`));
      else resolve({ ms, peakMiB: peak / 1024 });
    });
  });
}

/** KiB of `pid` (its PSS). */
function pss(pid) {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** KiB in `pid` and all its descendants. */
function treeRss(pid) {
  const children = new Map();
  const alive = new Set();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      alive.add(Number(entry));
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop();
    if (alive.has(p)) total += pss(p);
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}
