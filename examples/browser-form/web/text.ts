/**
 * The form's own words, in one place; the fields' names come from the
 * core's table definitions and the findings' from the rules.
 */
export const TEXT = {
  start: '填写后即时检查',
  checking: '正在检查…',
  fixFields: '请先更正标出的字段，再检查',
  required: '必填',
  needAsOf: '请填写参考日期，再检查',
  noFindings: '未发现问题',
  findings: (count: number) => `发现 ${count} 个问题`,
  unknownRules: (count: number) => `另有 ${count} 条规则因未填写的内容未能判断`,
  failed: (reason: string) => `检查未能完成：${reason}`,
  member: (index: number) => `第 ${index} 位成员`,
  removeMember: '删除',
  suggestion: (action: string) => `建议${action}`,
} as const;
