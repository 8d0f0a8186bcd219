import { defineRule } from '../authoring.js';

/**
 * A household with a 收支监测 row whose 统计结束 is before its 统计开始
 * (a month-only 统计开始 read as its first day, a month-only 统计结束 as
 * its last). Such a row is no period: the income and spending rules leave
 * it out and compare the household's other periods, so it is reported
 * here for its dates to be corrected. Rows starting after the reference
 * date are left out, as everywhere.
 */
export const monitoringPeriodInvalid = defineRule({
  id: 'national/monitoring-period-invalid',
  subject: 'household',
  category: 'data-error',
  indicator: 'monitoring',
  severity: 'low',
  title: '收支监测统计结束早于统计开始',
  description:
    "A household with a 收支监测 row whose 统计结束 is before its 统计开始 (a month-only 统计开始 read as its first day, a month-only 统计结束 as its last). Such a row is no period: the income and spending rules leave it out and compare the household's other periods, so it is reported here for its dates to be corrected. Rows starting after the reference date are left out, as everywhere.",
  basis: '陕脱贫发〔2020〕9号 三（三）、四（四）',
  department: '扶贫部门',
  action: '补正',
  conditions: {
    all: [
      {
        fact: 'backwardsMonitoringPeriodCount',
        operator: 'greaterThan',
        value: 0,
      },
    ],
  },
  message: {
    zh: '收支监测有 {backwardsMonitoringPeriodCount} 行统计结束早于统计开始（统计开始～统计结束：{backwardsMonitoringPeriods}），未参与收入、支出比较',
    en: '{backwardsMonitoringPeriodCount} monitoring row(s) end before they start (start～end: {backwardsMonitoringPeriods}); they are left out of the income and spending comparisons',
  },
  evidence: ['backwardsMonitoringPeriods'],
});
