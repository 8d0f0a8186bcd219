import type { ComplaintRecord, RuleCases } from '@duibiao/core';
import { complaint, dataset } from '@duibiao/plugin-sdk';

/** Household H001 with one 12317 report about it. */
const withComplaint = (overrides: Partial<ComplaintRecord>) =>
  dataset({ lists: { complaints: [complaint(overrides)] } });

/**
 * Cases of national/complaint-overdue/open. The report is accepted on
 * 2020-09-01 with 15 days: the last allowed day is 2020-09-16.
 */
export const complaintOpenOverdueCases: RuleCases = {
  valid: [
    {
      name: 'a report still open on its last allowed day',
      data: withComplaint({ closedOn: null }),
      asOf: '2020-09-16',
    },
    {
      name: 'a report closed before the reference date, however late',
      data: withComplaint({ closedOn: '2020-09-25' }),
    },
    {
      name: 'a report allowed 29 days, still open on its last allowed day 2020-09-30',
      data: withComplaint({ closedOn: null, limitDays: 29 }),
    },
    {
      name: 'an open report with a blank time limit is unknown',
      data: withComplaint({ closedOn: null, limitDays: undefined }),
      unknown: ['complaints.limitDays'],
    },
  ],
  invalid: [
    {
      name: 'a report still open the day after its last allowed day',
      data: withComplaint({ closedOn: null }),
      asOf: '2020-09-17',
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '危房改造问题 2020-09-01 受理，办结时限 15 天（至 2020-09-16），至今未办结，已超期 1 天',
          data: {
            complaintDeadline: '2020-09-16',
            complaintDaysOverdue: 1,
          },
        },
      ],
    },
    {
      name: 'a report closed on 2020-10-05 was open on 2020-09-30, 14 days late',
      data: withComplaint({ closedOn: '2020-10-05' }),
      findings: [{ householdId: 'H001', data: { complaintDaysOverdue: 14 } }],
    },
  ],
};
