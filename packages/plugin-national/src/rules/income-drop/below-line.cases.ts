import type { RuleCases } from '@duibiao/core';
import { dataset, family, monitoringRow as row } from '@duibiao/plugin-sdk';

// The clean household has four members and the monitoring line is 6000
// yuan a person a year: 2000 a month for the household is on the line.

/** The clean household's net income in August and in September. */
function months(august: number, september: number) {
  return dataset({
    lists: {
      monitoring: [
        row('2020-08-01', '2020-08-31', august),
        row('2020-09-01', '2020-09-30', september),
      ],
    },
  });
}

/** Cases of national/income-drop/below-line, on 2020-09-30. */
export const incomeBelowMonitoringLineCases: RuleCases = {
  valid: [
    {
      name: 'a fall from 3000 to 2000 yuan a month, 6000 a person a year: on the line, not under it',
      data: months(3000, 2000),
    },
    {
      name: 'a fall from 1999 to 1000 yuan a month: the previous period was already under the line',
      data: months(1999, 1000),
    },
    {
      name: 'a rise from 1000 to 1999 yuan a month stays under the line',
      data: months(1000, 1999),
    },
    {
      name: 'without a 收支监测 file every household is unknown',
      data: dataset(),
      unknown: ['monitoring (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a fall from 2000 to 1999 yuan a month for four: 6000 to 5997 a person a year',
      data: months(2000, 1999),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          data: {
            previousAnnualPerCapitaIncome: 6000,
            latestAnnualPerCapitaIncome: 5997,
            monitoringLine: 6000,
            previousMonitoringPeriod: '2020-08-01～2020-08-31',
            latestMonitoringPeriod: '2020-09-01～2020-09-30',
          },
        },
      ],
    },
    {
      name: 'a household of three: 1500 to 1499 yuan a month is 6000 to 5996 a person a year',
      data: dataset({
        members: family().slice(0, 3),
        lists: {
          monitoring: [
            row('2020-08-01', '2020-08-31', 1500),
            row('2020-09-01', '2020-09-30', 1499),
          ],
        },
      }),
      findings: [
        {
          householdId: 'H001',
          data: {
            previousAnnualPerCapitaIncome: 6000,
            latestAnnualPerCapitaIncome: 5996,
          },
        },
      ],
    },
    {
      name: 'a period of 61 days is annualised by its days: 1000 × 365 / 61 / 4 is 1495.9',
      asOf: '2020-10-04',
      data: dataset({
        lists: {
          monitoring: [
            row('2020-07-01', '2020-07-31', 2000),
            row('2020-08-05', '2020-10-04', 1000),
          ],
        },
      }),
      findings: [
        {
          householdId: 'H001',
          data: {
            previousAnnualPerCapitaIncome: 6000,
            latestAnnualPerCapitaIncome: 1495.9,
          },
        },
      ],
    },
  ],
};
