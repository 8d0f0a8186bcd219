import { defineRule } from '../authoring.js';

/**
 * A registered, exited or monitored household whose per-capita net income
 * is below the poverty line: the income assurance is not met.
 */
export const incomeBelowLine = defineRule({
  id: 'national/income-below-line',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  title: '人均纯收入低于扶贫标准',
  description:
    'A registered, exited or monitored household whose per-capita net income is below the poverty line: the income assurance is not met.',
  basis: '国家扶贫标准（2010 年不变价 2300 元）；陕脱贫发〔2020〕9号 二（一）',
  department: '扶贫部门',
  action: '核实',
  conditions: {
    all: [
      {
        any: [
          {
            fact: 'householdType',
            operator: 'in',
            value: ['贫困户', '已脱贫户'],
          },
          { fact: 'monitoredType', operator: 'notEqual', value: null },
        ],
      },
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'povertyLine' },
      },
    ],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元，低于 {povertyLine.year} 年扶贫标准 {povertyLine} 元',
    en: 'Per-capita net income {perCapitaNetIncome} yuan is below the {povertyLine.year} poverty line of {povertyLine} yuan',
  },
  evidence: ['incomeYear'],
});
