import {
  createChecker,
  type Dataset,
  type FactDefinition,
  type Household,
  type Plugin,
  type RuleDefinition,
  type TopLevelCondition,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { householdRule } from './__fixtures__/household-rule.js';

const rule = (
  id: string,
  conditions: TopLevelCondition,
  extra: Partial<RuleDefinition> = {},
) =>
  householdRule(id, conditions, {
    indicator: 'income',
    department: '扶贫部门',
    message: { zh: `${id} {netIncome}`, en: id },
    ...extra,
  });

const exploding: FactDefinition<'household'> = {
  name: 'exploding',
  subject: 'household',
  type: 'number',
  description: 'Throws for household BOOM.',
  inputs: [],
  compute: ({ household }) => {
    if (household.householdId === 'BOOM') throw new Error('bad data');
    return 1;
  },
};

const shape: FactDefinition<'household'> = {
  name: 'shape',
  subject: 'household',
  type: 'object',
  description: 'An object, or a number for household FLAT.',
  inputs: [],
  compute: ({ household }) =>
    household.householdId === 'FLAT' ? 7 : { size: { rooms: 3 } },
};

const plugin: Plugin = {
  name: 'test',
  id: 't',
  version: '1.0.0',
  facts: [exploding, shape],
  rules: [
    rule('boom', { all: [{ fact: 'exploding', operator: 'equal', value: 1 }] }),
    rule('low', {
      all: [{ fact: 'netIncome', operator: 'lessThan', value: 1000 }],
    }),
    rule('rooms', {
      all: [
        { fact: 'shape', path: '$.size.rooms', operator: 'equal', value: 3 },
      ],
    }),
    rule('no-rooms', {
      not: { fact: 'shape', path: '$.size.rooms', operator: 'equal', value: 3 },
    }),
    rule(
      'stable',
      { all: [{ fact: 'netIncome', operator: 'lessThan', value: 1000 }] },
      { evidence: ['incomeYear'] },
    ),
  ],
};

function data(...households: Partial<Household>[]): Dataset {
  return {
    households: households.map(
      (h, i) => ({ householdId: `H${i}`, ...h }) as Household,
    ),
    members: [],
    villages: [],
  };
}

const checker = createChecker({ plugins: [plugin], asOf: '2020-09-30' });
const stat = (stats: { rules: { ruleId: string }[] }, id: string) =>
  stats.rules.find((r) => r.ruleId === `t/${id}`);

describe('Checker', () => {
  it('makes a throwing fact an error of the rules that read it; the others still run', async () => {
    const { findings, stats } = await checker.check(
      data({ householdId: 'BOOM', netIncome: 500 }),
    );

    expect(stat(stats, 'boom')).toMatchObject({
      errors: 1,
      fired: 0,
      errorSamples: [
        {
          subject: 'H:BOOM',
          message: 'Fact exploding of plugin test threw: bad data',
        },
      ],
    });
    expect(stat(stats, 'low')).toMatchObject({ fired: 1, errors: 0 });
    expect(findings.map((f) => f.ruleId)).toEqual([
      't/low',
      't/rooms',
      't/stable',
    ]);
  });

  it('reads a path into an object, and treats a path into a number as unknown', async () => {
    const { stats } = await checker.check(
      data({ householdId: 'FLAT' }, { householdId: 'ROOMY' }),
    );

    expect(stat(stats, 'rooms')).toMatchObject({ fired: 1, unknown: 1 });
    expect(stat(stats, 'no-rooms')).toMatchObject({ passed: 1, unknown: 1 });
  });

  it('gives a finding an id that survives a re-run and changes with its key evidence', async () => {
    const first = await checker.check(
      data({ netIncome: 500, incomeYear: 2020 }),
    );
    const again = await checker.check(
      data({ netIncome: 600, incomeYear: 2020 }),
    );
    const nextYear = await checker.check(
      data({ netIncome: 500, incomeYear: 2021 }),
    );
    const id = (r: typeof first, rule: string) =>
      r.findings.find((f) => f.ruleId === `t/${rule}`)?.findingId;

    expect(id(again, 'stable')).toBe(id(first, 'stable'));
    expect(id(nextYear, 'stable')).not.toBe(id(first, 'stable'));
    expect(id(nextYear, 'low')).toBe(id(first, 'low'));
    expect(id(first, 'low')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives identical results to concurrent checks on one checker', async () => {
    const many = data(
      ...Array.from({ length: 60 }, (_, i) => ({
        netIncome: i % 3 === 0 ? undefined : i * 40,
      })),
    );
    const runs = await Promise.all([
      checker.check(many),
      checker.check(many),
      checker.check(many),
    ]);

    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    // i = 0…59: a third (i divisible by 3) blank; i·40 < 1000 for i ≤ 24,
    // which leaves 16 of 1…24 and 24 of 25…59 not divisible by 3.
    expect(stat(runs[0].stats, 'low')).toMatchObject({
      fired: 16,
      passed: 24,
      unknown: 20,
    });
  });

  it('checks members whose household is missing, with household facts unknown', async () => {
    const orphanRule = rule(
      'orphan',
      {
        all: [{ fact: 'household.netIncome', operator: 'lessThan', value: 1 }],
      },
      {
        subject: 'member',
        message: { zh: '{household.netIncome}', en: '' },
      },
    );
    const members = createChecker({
      plugins: [{ ...plugin, rules: [orphanRule] }],
      asOf: '2020-09-30',
    });
    const { stats } = await members.check({
      households: [],
      members: [{ householdId: 'GONE', idNumber: '1' } as never],
      villages: [],
    });

    expect(stats.membersWithoutHousehold).toBe(1);
    expect(stat(stats, 'orphan')).toMatchObject({
      unknown: 1,
      missing: { 'households.netIncome': 1 },
    });
  });
});

describe('subjects and regions', () => {
  const member = (id: string) => ({ householdId: 'H', idNumber: id }) as never;
  const twice = rule(
    'any-member',
    { all: [{ fact: 'idNumber', operator: 'notEqual', value: null }] },
    {
      subject: 'member',
      message: { zh: '{idNumber}', en: '' },
    },
  );

  it('keeps two member rows with one ID number apart in finding ids', async () => {
    const members = createChecker({
      plugins: [{ ...plugin, rules: [twice] }],
      asOf: '2020-09-30',
    });
    const { findings } = await members.check({
      households: [{ householdId: 'H' }],
      members: [member('X'), member('X')],
      villages: [],
    });

    expect(findings).toHaveLength(2);
    expect(findings[0]?.findingId).not.toBe(findings[1]?.findingId);
  });

  it('keeps them apart when an embedder passes their household twice', async () => {
    // Household H twice: its two rows with ID X are judged twice each, as
    // the keys M:H:X, M:H:X#2, M:H:X#3 and M:H:X#4.
    const members = createChecker({
      plugins: [{ ...plugin, rules: [twice] }],
      asOf: '2020-09-30',
    });
    const { findings } = await members.check({
      households: [{ householdId: 'H' }, { householdId: 'H' }],
      members: [member('X'), member('X')],
      villages: [],
    });

    expect(new Set(findings.map((f) => f.findingId)).size).toBe(4);
  });

  it('judges a plugin rule only in the plugin regions, and where the region is blank', async () => {
    const local: Plugin = {
      ...plugin,
      regions: ['61'],
      rules: [
        rule('low', {
          all: [{ fact: 'netIncome', operator: 'lessThan', value: 1000 }],
        }),
      ],
    };
    const checker = createChecker({ plugins: [local], asOf: '2020-09-30' });
    const { stats } = await checker.check(
      data(
        { regionCode: '610124101201', netIncome: 1 },
        { regionCode: '110105001001', netIncome: 1 },
        { netIncome: 1 },
      ),
    );

    expect(stat(stats, 'low')).toMatchObject({ fired: 2, notApplicable: 1 });
  });
});

describe('absent tables', () => {
  const heads: FactDefinition<'household'> = {
    name: 'memberRows',
    subject: 'household',
    type: 'number',
    description: 'Member rows of the household.',
    inputs: ['members.householdId'],
    compute: ({ members }) => members.length,
  };
  const none = rule('no-members', {
    all: [{ fact: 'memberRows', operator: 'equal', value: 0 }],
  });

  it('makes facts over a table that was not provided unknown, not empty', async () => {
    const checker = createChecker({
      plugins: [{ ...plugin, facts: [heads], rules: [none] }],
      asOf: '2020-09-30',
    });
    const provided = await checker.check(data({}));
    const absent = await checker.check({
      ...data({}),
      absentTables: ['members'],
    });

    expect(stat(provided.stats, 'no-members')).toMatchObject({ fired: 1 });
    expect(stat(absent.stats, 'no-members')).toMatchObject({
      fired: 0,
      unknown: 1,
      missing: { 'members (no file)': 1 },
    });
  });

  it('makes member facts of a household with a rejected member row unknown', async () => {
    const checker = createChecker({
      plugins: [{ ...plugin, facts: [heads], rules: [none] }],
      asOf: '2020-09-30',
    });
    const { stats } = await checker.check({
      ...data({}, {}),
      incompleteHouseholds: ['H1'],
    });

    expect(stat(stats, 'no-members')).toMatchObject({
      fired: 1,
      unknown: 1,
      missing: { 'members (a row was rejected)': 1 },
      unknownExamples: ['H:H1'],
    });
  });
});
