import type { RuleCases } from '@duibiao/core';
import { dataset, monitoringRow as row } from '@duibiao/plugin-sdk';

/** The clean household with the given 收支监测 rows. */
function withRows(...monitoring: ReturnType<typeof row>[]) {
  return dataset({ lists: { monitoring } });
}

const AUGUST = '2020-08-01～2020-08-31';
const SEPTEMBER = '2020-09-01～2020-09-30';

/** Cases of national/income-drop/share (30 %), on 2020-09-30. */
export const incomeDropShareCases: RuleCases = {
  valid: [
    {
      name: 'a fall from 10 000 to 7001 yuan a month, 29.99 %',
      data: withRows(
        row('2020-08-01', '2020-08-31', 10000),
        row('2020-09-01', '2020-09-30', 7001),
      ),
    },
    {
      name: 'a fall of 1000 yuan over 10 days to 1401 over 20 days, 29.95 % a day',
      data: withRows(
        row('2020-09-01', '2020-09-10', 1000),
        row('2020-09-11', '2020-09-30', 1401),
      ),
    },
    {
      name: 'the whole of September is not compared with its own second half',
      data: withRows(
        row('2020-09-01', '2020-09-30', 2000),
        row('2020-09-16', '2020-09-30', 300),
      ),
    },
    {
      name: 'one period only gives nothing to compare, and is judged',
      data: withRows(row('2020-09-01', '2020-09-30', 100)),
    },
    {
      name: 'a latest period with a blank 家庭纯收入 is unknown',
      data: withRows(
        row('2020-08-01', '2020-08-31', 10000),
        row('2020-09-01', '2020-09-30', undefined),
      ),
      unknown: [
        'monitoring.periodStart',
        'monitoring.periodEnd',
        'monitoring.netIncome',
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
      name: 'a fall from 10 000 to 7000 yuan a month, exactly 30 %, August against September per month',
      data: withRows(
        row('2020-08-01', '2020-08-31', 10000),
        row('2020-09-01', '2020-09-30', 7000),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            previousMonitoringPeriod: AUGUST,
            previousNetIncome: 10000,
            latestMonitoringPeriod: SEPTEMBER,
            latestNetIncome: 7000,
            netIncomeDropPercent: 30,
          },
        },
      ],
    },
    {
      name: '1000 yuan over 10 days then 1400 over 20 days, from 100 to 70 a day',
      data: withRows(
        row('2020-09-01', '2020-09-10', 1000),
        row('2020-09-11', '2020-09-30', 1400),
      ),
      findings: [
        {
          householdId: 'H001',
          data: {
            previousMonitoringPeriod: '2020-09-01～2020-09-10',
            latestMonitoringPeriod: '2020-09-11～2020-09-30',
            netIncomeDropPercent: 30,
          },
        },
      ],
    },
    {
      name: 'two half-month screening periods of 15 and 16 days compared as halves: 1000 to 700',
      data: withRows(
        row('2020-08-01', '2020-08-15', 1000),
        row('2020-08-16', '2020-08-31', 700),
      ),
      findings: [
        {
          householdId: 'H001',
          data: { latestNetIncome: 700, netIncomeDropPercent: 30 },
        },
      ],
    },
  ],
};
