import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../src/scaffold/schema-file.js';
import { manifestJsonSchema } from '../../src/validate/json-schema.js';
import { ROOT } from '../helpers/run-cli.js';

const EXAMPLES = readdirSync(join(ROOT, 'data')).filter((name) => existsSync(join(ROOT, 'data', name, 'report.yaml')));

/** The target of report.yaml's `# yaml-language-server: $schema=…` modeline, resolved as editors do: from the file's folder. */
function modelineTarget(reportYaml: string): string | undefined {
  const match = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(reportYaml, 'utf8'));
  return match ? join(dirname(reportYaml), match[1]!) : undefined;
}

describe('the JSON Schema copies every report carries', () => {
  it('ships with the package (schema/ is in package.json "files")', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
    expect(pkg.files).toContain('data');
  });

  it.each(EXAMPLES)('data/%s names a copy inside the report, which is the current schema (npm run schema)', (name) => {
    const target = modelineTarget(join(ROOT, 'data', name, 'report.yaml'));
    expect(target).toBe(join(ROOT, 'data', name, SCHEMA_FILE));
    expect(readFileSync(target!, 'utf8')).toBe(manifestJsonSchema());
  });
});
