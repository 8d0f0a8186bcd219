import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { national } from '@duibiao/plugin-national';
import { shaanxi } from '@duibiao/plugin-shaanxi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runMain } from './__fixtures__/run-main.js';

/**
 * `duibiao rules`: the final rule set of a plugin, as a table and as
 * JSON. The expected rules are those the plugins define (national's and
 * Shaanxi's own lists), and the expected values those their parameters
 * and the plugin below set.
 */
const CLI = fileURLToPath(new URL('..', import.meta.url));
const CITY = 'duibiao-plugin-rules-city';
const REPLACED = 'the city judges income by its own line of 4500 yuan';
const SWITCHED_OFF = 'contacts are named in the county list instead';

// A city plugin written as a user would: plain JavaScript importing the
// SDK and the Shaanxi plugin. It must sit inside the repository so that
// those imports resolve.
const CITY_PLUGIN = `
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
const SPELT = 'duibiao-plugin-spelt';
const SPELT_PLUGIN = `
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

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(CLI, '.tmp-rules-'));
  await writeFile(join(dir, 'city.js'), CITY_PLUGIN);
  await writeFile(join(dir, 'spelt.js'), SPELT_PLUGIN);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (...argv: string[]) => runMain(dir, ...argv);

type Entry = Record<string, unknown> & {
  id: string;
  source: string;
  parameters: Record<string, unknown>[];
};

async function json(...argv: string[]): Promise<Entry[]> {
  const { code, stdout } = await run('rules', ...argv, '--json');
  expect(code).toBe(0);

  return JSON.parse(stdout) as Entry[];
}

/** The table's cells of a line: columns are two or more spaces apart. */
const cells = (line: string) => line.trim().split(/ {2,}/);

/** The table lines of a rule: those whose first cell is its id. */
const linesOf = (stdout: string, id: string) =>
  stdout.split('\n').filter((line) => cells(line)[0] === id);

const ownRules = [
  ...(national.rules ?? []).map((rule) => ({ rule, plugin: national })),
  ...(shaanxi.rules ?? []).map((rule) => ({ rule, plugin: shaanxi })),
];

