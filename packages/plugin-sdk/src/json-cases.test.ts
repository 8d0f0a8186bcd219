import type { Plugin } from '@duibiao/core';
import {
  JsonPluginError,
  pluginFromJson,
  testPlugin,
} from '@duibiao/plugin-sdk';
import { describe, expect, it } from 'vitest';

/**
 * The `tests` of a plugin written as JSON: checked with their JSON paths,
 * and their data read as input is read.
 */

const base: Plugin = {
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
  rules: [],
};

const RULE = 'city/low-income';

const rule = {
  id: RULE,
  subject: 'household',
  category: 'risk',
  indicator: 'income',
  severity: 'medium',
  title: '收入低于本市标准',
  basis: '陕脱贫发〔2020〕9号 二（一）',
  department: '扶贫部门',
  action: '核实',
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
    zh: '人均纯收入 {perCapitaNetIncome} 元',
    en: '{perCapitaNetIncome}',
  },
};

/** A plugin of the one rule, with the cases given. */
const withCases = (cases: unknown) =>
  pluginFromJson(
    {
      name: 'city',
      id: 'city',
      version: '0.1.0',
      extends: ['base'],
      rules: [rule],
      tests: { [RULE]: cases },
    },
    { source: 'city.json', bases: { base } },
  );

function problemsOf(cases: unknown): { path: string; message: string }[] {
  try {
    withCases(cases);
  } catch (error) {
    if (error instanceof JsonPluginError) return [...error.problems];
    throw error;
  }
  return [];
}

/** Data of one household, as a user writes it in the file. */
const data = (household: Record<string, unknown>) => ({
  households: [household],
  members: [],
  villages: [],
});

const at = (path: string) => `tests["${RULE}"].${path}`;

describe('the tests of a plugin written as JSON', () => {
  it('read their records as input is read, and run', async () => {
    // The line is 4000: "4,000" is at it, "3,999" one yuan below.
    const plugin = withCases({
      valid: [
        {
          name: 'at the line',
          data: data({
            householdId: 'H1',
            regionCode: '610124101201',
            perCapitaNetIncome: '4,000',
            relocated: '是',
          }),
        },
      ],
      invalid: [
        {
          name: 'one yuan below',
          data: data({ householdId: 'H1', perCapitaNetIncome: '3,999' }),
          findings: [{ householdId: 'H1', data: { perCapitaNetIncome: 3999 } }],
        },
      ],
    });
    const report = await testPlugin(plugin);

    expect(plugin.tests?.[RULE]?.valid[0]?.data.households).toEqual([
      {
        householdId: 'H1',
        regionCode: '610124101201',
        perCapitaNetIncome: 4000,
        relocated: true,
      },
    ]);
    expect(report).toMatchObject({ passed: 2, failed: 0, caseProblems: [] });
  });

  it('must be an object of rule id → { valid, invalid }', () => {
    expect(
      problemsOf({ valdi: [], invalid: [{ name: 'x', data: 'oops' }] }),
    ).toEqual([
      {
        path: at('valdi'),
        message: 'unknown key; a rule’s cases has valid, invalid',
      },
      {
        path: at('valid'),
        message: 'the valid cases are required: an array ([] for none)',
      },
      {
        path: at('invalid[0].data'),
        message:
          'the records the rule runs over are required: an object { households, members, villages, lists }, not "oops"',
      },
      {
        path: at('invalid[0].findings'),
        message:
          'the findings the rule must report are required: an array of { householdId, memberId, message, data }, not undefined',
      },
    ]);
  });

  it('refuse a case that is not an object, or lacks a name, or has a key of the other kind', () => {
    const clean = data({ householdId: 'H1' });

    expect(
      problemsOf({
        valid: [null, { name: ' ', data: clean, findings: [] }],
        invalid: [],
      }),
    ).toEqual([
      {
        path: at('valid[0]'),
        message:
          'a case is an object { name, data, asOf, unknown, outsideRegions }, not null',
      },
      {
        path: at('valid[1].findings'),
        message:
          'unknown key; a valid case has name, data, asOf, unknown, outsideRegions',
      },
      {
        path: at('valid[1].name'),
        message:
          'a case needs a name (a non-empty string) saying what it shows, not " "',
      },
    ]);
  });

  it('check the date, the blank fields and the expected findings', () => {
    const clean = data({ householdId: 'H1' });

    expect(
      problemsOf({
        valid: [
          { name: 'a', data: clean, asOf: '2020-9-30', unknown: 'x.y' },
          { name: 'b', data: clean, asOf: '2020-02-30', outsideRegions: 1 },
        ],
        invalid: [
          {
            name: 'c',
            data: clean,
            findings: [null, { householdId: 1, message: 2, data: [] }],
          },
        ],
      }),
    ).toEqual([
      {
        path: at('valid[0].asOf'),
        message: 'must be a YYYY-MM-DD date, not "2020-9-30"',
      },
      {
        path: at('valid[0].unknown'),
        message:
          'must be an array of the blank fields, as table.field: ["members.birthDate"]',
      },
      {
        path: at('valid[1].asOf'),
        message: 'must be a YYYY-MM-DD date, not "2020-02-30"',
      },
      { path: at('valid[1].outsideRegions'), message: 'must be true or false' },
      {
        path: at('invalid[0].findings[0]'),
        message: 'an expected finding is an object, not null',
      },
      {
        path: at('invalid[0].findings[1].householdId'),
        message: 'must be a string or null, not 1',
      },
      {
        path: at('invalid[0].findings[1].message'),
        message: 'must be a string',
      },
      {
        path: at('invalid[0].findings[1].data'),
        message: 'must be an object of the values the finding shows',
      },
    ]);
  });

  it('report each cell that cannot be read, and each table or list that is missing or unknown, at its path', () => {
    const problems = problemsOf({
      valid: [
        {
          name: 'odd cells',
          data: {
            households: [
              {
                户编号: 'H1',
                relocated: 'maybe',
                perCapitaNetIncome: { yuan: 3999 },
                relocatd: true,
              },
            ],
            villages: [],
            lists: { pensions: [], pension: [{ idNumber: [['x']] }] },
          },
        },
      ],
      invalid: [],
    });
    const household = at('valid[0].data.households[0]');

    expect(problems).toEqual([
      {
        path: `${household}["户编号"]`,
        message:
          'not a field of households (户信息): 户编号 is written householdId',
      },
      {
        path: `${household}.perCapitaNetIncome`,
        message: 'expected a value, not an object',
      },
      {
        path: `${household}.relocatd`,
        message:
          'not a field of households (户信息); fields go by their English keys, such as householdId',
      },
      {
        path: `${household}.relocated`,
        message: '"maybe": expected 是/否 (or Y/N, true/false, 1/0)',
      },
      {
        path: `${household}.householdId`,
        message: '户编号 is blank: the row cannot be identified',
      },
      {
        path: at('valid[0].data.members'),
        message:
          'the members the rule runs over are required: an array of records ([] for none)',
      },
      {
        path: at('valid[0].data.lists.pensions'),
        message: expect.stringMatching(
          /^unknown list; the lists are education, .*, pension, .*projects$/,
        ),
      },
      {
        path: at('valid[0].data.lists.pension[0].idNumber'),
        message: 'expected a list of values, not nested lists or objects',
      },
    ]);
  });
});
