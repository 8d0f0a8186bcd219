import type { CensusIssueRecord, RuleCases } from '@duibiao/core';
import { censusIssue, dataset } from '@duibiao/plugin-sdk';

/** The clean household H001 with the census issues given. */
function withIssues(...censusIssues: CensusIssueRecord[]) {
  return dataset({ lists: { censusIssues } });
}

/** An issue found 2020-07-20, due 2020-08-31, still 待核实. */
const open = (overrides: Partial<CensusIssueRecord> = {}) =>
  censusIssue({ status: '待核实', ...overrides });

/** Cases of national/census-issue-open, on 2020-09-30 unless given. */
export const censusIssueOpenCases: RuleCases = {
  valid: [
    {
      name: 'an issue not cleared is not yet overdue on its deadline itself',
      data: withIssues(open()),
      asOf: '2020-08-31',
    },
    {
      name: 'issues 已消疑 and 已补正 after their deadline are cleared',
      data: withIssues(
        censusIssue({ issueId: 'I1', status: '已消疑' }),
        censusIssue({ issueId: 'I2', status: '已补正' }),
      ),
    },
    {
      name: 'a month-only deadline (2020-08) runs to the month’s last day',
      data: withIssues(open({ deadline: '2020-08' })),
      asOf: '2020-08-31',
    },
    {
      name: 'an issue with a blank deadline is unknown, as national rules set no default date',
      data: withIssues(open({ deadline: null })),
      unknown: ['censusIssues.deadline'],
    },
    {
      name: 'an issue past its deadline with a blank status is unknown',
      data: withIssues(open({ status: undefined })),
      unknown: ['censusIssues.status'],
    },
  ],
  invalid: [
    {
      name: 'an issue 待核实 on the day after its deadline',
      data: withIssues(open()),
      asOf: '2020-09-01',
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '普查疑似问题「收入核算疑似偏高」（2020-07-20 发现）状态为「待核实」，应于 2020-08-31 前消疑，已逾期',
          data: {
            issueType: '收入核算疑似偏高',
            foundOn: '2020-07-20',
            status: '待核实',
            censusIssueDueDate: '2020-08-31',
          },
        },
      ],
    },
    {
      name: '已核实 is not cleared: of three issues past due only it is reported',
      data: withIssues(
        censusIssue({ issueId: 'I1', status: '已消疑' }),
        censusIssue({ issueId: 'I2', status: '已补正' }),
        censusIssue({ issueId: 'I3', status: '已核实' }),
      ),
      findings: [{ householdId: 'H001', data: { status: '已核实' } }],
    },
    {
      name: 'a month-only deadline (2020-08) is past on 2020-09-01',
      data: withIssues(open({ deadline: '2020-08' })),
      asOf: '2020-09-01',
      findings: [
        {
          householdId: 'H001',
          data: { censusIssueDueDate: '2020-08-31' },
        },
      ],
    },
  ],
};
