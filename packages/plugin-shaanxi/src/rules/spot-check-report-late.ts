import { defineRule } from '../authoring.js';

/**
 * A county that has phone spot checks (电话抽查) but none in the last
 * `spotCheckReportEvery` days: results are to be reported weekly (notice
 * 三（二）). The count is of days from the latest check to the reference
 * date, and late means more than the parameter: a check exactly 7 days
 * before is on time, since a weekly report on the same weekday is due on
 * the reference date itself and the day is not over. A county with no
 * checks at all is not reported (the catalog asks of counties that have
 * checks); the rule is unknown when the table was not provided.
 */
export const spotCheckReportLate = defineRule({
  id: 'shaanxi/spot-check-report-late',
  subject: 'county',
  category: 'measure-gap',
  indicator: 'consistency',
  severity: 'medium',
  title: '电话抽查结果未按周报送',
  description:
    'A county that has phone spot checks (电话抽查) but none in the last `spotCheckReportEvery` days: results are to be reported weekly (notice 三（二）). The count is of days from the latest check to the reference date, and late means more than the parameter: a check exactly 7 days before is on time, since a weekly report on the same weekday is due on the reference date itself and the day is not over. A county with no checks at all is not reported (the catalog asks of counties that have checks); the rule is unknown when the table was not provided.',
  basis: '陕脱贫发〔2020〕9号 三（二）',
  department: '扶贫部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'spotCheckCount', operator: 'greaterThan', value: 0 },
      {
        fact: 'daysSinceLastSpotCheck',
        operator: 'greaterThan',
        value: { param: 'spotCheckReportEvery' },
      },
    ],
  },
  message: {
    zh: '最近一次电话抽查为 {lastSpotCheckOn}，距基准日 {daysSinceLastSpotCheck} 天，超过 {spotCheckReportEvery} 天未报送抽查结果（共 {spotCheckCount} 条抽查记录）',
    en: 'The latest phone spot check was on {lastSpotCheckOn}, {daysSinceLastSpotCheck} days before the reference date: no results for more than {spotCheckReportEvery} days ({spotCheckCount} checks in all)',
  },
  evidence: ['lastSpotCheckOn'],
});
