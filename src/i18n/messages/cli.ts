/** Messages about command help, usage errors, doctor and build lines. */
export const cli = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
