/** Messages about report new: the skeleton of a report from nothing, finding report.yaml upward. */
export const scaffold = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
