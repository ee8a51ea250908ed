/** Messages about the font report of PDF builds. */
export const fonts = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
