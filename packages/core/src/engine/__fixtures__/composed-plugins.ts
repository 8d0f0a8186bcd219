import {
  createChecker,
  type Household,
  loadRuleSet,
  type LoadProblem,
  type Plugin,
  type RuleDefinition,
  RuleSetError,
} from '@duibiao/core';

/**
 * A base, a province extending it and a city extending the province,
 * written as plain plugins (as they would come from JSON), for the tests
 * of how plugins compose.
 */

/** A household rule of the tests, its message in both languages. */
export function rule(
  id: string,
  conditions: RuleDefinition['conditions'],
  zh: string,
): RuleDefinition {
  return {
    id,
    subject: 'household',
    category: 'policy-gap',
    indicator: 'income',
    severity: 'high',
    basis: 'test',
    department: '扶贫部门',
    action: '核实',
    title: id,
    conditions,
    message: { zh, en: zh },
  };
}

/** Income per head below `incomeLine`. */
export const belowLine = rule(
  'base/below-line',
  {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'incomeLine' },
      },
    ],
  },
  '人均纯收入 {perCapitaNetIncome} 元，低于 {incomeLine} 元',
);

/** Wages below 10 000 yuan. */
export const lowWage = rule(
  'base/low-wage',
  { all: [{ fact: 'wageIncome', operator: 'lessThan', value: 10000 }] },
  '工资性收入 {wageIncome} 元',
);

/** No phone number. */
export const noPhone = rule(
  'base/no-phone',
  { all: [{ fact: 'phone', operator: 'equal', value: null }] },
  '未留联系电话',
);

/** The province's low-wage rule: it looks at business income instead. */
export const lowBusiness = rule(
  'base/low-wage',
  { all: [{ fact: 'businessIncome', operator: 'lessThan', value: 3000 }] },
  '生产经营性收入 {businessIncome} 元',
);

/** Why the province replaces base/low-wage. */
export const REPLACED = '本省以生产经营性收入为准';
/** Why the city switches off base/no-phone. */
export const DISABLED = '联系电话由县级核实';

/** Three rules and `incomeLine`, 4000 from 2019-01-01. */
export const base: Plugin = {
  name: 'base',
  id: 'base',
  version: '1.0.0',
  parameters: [
    {
      name: 'incomeLine',
      description: 'The income line.',
      values: [{ from: '2019-01-01', value: 4000 }],
    },
  ],
  rules: [belowLine, lowWage, noPhone],
};

/** Replaces base/low-wage by {@link lowBusiness}. */
export const province: Plugin = {
  name: 'province',
  id: 'province',
  version: '1.0.0',
  extends: [base],
  replaces: [{ rule: lowBusiness, reason: REPLACED }],
};

/** Switches off base/no-phone; `incomeLine` 5000 from 2020-07-01. */
export const city: Plugin = {
  name: 'city',
  id: 'city',
  version: '1.0.0',
  extends: [province],
  parameters: [
    {
      name: 'incomeLine',
      description: 'The city’s income line.',
      values: [{ from: '2020-07-01', value: 5000 }],
    },
  ],
  disables: [{ ruleId: 'base/no-phone', reason: DISABLED }],
};

/** A household no rule reports, but for the given fields. */
export function home(householdId: string, fields: Partial<Household> = {}) {
  return {
    householdId,
    perCapitaNetIncome: 6500,
    wageIncome: 20000,
    businessIncome: 6000,
    phone: '13800001234',
    ...fields,
  };
}

/** Each finding of the plugins over the households, as `rule household`. */
export async function reported(
  plugins: Plugin[],
  asOf: string,
  households: Household[],
) {
  const checker = createChecker({ plugins, asOf });
  const { findings } = await checker.check({
    households,
    members: [],
    villages: [],
  });

  return findings.map((f) => `${f.ruleId} ${f.householdId}`).sort();
}

/** The problems of loading the plugins; none when they load. */
export function problems(plugins: Plugin[]): Partial<LoadProblem>[] {
  try {
    loadRuleSet(plugins, '2020-09-30');
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    return error.problems.map(({ code, plugin, rule: id, path }) => ({
      code,
      plugin,
      ...(id === undefined ? {} : { rule: id }),
      ...(path === undefined ? {} : { path }),
    }));
  }

  return [];
}
