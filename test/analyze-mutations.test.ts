import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { Sink } from '../src/diagnostics/diagnostic.js';
import { readProject, type ProjectFiles, type SourceFile } from '../src/load/read-project.js';
import { ROOT } from './helpers/run-cli.js';

/**
 * "Impossible to break with bad input": hundreds of damaged copies of the bundled
 * examples go through the whole analysis. None may throw, and every problem found must be
 * a well-formed diagnostic (a file, a rule id, a 1-based position when there is one).
 * The damage is random but seeded, so a failure names a case that can be replayed.
 */

/** mulberry32: small, seeded, good enough to pick edits. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK = ['{{', '}}', ':', '- ', '\n', '  ', '"', "'", '[', ']', '{', '}', '#', '|', '%', '〔', '【', '0', '-1', '1e309', '.', '行政复议.', 'null', '~', '&a', '*a', '!!binary', '\t', '<script>', '::: table', ':::chart{', '\u0000', '\uFEFF', '(', '/', '== ', '第'];

function damage(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.4) out = out.slice(0, at) + JUNK[Math.floor(next() * JUNK.length)] + out.slice(at);
    else if (kind < 0.8) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 12));
    else out = out.slice(0, at) + out.slice(at, at + 40) + out.slice(at);
  }
  return out;
}

function mutate(project: ProjectFiles, seed: number): ProjectFiles {
  const next = random(seed);
  const files: SourceFile[] = [project.manifest!, ...project.metrics, ...project.sections];
  const target = files[Math.floor(next() * files.length)]!;
  const swap = (file: SourceFile): SourceFile => (file === target ? { ...file, text: damage(file.text, next) } : file);
  return {
    ...project,
    manifest: project.manifest && swap(project.manifest),
    metrics: project.metrics.map(swap),
    sections: project.sections.map(swap),
  };
}

describe('analysis of damaged reports', () => {
  for (const example of ['wujin-2020', 'disclosure-2023', 'masthead-demo']) {
    it(`never throws on 150 damaged copies of ${example}, and reports well-formed diagnostics`, async () => {
      const sink = new Sink();
      const original = await readProject(`${ROOT}data/${example}`, sink);
      expect(sink.errorCount).toBe(0);
      let withErrors = 0;
      for (let seed = 1; seed <= 150; seed++) {
        const damaged = mutate(original, seed);
        const problems = new Sink();
        try {
          await analyze(damaged, problems);
        } catch (error) {
          throw new Error(`${example} seed ${seed} threw: ${(error as Error).stack}`);
        }
        if (problems.errorCount > 0) withErrors++;
        for (const d of problems.diagnostics) {
          expect(d.file, `seed ${seed}`).toMatch(/\S/);
          expect(d.rule, `seed ${seed}: ${d.message}`).toMatch(/^[a-z][a-z0-9-]*$/);
          expect(d.message, `seed ${seed}`).toMatch(/\S/);
          if (d.place) {
            expect(d.place.line, `seed ${seed} ${d.rule}`).toBeGreaterThanOrEqual(1);
            expect(d.place.column, `seed ${seed} ${d.rule}`).toBeGreaterThanOrEqual(1);
          }
        }
      }
      // the damage is real: most copies are caught
      expect(withErrors).toBeGreaterThan(40);
    });
  }
});
