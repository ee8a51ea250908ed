/** Messages about metric files, formulas, checks and formats. */
export const metrics = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
