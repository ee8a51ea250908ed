/** Messages about report.yaml: fields, 文件编号, 索引号, dates. */
export const manifest = {
  // entries: 'rule-id' or 'rule-id/variant' for diagnostics, 'ui.…' for interface text
};
