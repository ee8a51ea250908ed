/** Messages about YAML syntax and keys. */
export const yaml = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
