import type { MonitoringRecord, RuleCases } from '@duibiao/core';
import { dataset, monitoringRow } from '@duibiao/plugin-sdk';

/** The clean household H001 with the 收支监测 rows given. */
function withRows(...monitoring: MonitoringRecord[]) {
  return dataset({ lists: { monitoring } });
}

/** A row from the first to the second date, 300 yuan of net income. */
const row = (
  start: string,
  end: string,
  overrides: Partial<MonitoringRecord> = {},
) => monitoringRow(start, end, 300, overrides);

/** Cases of national/monitoring-period-invalid, on 2020-09-30. */
export const monitoringPeriodInvalidCases: RuleCases = {
  valid: [
    {
      name: 'a month and a one-day period, both in order',
      data: withRows(
        row('2020-08-01', '2020-08-31'),
        row('2020-09-16', '2020-09-16'),
      ),
    },
    {
      name: 'month-only dates that can be in order: 2020-09 to 2020-09-15, 2020-09-16 to 2020-09, 2020-09 to 2020-09',
      data: withRows(
        row('2020-09', '2020-09-15'),
        row('2020-09-16', '2020-09'),
        row('2020-09', '2020-09'),
      ),
    },
    {
      name: 'a backwards row starting after the reference date, and another household’s, are left out',
      data: withRows(
        row('2020-10-05', '2020-10-01'),
        row('2020-09-30', '2020-09-16', { householdId: 'H002' }),
      ),
    },
    {
      name: 'a row with a blank 统计结束 may run backwards: unknown, not passed',
      data: withRows(
        row('2020-08-01', '2020-08-31'),
        row('2020-09-16', '', { periodEnd: undefined }),
      ),
      // The blank cell is not told apart from the fact's other input.
      unknown: ['monitoring.periodEnd', 'monitoring.periodStart'],
    },
    {
      name: 'without a 收支监测 table the household is unknown',
      data: dataset(),
      unknown: ['monitoring (no file)'],
    },
  ],
  invalid: [
    {
      name: 'a row ending the day before it starts, beside a period in order',
      data: withRows(
        row('2020-08-01', '2020-08-31'),
        row('2020-09-16', '2020-09-15'),
      ),
      findings: [
        {
          householdId: 'H001',
          memberId: null,
          message:
            '收支监测有 1 行统计结束早于统计开始（统计开始～统计结束：2020-09-16～2020-09-15），未参与收入、支出比较',
          data: {
            backwardsMonitoringPeriodCount: 1,
            backwardsMonitoringPeriods: '2020-09-16～2020-09-15',
          },
        },
      ],
    },
    {
      name: 'two backwards rows, one of month-only dates, are named once for the household',
      data: withRows(
        row('2020-09-30', '2020-09-16'),
        row('2020-09', '2020-08'),
      ),
      findings: [
        {
          householdId: 'H001',
          data: {
            backwardsMonitoringPeriodCount: 2,
            backwardsMonitoringPeriods:
              '2020-09-30～2020-09-16、2020-09～2020-08',
          },
        },
      ],
    },
    {
      name: 'a row known to run backwards is reported though another row has a blank date, the count given as a range',
      data: withRows(
        row('2020-09-16', '2020-09-15'),
        row('2020-08-01', '', { periodEnd: undefined }),
      ),
      findings: [
        {
          householdId: 'H001',
          message:
            '收支监测有 1–2 行统计结束早于统计开始（统计开始～统计结束：2020-09-16～2020-09-15），未参与收入、支出比较',
        },
      ],
    },
  ],
};
