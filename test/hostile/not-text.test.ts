import { describe, expect, it } from 'vitest';
import { buildHostile, errorsOf, expectRefused } from '../helpers/hostile.js';

/** Bytes a seeded generator makes: /dev/urandom, repeatable. */
function randomBytes(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
}

/** issue 9, text files only: a section that is not text is refused with its name, never read as GB18030. */
describe('hostile input: files that are not text', () => {
  it.each([
    ['4096 random bytes', randomBytes(4096, 9)],
    ['random bytes with no NUL among them', randomBytes(4096, 9).map((b) => b || 1)],
    ['a PNG', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'), randomBytes(512, 3)])],
    ['a zip (.docx)', Buffer.concat([Buffer.from('504b030414000600', 'hex'), randomBytes(512, 5)])],
    ['a small PDF with no NUL byte', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1')],
    ['a file with a NUL byte', Buffer.from('abc\0def\n')],
  ])('refuses %s as not-text, naming the file', async (_name, bytes) => {
    const run = await buildHostile({ 'sections/09-attachment.md': bytes });
    expectRefused(run, ['sections/09-attachment.md not-text']);
  });

  it('warns when every section is empty, once, at report.yaml', async () => {
    const sections = ['00-opening', '01-leadership', '02-government-functions', '03-decision-making', '04-law-enforcement', '05-disputes', '06-publicity', '07-closing'];
    const run = await buildHostile(Object.fromEntries(sections.map((s, i) => [`sections/${s}.md`, i % 2 ? '' : ' \n\n'])));
    expect(errorsOf(run)).toEqual([]);
    const warnings = run.stderr.split('\n').filter((line) => / warning /.test(line));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/wujin-2020\/report\.yaml warning the report has no text: its 8 section files are empty .* empty-report$/);
    expect(run.code).toBe(0);
    expect((await buildHostile({ 'sections/03-decision-making.md': '\n' })).stderr).toMatch(/sections\/03-decision-making\.md warning section file is empty .* empty-section$/m);
  });
});