describe('duibiao rules as text', () => {
  it("lists each of national's and Shaanxi's rules once, with the plugin that defined it", async () => {
    const { code, stdout } = await run('rules', '--as-of', '2020-09-30');

    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      `${ownRules.length} rules of @duibiao/plugin-national 0.1.0 → @duibiao/plugin-shaanxi 0.1.0, as of 2020-09-30`,
    );
    for (const { rule, plugin } of ownRules) {
      const lines = linesOf(stdout, rule.id);
      expect(lines, rule.id).toHaveLength(1);
      expect(cells(lines[0] ?? '')[3], rule.id).toBe(plugin.name);
    }
  });

  it('shows a replaced rule with its first definer and the reason, and a switched-off one apart', async () => {
    const { code, stdout } = await run(
      'rules',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-09-30',
    );
    const [replacedLine] = linesOf(stdout, 'national/income-below-line');

    expect(code).toBe(0);
    // Shaanxi's no-liaison is switched off: the list has one rule fewer.
    expect(stdout.split('\n')[0]).toMatch(
      new RegExp(`^${ownRules.length - 1} rules of .* → ${CITY} 0\\.2\\.0,`),
    );
    expect(cells(stdout.split('\n')[2] ?? '')).toEqual([
      'rule',
      'category',
      'severity',
      'source',
      'valid/invalid',
      'title',
    ]);
    expect(cells(replacedLine ?? '').slice(0, 5)).toEqual([
      'national/income-below-line',
      'policy-gap',
      'medium',
      `${CITY} (replaces @duibiao/plugin-national)`,
      '1/1',
    ]);
    expect(stdout).toContain(
      `Replaced:\n  national/income-below-line by ${CITY}: ${REPLACED}\n`,
    );
    expect(stdout).toContain(
      `Switched off:\n  shaanxi/no-liaison (@duibiao/plugin-shaanxi) by ${CITY}: ${SWITCHED_OFF}\n`,
    );
    expect(linesOf(stdout, 'shaanxi/no-liaison')).toEqual([]);
  });

  it('shows an overridden parameter with its new value, date and source, and every dated value', async () => {
    const { stdout } = await run(
      'rules',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-09-30',
    );
    const [row] = linesOf(stdout, 'povertyLine');

    expect(cells(row ?? '')).toEqual([
      'povertyLine',
      '4500',
      '2020-07-01',
      CITY,
      `2020-01-01: 4000 (@duibiao/plugin-national); 2020-07-01: 4500 (${CITY})`,
    ]);
  });

  it('lists a parameter the plugin sets that no rule names, and only that one', async () => {
    const { code, stdout } = await run(
      'rules',
      '--plugin',
      './spelt.js',
      '--as-of',
      '2020-09-30',
    );

    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `\\n\\nParameters ${SPELT} sets that no rule names:\\n  monitoringLin: used by no rule's conditions or message; a fact may still read it\\n$`,
      ),
    );
    expect(linesOf(stdout, 'spelt/under-city-line')[0]).toContain(
      'not on 2020-09-30',
    );
  });

  it('lists no unused parameter when the plugin uses every one it sets', async () => {
    const { stdout } = await run('rules', '--plugin', './city.js');

    expect(stdout).not.toContain('sets that no rule names');
  });

  // Shaanxi sets four parameters; censusIssueDeadline is read by national's
  // census-issue fact, not named by any rule: the note says a fact may
  // still read it.
  it("lists Shaanxi's censusIssueDeadline, which only a fact reads", async () => {
    const { stdout } = await run('rules', '--as-of', '2020-09-30');

    expect(stdout).toMatch(
      /\n\nParameters @duibiao\/plugin-shaanxi sets that no rule names:\n {2}censusIssueDeadline: used by no rule's conditions or message; a fact may still read it\n$/,
    );
  });

  it('cuts a long value at 40 columns with an ellipsis, in the value and among all values', async () => {
    const { stdout } = await run(
      'rules',
      '--plugin',
      './spelt.js',
      '--as-of',
      '2020-09-30',
    );

    expect(cells(linesOf(stdout, 'schoolAgeBands')[0] ?? '')[1]).toBe(
      '{"primary":{"min":6,"max":14},"junior":…',
    );
    // Chinese characters take two columns: 公益 ends at column 39.
    expect(cells(linesOf(stdout, 'developmentMeasures')[0] ?? '')).toEqual([
      'developmentMeasures',
      '["产业帮扶","就业帮扶"]',
      '2020-07-01',
      SPELT,
      `always: ["产业帮扶","就业帮扶","金融帮扶","公益… (@duibiao/plugin-national); 2020-07-01: ["产业帮扶","就业帮扶"] (${SPELT})`,
    ]);
  });

  it("shows national's value on a date before the override took effect", async () => {
    const { stdout } = await run(
      'rules',
      '--plugin',
      './city.js',
      '--as-of',
      '2020-06-30',
    );

    expect(cells(linesOf(stdout, 'povertyLine')[0] ?? '').slice(0, 4)).toEqual([
      'povertyLine',
      '4000',
      '2020-01-01',
      '@duibiao/plugin-national',
    ]);
  });
});

