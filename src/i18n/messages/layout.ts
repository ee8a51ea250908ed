/** Messages about the printed layout: headings, run-in headings, tables across pages. */
export const layout = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
