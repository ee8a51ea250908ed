/** Messages about the clerk's typing in sections: pasted tables, indents, full-width and half-width marks, typed heading numbers. */
export const typing = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
