/** Messages about sections: Markdown, references, directives, tables and charts, the clerk's typing. */
export const markdown = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
