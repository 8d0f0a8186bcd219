import { defineRule } from '../authoring.js';

/**
 * A suspected problem from the national census whose status is not
 * cleared (`censusIssueClearedStatuses`: 已补正, 已消疑) after its due
 * date: 完成时限, or `censusIssueDeadline` when that is blank. On the due
 * date itself it is not yet overdue. With neither date it is unknown.
 * High: the census's suspected problems are about the core indicators,
 * and the notice puts clearing them first (四（一）).
 */
export const censusIssueOpen = defineRule({
  id: 'national/census-issue-open',
  subject: 'censusIssue',
  category: 'data-error',
  indicator: 'census',
  severity: 'high',
  title: '普查疑似问题逾期未消疑',
  description:
    "A suspected problem from the national census whose status is not cleared (`censusIssueClearedStatuses`: 已补正, 已消疑) after its due date: 完成时限, or `censusIssueDeadline` when that is blank. On the due date itself it is not yet overdue. With neither date it is unknown. High: the census's suspected problems are about the core indicators, and the notice puts clearing them first (四（一）).",
  basis: '国家脱贫攻坚普查；陕脱贫发〔2020〕9号 四（一）',
  department: '扶贫部门',
  action: '消疑',
  conditions: {
    all: [
      {
        fact: 'status',
        operator: 'notIn',
        value: { param: 'censusIssueClearedStatuses' },
      },
      { fact: 'censusIssuePastDue', operator: 'equal', value: true },
    ],
  },
  message: {
    zh: '普查疑似问题「{issueType}」（{foundOn} 发现）状态为「{status}」，应于 {censusIssueDueDate} 前消疑，已逾期',
    en: 'Suspected census problem "{issueType}" (found {foundOn}) is "{status}"; it was due to be cleared by {censusIssueDueDate}',
  },
  deadline: { date: 'censusIssueDueDate' },
});
