import { defineParameter } from '@duibiao/plugin-sdk';

/**
 * National parameters. Values from the rules catalog; a value with
 * `from: null` has applied throughout the period duibiao covers.
 */
export const parameters = [
  defineParameter({
    name: 'povertyLine',
    description:
      'National poverty line: per-capita net income per year (2300 yuan at 2010 prices, as priced for 2020).',
    unit: '元/人·年',
    values: [{ from: '2020-01-01', value: 4000 }],
  }),
  defineParameter({
    name: 'monitoringLine',
    description:
      'Households under this per-capita net income that are not monitored should be; 1.5 × povertyLine nationally, provinces set their own from 2021.',
    unit: '元/人·年',
    values: [{ from: '2020-01-01', value: 6000 }],
  }),
  defineParameter({
    name: 'compulsorySchoolAge',
    description:
      'Compulsory-schooling ages in full years at the reference date, both ends included.',
    unit: '周岁',
    values: [{ from: null, value: { min: 6, max: 15 } }],
  }),
  defineParameter({
    name: 'newbornExemptAge',
    description:
      'Members younger than this (full years) are exempt from the medical-insurance check: newborns under one year.',
    unit: '周岁',
    values: [{ from: null, value: 1 }],
  }),
  defineParameter({
    name: 'pensionMinAge',
    description:
      'Members of this age or more who are not students should be in a basic pension insurance.',
    unit: '周岁',
    values: [{ from: null, value: 16 }],
  }),
  defineParameter({
    name: 'labourMinAge',
    description:
      'Members younger than this should not be recorded with any labour capacity.',
    unit: '周岁',
    values: [{ from: null, value: 16 }],
  }),
  defineParameter({
    name: 'skilledLabourMaxAge',
    description:
      'Members of this age or more should not be recorded as skilled labour.',
    unit: '周岁',
    values: [{ from: null, value: 60 }],
  }),
  defineParameter({
    name: 'schoolAgeBands',
    description:
      'Usual ages for each school status (full years, both ends included); preschool is under its max + 1.',
    unit: '周岁',
    values: [
      {
        from: null,
        value: {
          primary: { min: 6, max: 14 },
          junior: { min: 12, max: 17 },
          senior: { min: 15, max: 20 },
          higher: { min: 17 },
          preschool: { max: 6 },
        },
      },
    ],
  }),
  defineParameter({
    name: 'enrolmentListStages',
    description:
      "School statuses (在校生状况) whose pupils the education department's roll (教育学籍) holds: primary and secondary schooling. Kindergartens and universities keep their own rolls, so a member at those stages missing from the list is not a mismatch.",
    values: [{ from: null, value: ['小学', '初中', '普通高中', '中职'] }],
  }),
  defineParameter({
    name: 'unsafeHouseGrades',
    description:
      'House grades that are unsafe: A safe, B some members dangerous but the structure safe.',
    values: [{ from: null, value: ['C', 'D'] }],
  }),
  defineParameter({
    name: 'housingMeasures',
    description: 'Measures that make an unsafe house safe.',
    values: [{ from: null, value: ['住房安全保障', '易地扶贫搬迁'] }],
  }),
  defineParameter({
    name: 'housingSecurityModes',
    description:
      'Housing-security modes that count as a housing measure for an unsafe house.',
    values: [
      { from: null, value: ['危房改造', '易地扶贫搬迁', '农村集体公租房'] },
    ],
  }),
  defineParameter({
    name: 'waterMinLitres',
    description:
      'Minimum drinking water per person per day (rural drinking-water assessment standard); lower in water-scarce areas.',
    unit: '升/人·日',
    values: [{ from: null, value: { normal: 35, scarce: 20 } }],
  }),
  defineParameter({
    name: 'waterMaxTripMinutes',
    description:
      'Longest acceptable round trip to fetch water (or 800 m horizontal / 80 m vertical).',
    unit: '分钟',
    values: [{ from: null, value: 20 }],
  }),
  defineParameter({
    name: 'waterMaxOutageDays',
    description: 'Most days per year without water supply.',
    unit: '天/年',
    values: [{ from: null, value: 36 }],
  }),
  defineParameter({
    name: 'microcreditMaxAmount',
    description: 'Largest poverty-alleviation microcredit loan.',
    unit: '元',
    values: [{ from: null, value: 50000 }],
  }),
  defineParameter({
    name: 'microcreditMaxMonths',
    description: 'Longest term of a poverty-alleviation microcredit loan.',
    unit: '月',
    values: [{ from: null, value: 36 }],
  }),
  defineParameter({
    name: 'microcreditBorrowerAge',
    description: 'Borrower ages at the loan date, both ends included.',
    unit: '周岁',
    values: [{ from: null, value: { min: 18, max: 65 } }],
  }),
  defineParameter({
    name: 'welfareJobAge',
    description:
      'Ages at which a member may hold a public-welfare job or a forest-ranger post, both ends included.',
    unit: '周岁',
    values: [{ from: null, value: { min: 16, max: 69 } }],
  }),
  defineParameter({
    name: 'disabilitySubsidyGrades',
    description:
      'Disability-card grades whose holders should receive the two disability subsidies: 1 and 2 (severe disability) nationally; provinces may add grades.',
    unit: '级',
    values: [{ from: null, value: [1, 2] }],
  }),
  defineParameter({
    name: 'developmentMeasures',
    description:
      'Development (开发式) measures: help that builds income from work.',
    values: [
      {
        from: null,
        value: ['产业帮扶', '就业帮扶', '金融帮扶', '公益岗位', '生态护林员'],
      },
    ],
  }),
  defineParameter({
    name: 'developmentMeasureGraceMonths',
    description:
      'Months after identification by which a household with labour should have a development measure.',
    unit: '月',
    values: [{ from: null, value: 6 }],
  }),
  defineParameter({
    name: 'noMeasureGraceMonths',
    description:
      'Months after identification by which a monitored household should have some measure.',
    unit: '月',
    values: [{ from: null, value: 1 }],
  }),
  defineParameter({
    name: 'minRiskMonitoringMonths',
    description:
      'Months a household must be monitored before its risk may be marked removed.',
    unit: '月',
    values: [{ from: null, value: 6 }],
  }),
  defineParameter({
    name: 'incomeDropShare',
    description:
      'A fall in per-capita income of this share between consecutive periods is sudden (no national figure; plugins override).',
    values: [{ from: null, value: 0.3 }],
  }),
  defineParameter({
    name: 'expenseSpikeIncomeShare',
    description:
      "Out-of-pocket spending (合规自付支出) of the latest monitoring period above this share of the previous period's net income, both per month or per day, is a sudden rise in spending: 1 is spending above income (the catalog's test; no national figure, plugins override).",
    values: [{ from: null, value: 1 }],
  }),
  defineParameter({
    name: 'censusIssueDeadline',
    description:
      'Day by which a suspected census problem with a blank 完成时限 must be cleared; null nationally (no national date: such an issue is unknown), provinces set theirs.',
    values: [{ from: null, value: null }],
  }),
  defineParameter({
    name: 'censusIssueClearedStatuses',
    description:
      'Statuses (状态) of a suspected census problem that count as cleared: doubt cleared, or the record corrected after verification.',
    values: [{ from: null, value: ['已补正', '已消疑'] }],
  }),
  defineParameter({
    name: 'incomeTolerance',
    description:
      'Largest difference, in yuan, between a declared income and the one computed from its items.',
    unit: '元',
    values: [{ from: null, value: 1 }],
  }),
  defineParameter({
    name: 'labourShortageMaxAbleShare',
    description:
      'A household whose share of ordinary or skilled labourers is above this should not give 缺劳力 as a cause of poverty ("most members have labour").',
    values: [{ from: null, value: 0.5 }],
  }),
  defineParameter({
    name: 'severeDisabilityGrades',
    description:
      'Disability grades that are severe (GB/T 26341: grade 1 is the most severe of four).',
    unit: '级',
    values: [{ from: null, value: [1, 2] }],
  }),
  defineParameter({
    name: 'listMaxAgeDays',
    description:
      "A line department's list whose latest 数据截至日期 is more than this many days before the reference date is flagged as stale in the summary: its comparisons still run, on old data.",
    unit: '天',
    values: [{ from: null, value: 30 }],
  }),
  defineParameter({
    name: 'verifyDaysHigh',
    description:
      'Days a findings ledger allows to verify and clear a high-severity finding whose rule sets no deadline of its own: one half-month screening period (陕脱贫发〔2020〕9号 四（三）), a duibiao default, not a policy figure.',
    unit: '天',
    values: [{ from: null, value: 15 }],
  }),
  defineParameter({
    name: 'verifyDaysMedium',
    description:
      'Days a findings ledger allows for a medium-severity finding without a deadline of its own: two screening periods, a duibiao default.',
    unit: '天',
    values: [{ from: null, value: 30 }],
  }),
  defineParameter({
    name: 'verifyDaysLow',
    description:
      'Days a findings ledger allows for a low-severity finding without a deadline of its own: four screening periods, a duibiao default.',
    unit: '天',
    values: [{ from: null, value: 60 }],
  }),
] as const;
