import type { Dataset } from '@duibiao/core';
import {
  dataset,
  defineParameter,
  definePlugin,
  defineRule,
  household,
} from '@duibiao/plugin-sdk';

/**
 * A plugin of one rule for the SDK's tests: a household whose income per
 * head is below the line, 4000 yuan from 2020-01-01.
 */

/** The id of the plugin's rule. */
export const LOW_INCOME = 'xian/low-income';

/** The line: 4000 yuan per head and year from 2020-01-01, none before. */
export const incomeLine = defineParameter({
  name: 'incomeLine',
  description: 'The income line, per head and year.',
  values: [{ from: '2020-01-01', value: 4000 }],
});

/** What every rule of the tests shares but its id, title and logic. */
export const meta = {
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  basis: 'test',
  department: '扶贫部门',
  action: '核实',
} as const;

/** A household whose income per head is below `incomeLine`. */
export const lowIncome = defineRule({
  ...meta,
  id: LOW_INCOME,
  title: '人均纯收入低于线',
  conditions: {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'incomeLine' },
      },
    ],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元，低于 {incomeLine} 元',
    en: '{perCapitaNetIncome} below {incomeLine}',
  },
});

/** The plugin, without test cases. */
export const xian = definePlugin({
  name: '@xian/duibiao-plugin',
  id: 'xian',
  version: '1.0.0',
  parameters: [incomeLine],
  rules: [lowIncome],
});

/**
 * Households of the given incomes per head, H001, H002, …, with the
 * clean family of H001 and its village.
 *
 * @param perHead - 人均纯收入 of each; `undefined` for blank.
 * @returns The data set.
 */
export function incomes(...perHead: (number | undefined)[]): Dataset {
  const households = perHead.map((perCapitaNetIncome, i) =>
    household({ householdId: `H00${i + 1}`, perCapitaNetIncome }),
  );

  return { ...dataset(), households };
}

/**
 * How a finding of H001 at 3999 shows in a case's problems: its message
 * and data, the parameter first, then the facts in the message's order.
 */
export const H001_AT_3999 =
  '  H001: 人均纯收入 3999 元，低于 4000 元 {"incomeLine":4000,"perCapitaNetIncome":3999}';
