import type { Manifest } from '../validate/manifest-schema.js';
import { fontVariablesCss } from '../fonts/fonts.js';

/**
 * The part of the print stylesheet that depends on the report: font stacks per role and
 * the readings of the standard that are options (reference §F): mirrored margins, bold
 * level-3 headings, the page number's one-character indent.
 */
export function printSettingsCss(manifest: Manifest): string {
  const layout = manifest.layout;
  const rules = [fontVariablesCss(manifest)];
  rules.push(`:root { --page-number-indent: ${layout['page-number-indent']}; }`);
  if (layout['mirror-margins']) rules.push('@page :left { margin-left: 26mm; margin-right: 28mm; }');
  if (layout['heading3-bold']) rules.push('.document h4 { font-weight: bold; }');
  return rules.join('\n');
}
