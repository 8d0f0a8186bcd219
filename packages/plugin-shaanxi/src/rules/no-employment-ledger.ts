import { defineRule } from '../authoring.js';

/**
 * A member who worked away from home in the income year (务工时间 above
 * 0 months) but is not on the real-name employment ledger (人社就业实名制)
 * at all: the notice checks that the ledger is set up for each worker
 * (二（二）). Any row of the ledger counts, for whatever months (see the
 * fact `onEmploymentLedger`). The rule is unknown when the ledger was not
 * provided, never "not on the ledger".
 */
export const noEmploymentLedger = defineRule({
  id: 'shaanxi/no-employment-ledger',
  subject: 'member',
  category: 'measure-gap',
  indicator: 'employment',
  severity: 'medium',
  title: '务工人员未纳入就业实名制台账',
  description:
    'A member who worked away from home in the income year (务工时间 above 0 months) but is not on the real-name employment ledger (人社就业实名制) at all: the notice checks that the ledger is set up for each worker (二（二）). Any row of the ledger counts, for whatever months (see the fact `onEmploymentLedger`). The rule is unknown when the ledger was not provided, never "not on the ledger".',
  basis: '陕脱贫发〔2020〕9号 二（二）',
  department: '人力资源和社会保障部门',
  action: '补录',
  conditions: {
    all: [
      { fact: 'migrantMonths', operator: 'greaterThan', value: 0 },
      { fact: 'onEmploymentLedger', operator: 'equal', value: false },
    ],
  },
  message: {
    zh: '务工时间 {migrantMonths} 个月，人社就业实名制台账中无此人',
    en: 'Worked away from home {migrantMonths} months, but is not on the real-name employment ledger',
  },
});
