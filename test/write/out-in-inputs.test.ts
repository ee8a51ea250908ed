import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectFiles } from '../../src/load/read-project.js';
import { outInInputs } from '../../src/write/out-in-inputs.js';

function project(): ProjectFiles {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'report-out-')));
  const dir = join(root, 'r');
  mkdirSync(join(dir, 'sections'), { recursive: true });
  mkdirSync(join(root, 'last'), { recursive: true });
  return {
    dir,
    manifest: { path: 'report.yaml', text: '' },
    metrics: [{ path: 'metrics/a.yaml', text: '' }],
    sections: [{ path: 'sections/01.md', text: '' }],
    previous: { path: '../last', dir: join(root, 'last'), metrics: [], sections: [] },
  };
}

describe('outInInputs', () => {
  it('names the input an output directory would write into', async () => {
    const p = project();
    expect(await outInInputs(p.dir, p)).toBe(p.dir);
    expect(await outInInputs(join(p.dir, 'sections'), p)).toBe(join(p.dir, 'sections'));
    expect(await outInInputs(join(p.dir, 'metrics', 'new', 'deeper'), p)).toBe(join(p.dir, 'metrics'));
    expect(await outInInputs(join(p.dir, '.report'), p)).toBe(join(p.dir, '.report'));
    expect(await outInInputs(join(p.dir, 'report.yaml'), p)).toBe(join(p.dir, 'report.yaml'));
    expect(await outInInputs(join(p.dir, 'sections', '..', '.'), p)).toBe(p.dir);
    expect(await outInInputs(p.previous!.dir, p)).toBe(p.previous!.dir);
  });

  it('follows links, of the output directory or of a folder above it', async () => {
    const p = project();
    symlinkSync(join(p.dir, 'sections'), join(p.dir, 'out'));
    expect(await outInInputs(join(p.dir, 'out'), p)).toBe(join(p.dir, 'sections'));
    expect(await outInInputs(join(p.dir, 'out', 'not-yet'), p)).toBe(join(p.dir, 'sections'));
  });

  it('lets dist/, a folder beside the report and a folder above it through', async () => {
    const p = project();
    expect(await outInInputs(join(p.dir, 'dist'), p)).toBeUndefined();
    expect(await outInInputs(join(p.dir, '..', 'out'), p)).toBeUndefined();
    expect(await outInInputs(join(p.dir, '..'), p)).toBeUndefined();
    expect(await outInInputs(join(p.dir, '..sections'), p)).toBeUndefined();
  });
});