describe('duibiao rules --json', () => {
  const REQUIRED = [
    'action',
    'basis',
    'category',
    'department',
    'id',
    'indicator',
    'parameters',
    'severity',
    'source',
    'subject',
    'tests',
    'title',
  ];

  it('gives each rule exactly the documented fields, its source and its number of cases', async () => {
    const entries = await json('--as-of', '2020-09-30');

    expect(entries.map((entry) => entry.id)).toEqual(
      ownRules.map(({ rule }) => rule.id),
    );
    for (const { rule, plugin } of ownRules) {
      const entry = entries.find((e) => e.id === rule.id) as Entry;
      const keys = rule.description ? [...REQUIRED, 'description'] : REQUIRED;
      expect(Object.keys(entry).sort(), rule.id).toEqual([...keys].sort());
      expect(entry.source).toBe(plugin.name);
      expect(entry.tests).toEqual({
        valid: plugin.tests?.[rule.id]?.valid.length ?? 0,
        invalid: plugin.tests?.[rule.id]?.invalid.length ?? 0,
      });
    }
  });

  it('gives national/income-below-line the poverty line of 4000 from 2020-01-01, set by national', async () => {
    const entries = await json('--plugin', 'national', '--as-of', '2020-09-30');
    const entry = entries.find((e) => e.id === 'national/income-below-line');

    expect(entry).toMatchObject({
      source: '@duibiao/plugin-national',
      severity: 'high',
      category: 'policy-gap',
      indicator: 'income',
    });
    expect(entry?.parameters).toEqual([
      {
        name: 'povertyLine',
        description: expect.any(String),
        unit: '元/人·年',
        value: 4000,
        from: '2020-01-01',
        source: '@duibiao/plugin-national',
        values: [
          {
            from: '2020-01-01',
            value: 4000,
            source: '@duibiao/plugin-national',
          },
        ],
      },
    ]);
  });

  it('gives long values whole', async () => {
    const entries = await json(
      '--plugin',
      './spelt.js',
      '--as-of',
      '2020-09-30',
    );
    const parameters = entries.flatMap((entry) => entry.parameters);

    expect(parameters.find((p) => p.name === 'schoolAgeBands')?.value).toEqual({
      primary: { min: 6, max: 14 },
      junior: { min: 12, max: 17 },
      senior: { min: 15, max: 20 },
      higher: { min: 17 },
      preschool: { max: 6 },
    });
    expect(
      parameters.find((p) => p.name === 'developmentMeasures')?.values,
    ).toEqual([
      {
        from: null,
        value: ['产业帮扶', '就业帮扶', '金融帮扶', '公益岗位', '生态护林员'],
        source: '@duibiao/plugin-national',
      },
      { from: '2020-07-01', value: ['产业帮扶', '就业帮扶'], source: SPELT },
    ]);
  });

  it('marks a rule whose parameter is not yet in force as skipped, with no parameters', async () => {
    const entries = await json('--plugin', 'national', '--as-of', '2019-12-31');
    const entry = entries.find((e) => e.id === 'national/income-below-line');

    expect(entry?.parameters).toEqual([]);
    expect(entry?.skipped).toMatch(/povertyLine/);
  });

  it("gives a replaced rule the replacer as source, the first definer and reason under replaced, and the replacer's cases", async () => {
    const entries = await json(
      '--plugin',
      './city.js',
      '--as-of',
      '2020-09-30',
    );
    const entry = entries.find((e) => e.id === 'national/income-below-line');

    expect(entry).toMatchObject({
      source: CITY,
      severity: 'medium',
      replaced: { source: '@duibiao/plugin-national', reason: REPLACED },
      tests: { valid: 1, invalid: 1 },
    });
    expect(entry?.parameters).toMatchObject([
      {
        name: 'povertyLine',
        value: 4500,
        from: '2020-07-01',
        source: CITY,
        values: [
          {
            from: '2020-01-01',
            value: 4000,
            source: '@duibiao/plugin-national',
          },
          { from: '2020-07-01', value: 4500, source: CITY },
        ],
      },
    ]);
    expect(entries.map((e) => e.id)).not.toContain('shaanxi/no-liaison');
    expect(entries).toHaveLength(ownRules.length - 1);
  });
});

describe('duibiao rules, mistakes', () => {
  it('is a usage error naming a plugin that cannot be loaded', async () => {
    const { code, stdout, stderr } = await run(
      'rules',
      '--plugin',
      'no-such-duibiao-plugin',
    );

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^duibiao: cannot load plugin no-such-duibiao-plugin: /,
    );
  });

  it('is a usage error for a folder argument, said on stderr', async () => {
    const { code, stdout, stderr } = await run('rules', 'some-folder');

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('rules takes no folder');
  });

  it('is a usage error for a bad date', async () => {
    const { code, stderr } = await run('rules', '--as-of', '2020-02-30');

    expect(code).toBe(2);
    expect(stderr).toContain('--as-of must be a real date');
  });
});
