import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { expect } from 'vitest';

import { runMain } from './run-main.js';

/**
 * What the tests of `duibiao rules` share: two city plugins written as a
 * user would write them, and readers of the command's text and JSON.
 */
export const CLI = fileURLToPath(new URL('../..', import.meta.url));
export const CITY = 'duibiao-plugin-rules-city';
export const REPLACED = 'the city judges income by its own line of 4500 yuan';
export const SWITCHED_OFF = 'contacts are named in the county list instead';

// A city plugin written as a user would: plain JavaScript importing the
// SDK and the Shaanxi plugin. It must sit inside the repository so that
// those imports resolve.
export const CITY_PLUGIN = `
import { national } from '@duibiao/plugin-national';
import { dataset, defineParameter, definePlugin, household } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';


const belowLine = national.rules.find(
  (rule) => rule.id === 'national/income-below-line',
);

export default definePlugin({
  name: ${JSON.stringify(CITY)},
  id: 'rulescity',
  version: '0.2.0',
  regions: ['6101'],
  extends: [shaanxi],
  parameters: [
    defineParameter({
      name: 'povertyLine',
      description: 'The city line from July 2020.',
      unit: '元/人·年',
      values: [{ from: '2020-07-01', value: 4500 }],
    }),
  ],
  replaces: [
    { rule: { ...belowLine, severity: 'medium' }, reason: ${JSON.stringify(REPLACED)} },
  ],
  disables: [
    { ruleId: 'shaanxi/no-liaison', reason: ${JSON.stringify(SWITCHED_OFF)} },
  ],
  tests: {
    'national/income-below-line': {
      valid: [{ name: 'well above', data: dataset() }],
      invalid: [
        {
          name: 'a poor household at 4200',
          data: dataset({
            household: household({ householdType: '贫困户', perCapitaNetIncome: 4200 }),
          }),
          findings: [{ householdId: 'H001' }],
        },
      ],
    },
  },
});
`;

// A city plugin that sets a misspelt monitoringLin, which no rule names;
// cityLine, named only by a rule not yet in force on 2020-09-30; helpDesk,
// named only in a message; and a shorter list of development measures.
export const SPELT = 'duibiao-plugin-spelt';
export const SPELT_PLUGIN = `
import { defineParameter, definePlugin, defineRule } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';

const rule = (id, param, message) =>
  defineRule({
    id,
    subject: 'household',
    category: 'policy-gap',
    indicator: 'income',
    severity: 'low',
    title: '收入低',
    basis: 'test',
    department: '扶贫部门',
    action: '核实',
    conditions: {
      all: [
        { fact: 'perCapitaNetIncome', operator: 'lessThan', value: param },
      ],
    },
    message: { zh: message, en: message },
  });

export default definePlugin({
  name: '${SPELT}',
  id: 'spelt',
  version: '0.1.0',
  regions: ['6101'],
  extends: [shaanxi],
  parameters: [
    defineParameter({
      name: 'monitoringLin',
      description: 'The city line, misspelt.',
      values: [{ from: '2020-07-01', value: 7000 }],
    }),
    defineParameter({
      name: 'cityLine',
      description: 'A line from 2021.',
      values: [{ from: '2021-01-01', value: 8000 }],
    }),
    defineParameter({
      name: 'helpDesk',
      description: 'The telephone to call.',
      values: [{ from: null, value: '12317' }],
    }),
    defineParameter({
      name: 'developmentMeasures',
      description: 'Two measures count as development.',
      values: [{ from: '2020-07-01', value: ['产业帮扶', '就业帮扶'] }],
    }),
  ],
  rules: [
    rule('spelt/under-3000', 3000, '人均纯收入 {perCapitaNetIncome} 元，请致电 {helpDesk}'),
    rule('spelt/under-city-line', { param: 'cityLine' }, '人均纯收入 {perCapitaNetIncome} 元'),
  ],
});
`;

/**
 * Writes the two plugins into a folder.
 *
 * @param dir - A folder inside the repository, so that imports resolve.
 */
export async function writePlugins(dir: string): Promise<void> {
  await writeFile(join(dir, 'city.js'), CITY_PLUGIN);
  await writeFile(join(dir, 'spelt.js'), SPELT_PLUGIN);
}

export type Entry = Record<string, unknown> & {
  id: string;
  source: string;
  parameters: Record<string, unknown>[];
};

export async function rulesJson(
  dir: string,
  ...argv: string[]
): Promise<Entry[]> {
  const { code, stdout } = await runMain(dir, 'rules', ...argv, '--json');
  expect(code).toBe(0);

  return JSON.parse(stdout) as Entry[];
}

/** The table's cells of a line: columns are two or more spaces apart. */
export const cells = (line: string) => line.trim().split(/ {2,}/);

/** The table lines of a rule: those whose first cell is its id. */
export const linesOf = (stdout: string, id: string) =>
  stdout.split('\n').filter((line) => cells(line)[0] === id);

export const ownRules = [
  ...(national.rules ?? []).map((rule) => ({ rule, plugin: national })),
  ...(shaanxi.rules ?? []).map((rule) => ({ rule, plugin: shaanxi })),
];
