/** Messages about the 政府信息公开工作年度报告 tables and their checks. */
export const disclosure = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
