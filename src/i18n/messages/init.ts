/** Messages about report init and report new. */
export const init = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
