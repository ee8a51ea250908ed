import type { Lang } from '../i18n/lang.js';
import type { Diagnostic } from './diagnostic.js';
import { messageIn } from './format-text.js';


/**
 * SARIF 2.1.0 (`--reporter sarif`), the format code-scanning services read: one result per
 * diagnostic, located by a path relative to the working directory (the repository root in
 * CI) and a region whose columns count UTF-16 code units, as ours do.
 */
export function formatReportSarif(diagnostics: readonly Diagnostic[], base: string, version: string, lang: Lang = 'en'): string {
  const rules = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report',
            version,
            // the README's rule table explains each id; the package has no web address to link it
            rules: rules.map((id) => ({ id })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ruleIndex: rules.indexOf(d.rule),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: messageIn(d, lang) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(`${base}${d.file}`) },
                ...(d.place ? { region: { startLine: d.place.line, startColumn: d.place.column } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded (Chinese names included). */
function toUri(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
