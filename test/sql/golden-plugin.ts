import {
  defineFact,
  defineParameter,
  definePlugin,
  defineRule,
} from '@duibiao/plugin-sdk';

/**
 * Test support: a small plugin whose whole SQL script is kept in golden
 * files (`__golden__/script-<dialect>.sql`). Its rules read field facts
 * of households and members, a field whose blank means none, a dated
 * parameter, and two computed facts with SQL forms of their own, over the
 * members table and over a list's rows in force; a city plugin with a
 * region adds one rule, so that the script shows how a rule that does not
 * judge every subject reads.
 *
 * Nothing here changes when the shipped plugins gain SQL, so the golden
 * files change only when the SQL duibiao writes does.
 */

/** A poverty line whose value changes on a date. */
const incomeLine = defineParameter({
  name: 'incomeLine',
  description: 'Per-capita net income below which a household is poor.',
  unit: '元/人·年',
  values: [
    { from: '2020-01-01', value: 4000 },
    { from: '2021-01-01', value: 4500 },
  ],
});

/** The household's rows in the members table: a fact over other rows. */
const memberRows = defineFact({
  name: 'memberRows',
  subject: 'household',
  type: 'number',
  description: 'How many member rows the household has.',
  inputs: ['members.householdId'],
  compute: ({ members }) => members.length,
  sql(q) {
    const rows = q.related('members');

    return { value: `(SELECT count(*) FROM ${rows.from} WHERE ${rows.where})` };
  },
});

/** Whether the housing list has a row in force for the household. */
const onHousingList = defineFact({
  name: 'onHousingList',
  subject: 'household',
  type: 'boolean',
  description: 'Whether the housing list has a row for the household.',
  inputs: ['housing.householdId'],
  compute: ({ household }, { lists }) =>
    lists.byHousehold('housing', household.householdId).length > 0,
  sql(q) {
    const rows = q.related('housing');

    return { value: `EXISTS (SELECT 1 FROM ${rows.from} WHERE ${rows.where})` };
  },
});

const rule = {
  basis: 'duibiao SQL golden files',
  department: '扶贫部门',
  action: '核实',
} as const;

const incomeBelowLine = defineRule({
  ...rule,
  id: 'golden/income-below-line',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'income',
  severity: 'high',
  title: '人均纯收入低于标准',
  conditions: {
    all: [
      { fact: 'householdType', operator: 'in', value: ['贫困户', '已脱贫户'] },
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'incomeLine' },
      },
    ],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元',
    en: 'Per-capita net income {perCapitaNetIncome} yuan',
  },
});

const noHelper = defineRule({
  ...rule,
  id: 'golden/no-helper',
  subject: 'household',
  category: 'measure-gap',
  indicator: 'monitoring',
  severity: 'medium',
  title: '贫困户无帮扶责任人',
  conditions: {
    all: [
      { fact: 'householdType', operator: 'equal', value: '贫困户' },
      { fact: 'helperName', operator: 'equal', value: null },
    ],
  },
  message: { zh: '未登记帮扶责任人', en: 'No helper registered' },
});

const crowdedDangerousHouse = defineRule({
  ...rule,
  id: 'golden/crowded-dangerous-house',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'housing',
  severity: 'high',
  title: '多人口户居住危房',
  conditions: {
    all: [
      { fact: 'memberRows', operator: 'greaterThanInclusive', value: 6 },
      { fact: 'houseGrade', operator: 'in', value: ['C', 'D'] },
    ],
  },
  message: {
    zh: '{memberRows} 人居住 {houseGrade} 级危房',
    en: '{memberRows} people in a grade {houseGrade} house',
  },
});

const dangerousHouseNotListed = defineRule({
  ...rule,
  id: 'golden/dangerous-house-not-listed',
  subject: 'household',
  category: 'data-error',
  indicator: 'housing',
  severity: 'medium',
  title: '危房户不在住建名单',
  conditions: {
    all: [
      { fact: 'dangerousHouse', operator: 'equal', value: true },
      { fact: 'onHousingList', operator: 'equal', value: false },
    ],
  },
  message: { zh: '危房户不在住建名单', en: 'Not on the housing list' },
});

const illWithoutHealthMeasure = defineRule({
  ...rule,
  id: 'golden/ill-without-health-measure',
  subject: 'member',
  category: 'measure-gap',
  indicator: 'medical',
  severity: 'medium',
  title: '大病患者家庭无健康帮扶',
  conditions: {
    all: [
      { fact: 'health', operator: 'contains', value: '患有大病' },
      {
        fact: 'household.measures',
        operator: 'doesNotContain',
        value: '健康帮扶',
      },
    ],
  },
  message: {
    zh: '健康状况「{health}」，家庭无健康帮扶',
    en: 'Health "{health}", no health measure for the household',
  },
});

/** The base plugin: rules for every region. */
export const goldenBase = definePlugin({
  name: '@duibiao-test/sql-golden',
  id: 'golden',
  version: '1.0.0',
  parameters: [incomeLine],
  facts: [memberRows, onHousingList],
  rules: [
    incomeBelowLine,
    noHelper,
    crowdedDangerousHouse,
    dangerousHouseNotListed,
    illWithoutHealthMeasure,
  ],
});

const unsafeWater = defineRule({
  ...rule,
  id: 'golden-city/unsafe-water',
  subject: 'household',
  category: 'policy-gap',
  indicator: 'water',
  severity: 'high',
  title: '饮水安全未解决',
  conditions: {
    all: [{ fact: 'safeWater', operator: 'equal', value: false }],
  },
  message: { zh: '未解决安全饮用水', en: 'Safe drinking water not solved' },
});

/** A city of region 6101 (西安市) adding one rule to the base's. */
export const goldenPlugin = definePlugin({
  name: '@duibiao-test/sql-golden-city',
  id: 'golden-city',
  version: '1.0.0',
  regions: ['6101'],
  extends: [goldenBase],
  rules: [unsafeWater],
});
