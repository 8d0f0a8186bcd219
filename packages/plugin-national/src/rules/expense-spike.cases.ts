import type { RuleCases } from '@duibiao/core';
import { dataset, monitoringRow as row } from '@duibiao/plugin-sdk';

/** August's net income and September's out-of-pocket spending. */
function twoMonths(income: number, spending: number | undefined) {
  return dataset({
    lists: {
      monitoring: [
        row('2020-08-01', '2020-08-31', income),
        row('2020-09-01', '2020-09-30', 2500, { outOfPocket: spending }),
      ],
    },
  });
}

/** Cases of national/expense-spike, on 2020-09-30. */
export const expenseSpikeCases: RuleCases = {
  valid: [
    {
      name: 'spending equal to the previous month’s net income is not above it',
      data: twoMonths(3000, 3000),
    },
    {
      name: 'after a month without positive income there is no ratio and no finding',
      data: twoMonths(0, 500),
    },
    {
      name: 'a half month is not compared with the whole month holding it',
      data: dataset({
        lists: {
          monitoring: [
            row('2020-09-01', '2020-09-30', 2000),
            row('2020-09-16', '2020-09-30', 0, { outOfPocket: 1500 }),
          ],
        },
      }),
    },
    {
      name: 'a latest period with a blank 合规自付支出 is unknown',
      data: twoMonths(3000, undefined),
      unknown: [
        'monitoring.periodStart',
        'monitoring.periodEnd',
        'monitoring.netIncome',
        'monitoring.outOfPocket',
      ],
    },
    {
      name: 'without a 收支监测 file every household is unknown',
      data: dataset(),
      unknown: ['monitoring (no file)'],
    },
  ],
  invalid: [
    {
      name: 'spending of 3300 yuan after a month of 3000 net income, 110 %',
      data: twoMonths(3000, 3300),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            latestMonitoringPeriod: '2020-09-01～2020-09-30',
            latestOutOfPocket: 3300,
            previousMonitoringPeriod: '2020-08-01～2020-08-31',
            previousNetIncome: 3000,
            outOfPocketToPreviousIncomePercent: 110,
          },
        },
      ],
    },
    {
      name: 'spending one yuan above the previous month’s income: 100.03 %, not rounded to the 100 % limit',
      data: twoMonths(3000, 3001),
      findings: [
        {
          householdId: 'H001',
          data: {
            latestOutOfPocket: 3001,
            previousNetIncome: 3000,
            outOfPocketToPreviousIncomePercent: 100.03,
          },
        },
      ],
    },
    {
      name: 'a half month of 1501 yuan spending against August’s 3000, 1500 a half month: 100.1 %',
      data: dataset({
        lists: {
          monitoring: [
            row('2020-08-01', '2020-08-31', 3000),
            row('2020-09-01', '2020-09-30', 2000),
            row('2020-09-16', '2020-09-30', 0, { outOfPocket: 1501 }),
          ],
        },
      }),
      findings: [
        {
          householdId: 'H001',
          data: {
            latestMonitoringPeriod: '2020-09-16～2020-09-30',
            previousMonitoringPeriod: '2020-08-01～2020-08-31',
            outOfPocketToPreviousIncomePercent: 100.1,
          },
        },
      ],
    },
  ],
};
