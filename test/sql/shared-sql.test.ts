import {
  type Dataset,
  type FactDefinition,
  type Household,
  loadRuleSet,
  type Member,
  type Plugin,
  type RuleDefinition,
} from '@duibiao/core';
import { compileRuleSet } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

import { sqlFactValues } from './fact-probe.js';

/**
 * Pieces of SQL that facts share (`FactSqlContext.shared`): made once,
 * computed once per subject as a column, however many facts read them.
 * Two facts read a member's name's length (a shared piece); a third
 * shares SQL that reads a fact, which does not compile. Worked by hand:
 * 张三 has 2 characters (facts 2 and 3), 欧阳娜娜 4 (4 and 5), a blank
 * name none (NULL, unknown).
 */

const AS_OF = '2021-02-15';
let made = 0;
const nameLength = (q: Parameters<NonNullable<FactDefinition['sql']>>[0]) =>
  q.shared('nameLength', () => {
    made += 1;
    return `length(${q.column('members', 'name').value})`;
  });

function fact(
  name: string,
  add: number,
  sql: FactDefinition['sql'],
): FactDefinition {
  return {
    name,
    subject: 'member',
    type: 'number',
    description: name,
    inputs: ['members.name'],
    compute: ({ member }: { member: Member }) =>
      typeof member.name === 'string' ? member.name.length + add : undefined,
    sql,
  } as FactDefinition;
}

function rule(id: string, factName: string): RuleDefinition {
  return {
    id,
    subject: 'member',
    category: 'data-error',
    indicator: 'identity',
    severity: 'low',
    basis: 'test',
    department: 'test',
    action: '核实',
    title: id,
    conditions: {
      all: [{ fact: factName, operator: 'greaterThan', value: 0 }],
    },
    message: { zh: 'x', en: 'x' },
  };
}

const plugin: Plugin = {
  name: 'shared-sql-test',
  id: 'shared',
  version: '0.0.0',
  facts: [
    fact('length', 0, (q) => ({ value: nameLength(q) })),
    fact('lengthPlusOne', 1, (q) => ({ value: `(${nameLength(q)} + 1)` })),
    fact('readsFact', 0, (q) => ({
      value: q.shared('fromFact', () => `(${q.fact('length').value} * 2)`),
    })),
  ],
  rules: [
    rule('shared/length', 'length'),
    rule('shared/plus-one', 'lengthPlusOne'),
  ],
};

const withBroken: Plugin = {
  ...plugin,
  rules: [...(plugin.rules ?? []), rule('shared/reads-fact', 'readsFact')],
};

const dataset: Dataset = {
  households: [
    { householdId: 'H1', regionCode: '610104001001' },
  ] as Household[],
  members: [{ name: '张三' }, { name: '欧阳娜娜' }, {}].map((member) => ({
    householdId: 'H1',
    ...member,
  })) as Member[],
  villages: [],
};

describe('SQL pieces facts share', () => {
  it('are made once, one column of the lowest layer, however many facts read them', () => {
    made = 0;
    const [kind] = compileRuleSet(loadRuleSet([plugin], AS_OF)).kinds;
    const columns = kind?.select.match(/ AS "shared:nameLength"/g) ?? [];

    expect(columns).toHaveLength(1);
    expect(made).toBe(1);
  });

  it.each(['duckdb', 'postgres'] as const)(
    'give each fact its value in %s',
    async (engine) => {
      const values = await sqlFactValues(
        engine,
        dataset,
        loadRuleSet([plugin], AS_OF),
        'member',
      );

      expect(Object.fromEntries(values)).toEqual({
        '0': { length: 2, lengthPlusOne: 3 },
        '1': { length: 4, lengthPlusOne: 5 },
        '2': { length: undefined, lengthPlusOne: undefined },
      });
    },
  );

  it('are refused when they read a fact', () => {
    const { notCompiled } = compileRuleSet(loadRuleSet([withBroken], AS_OF));

    expect(
      notCompiled.map(({ ruleId, fact, reason }) => ({ ruleId, fact, reason })),
    ).toEqual([
      {
        ruleId: 'shared/reads-fact',
        fact: 'fromFact',
        reason: 'shared SQL fromFact reads a fact',
      },
    ]);
  });
});
