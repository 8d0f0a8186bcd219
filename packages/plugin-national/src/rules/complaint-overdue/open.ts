import { defineRule } from '../../authoring.js';

/**
 * A petition or hotline report still open on the reference date after its
 * time limit: 受理日期 + 办结时限（天） is the last allowed day, so a case
 * open on that day is not yet overdue and one open the day after is.
 */
export const complaintOpenOverdue = defineRule({
  id: 'national/complaint-overdue/open',
  subject: 'complaint',
  category: 'policy-gap',
  indicator: 'complaint',
  severity: 'medium',
  title: '信访举报超过办结时限未办结',
  description:
    'A petition or hotline report still open on the reference date after its time limit: 受理日期 + 办结时限（天） is the last allowed day, so a case open on that day is not yet overdue and one open the day after is.',
  basis:
    '《信访条例》办理时限；12317 扶贫监督举报；陕脱贫发〔2020〕9号 二、三（四）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      { fact: 'complaintOpen', operator: 'equal', value: true },
      { fact: 'complaintDaysOverdue', operator: 'greaterThan', value: 0 },
    ],
  },
  message: {
    zh: '{topic}问题 {receivedOn} 受理，办结时限 {limitDays} 天（至 {complaintDeadline}），至今未办结，已超期 {complaintDaysOverdue} 天',
    en: 'Case about {topic} accepted {receivedOn} with {limitDays} days to close (by {complaintDeadline}) is still open, {complaintDaysOverdue} days late',
  },
  deadline: { date: 'complaintDeadline' },
});
