/** Messages about figures the prose of a disclosure report writes out, checked against the table cells they restate. */
export const prose = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
