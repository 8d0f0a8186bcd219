import type { ComplaintRecord, RuleCases } from '@duibiao/core';
import { complaint, dataset } from '@duibiao/plugin-sdk';

/** Household H001 with one 12317 report about it. */
const withComplaint = (overrides: Partial<ComplaintRecord>) =>
  dataset({ lists: { complaints: [complaint(overrides)] } });

/**
 * Cases of national/complaint-overdue/closed-late. The report is accepted
 * on 2020-09-01 with 15 days: the last allowed day is 2020-09-16.
 */
export const complaintClosedLateCases: RuleCases = {
  valid: [
    {
      name: 'a report closed on its last allowed day',
      data: withComplaint({ closedOn: '2020-09-16' }),
    },
    {
      name: 'a report still open is left to the open rule',
      data: withComplaint({ closedOn: null }),
    },
    {
      name: 'a report closed some day of September is unknown: 15 days early to 14 late',
      data: withComplaint({ closedOn: '2020-09' }),
      asOf: '2020-10-15',
      unknown: [
        'complaints.closedOn',
        'complaints.limitDays',
        'complaints.receivedOn',
      ],
    },
    {
      name: 'a closed report with a blank time limit is unknown',
      data: withComplaint({ limitDays: undefined }),
      unknown: ['complaints.limitDays'],
    },
  ],
  invalid: [
    {
      name: 'a report closed the day after its last allowed day',
      data: withComplaint({ closedOn: '2020-09-17' }),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '危房改造问题 2020-09-01 受理，办结时限 15 天（至 2020-09-16），2020-09-17 办结，超期 1 天',
          data: { complaintDeadline: '2020-09-16', complaintDaysOverdue: 1 },
        },
      ],
    },
    {
      name: 'a report closed on 2020-09-25, 9 days late',
      data: withComplaint({ closedOn: '2020-09-25' }),
      findings: [
        {
          householdId: 'H001',
          data: { closedOn: '2020-09-25', complaintDaysOverdue: 9 },
        },
      ],
    },
  ],
};
