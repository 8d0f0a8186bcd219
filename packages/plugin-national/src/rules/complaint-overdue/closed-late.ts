import { defineRule } from '../../authoring.js';

/**
 * A petition or hotline report closed after its time limit: closed on
 * 受理日期 + 办结时限（天） is in time, a day later is not. The case is
 * done, so the finding is of low severity: it records that the limit was
 * missed, for review of how cases are handled.
 */
export const complaintClosedLate = defineRule({
  id: 'national/complaint-overdue/closed-late',
  subject: 'complaint',
  category: 'policy-gap',
  indicator: 'complaint',
  severity: 'low',
  title: '信访举报超过办结时限办结',
  description:
    'A petition or hotline report closed after its time limit: closed on 受理日期 + 办结时限（天） is in time, a day later is not. The case is done, so the finding is of low severity: it records that the limit was missed, for review of how cases are handled.',
  basis:
    '《信访条例》办理时限；12317 扶贫监督举报；陕脱贫发〔2020〕9号 二、三（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'complaintOpen', operator: 'equal', value: false },
      { fact: 'complaintDaysOverdue', operator: 'greaterThan', value: 0 },
    ],
  },
  message: {
    zh: '{topic}问题 {receivedOn} 受理，办结时限 {limitDays} 天（至 {complaintDeadline}），{closedOn} 办结，超期 {complaintDaysOverdue} 天',
    en: 'Case about {topic} accepted {receivedOn} with {limitDays} days to close (by {complaintDeadline}) was closed {closedOn}, {complaintDaysOverdue} days late',
  },
  deadline: { date: 'complaintDeadline' },
});
