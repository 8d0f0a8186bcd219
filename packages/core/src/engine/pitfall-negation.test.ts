import {
  createChecker,
  type Dataset,
  type FactDefinition,
  type Household,
  households,
  parseRecord,
  type Plugin,
  type RuleStats,
  type TopLevelCondition,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { householdRule } from './__fixtures__/household-rule.js';

/**
 * A classic trap of rule engines: a negated comparison over a value that
 * is not there ("type is not 贫困户" of a household whose type is blank)
 * comes out true, and the checker reports a false alarm. In duibiao it is
 * unknown, under every negation the operators have and under `not`, at
 * any depth, on both evaluators — counted as unknown with the blank
 * field named, never fired and never passed.
 */

/** The raw cell of the extra column 特殊标记, as a plugin might read it. */
const mark: FactDefinition<'household'> = {
  name: 'mark',
  subject: 'household',
  type: 'string',
  description: 'The extra column 特殊标记, as written.',
  inputs: ['households.mark'],
  compute: ({ household }) => household.extra?.['特殊标记'],
};

const rule = (id: string, conditions: TopLevelCondition) =>
  householdRule(id, conditions);

const type = (operator: string, value: unknown) => ({
  fact: 'householdType',
  operator,
  value: value as never,
});
const measures = (operator: string, value: unknown) => ({
  fact: 'measures',
  operator,
  value: value as never,
});
const poorIncome = {
  fact: 'perCapitaNetIncome',
  operator: 'lessThan',
  value: 4000,
};
const richIncome = { ...poorIncome, operator: 'greaterThan' };

const RULES: Record<string, TopLevelCondition> = {
  'not-equal': { all: [type('notEqual', '贫困户')] },
  'not-in': { all: [type('notIn', ['贫困户', '已脱贫户'])] },
  'does-not-contain': { all: [measures('doesNotContain', '产业帮扶')] },
  'does-not-contain-any': {
    all: [measures('doesNotContainAny', ['产业帮扶', '就业帮扶'])],
  },
  'not-equal-null': { all: [type('notEqual', null)] },
  'not-of-equal': { not: type('equal', '贫困户') },
  'not-of-in': { not: type('in', ['贫困户']) },
  'not-of-contains': { not: measures('contains', '产业帮扶') },
  'not-of-not-equal': { not: type('notEqual', '贫困户') },
  'not-of-less-than': { not: poorIncome },
  // Income 3,000 is under 4,000: true or unknown is unknown…
  'any-with-false': { any: [type('notEqual', '贫困户'), richIncome] },
  // …and true or unknown is true: the blank does not matter.
  'any-with-true': { any: [type('notEqual', '贫困户'), poorIncome] },
  nested: {
    all: [
      poorIncome,
      {
        any: [
          { not: { all: [type('in', ['贫困户']), poorIncome] } },
          { not: { any: [measures('containsAny', ['产业帮扶'])] } },
        ],
      },
    ],
  },
  'mark-not-equal': {
    all: [{ fact: 'mark', operator: 'notEqual', value: '是' }],
  },
  'mark-not-in': { all: [{ fact: 'mark', operator: 'notIn', value: ['是'] }] },
};

const plugin: Plugin = {
  name: 'negations',
  id: 't',
  version: '1.0.0',
  facts: [mark],
  rules: Object.entries(RULES).map(([id, c]) => rule(id, c)),
};

/**
 * A household read as the folder reader reads it: 户类型 blank, income
 * 3,000, no 帮扶措施 column at all (unknown: a blank cell there would
 * mean "none registered"), and the extra column 特殊标记 as given.
 */
function household(markCell: string): Household {
  const read = parseRecord(
    households,
    { householdId: 'H1', householdType: '', perCapitaNetIncome: '3,000' },
    { 特殊标记: markCell },
  );
  if (!read.ok) throw new Error('the test household must read');

  return read.record as Household;
}

async function outcomes(
  dataset: Dataset,
  evaluator: 'compiled' | 'reference',
): Promise<Record<string, string>> {
  const checker = createChecker({
    plugins: [plugin],
    asOf: '2020-09-30',
    evaluator,
  });
  const { stats, findings } = await checker.check(dataset);
  // Every rule that fired has its finding, and no other rule has one.
  expect(findings.map((f) => f.ruleId).sort()).toEqual(
    stats.rules
      .filter((r) => r.fired > 0)
      .map((r) => r.ruleId)
      .sort(),
  );

  return Object.fromEntries(
    stats.rules.map((r) => [r.ruleId.slice(2), outcome(r)]),
  );
}

function outcome(stats: RuleStats): string {
  if (stats.errors > 0) return 'error';
  if (stats.fired > 0) return 'fired';
  if (stats.passed > 0) return 'passed';

  return `unknown: ${Object.keys(stats.missing).join(', ')}`;
}

const TYPE = 'unknown: households.householdType';
const MEASURES = 'unknown: households.measures';
const MARK = 'unknown: households.mark';

const dataset = (h: Household): Dataset => ({
  households: [h],
  members: [],
  villages: [],
});

describe.each(['compiled', 'reference'] as const)(
  'a blank fact under a negation, %s evaluator',
  (evaluator) => {
    it('is unknown under every negated operator and under not, and never fires', async () => {
      const got = await outcomes(dataset(household('')), evaluator);

      expect(got).toEqual({
        'not-equal': TYPE,
        'not-in': TYPE,
        'does-not-contain': MEASURES,
        'does-not-contain-any': MEASURES,
        'not-equal-null': TYPE,
        'not-of-equal': TYPE,
        'not-of-in': TYPE,
        'not-of-contains': MEASURES,
        'not-of-not-equal': TYPE,
        // Income is known (3,000 < 4,000), so not of it is false.
        'not-of-less-than': 'passed',
        'any-with-false': TYPE,
        'any-with-true': 'fired',
        // 3,000 < 4,000 and (not (U and T) or not (U)) = T and U = U; both
        // blank fields are behind it.
        nested: 'unknown: households.householdType, households.measures',
        'mark-not-equal': MARK,
        'mark-not-in': MARK,
      });
    });

    it('takes a cell of spaces, or of a full-width space, as blank', async () => {
      for (const cell of ['   ', '\u3000', '\t']) {
        const got = await outcomes(dataset(household(cell)), evaluator);

        expect(got['mark-not-equal'], JSON.stringify(cell)).toBe(MARK);
        expect(got['mark-not-in'], JSON.stringify(cell)).toBe(MARK);
      }
    });

    it('takes an empty string that an embedder passes for a blank as blank', async () => {
      // Records built by hand rather than by parseRecord may say '' for a
      // blank cell; that must not turn into "not 贫困户".
      const raw = {
        householdId: 'H1',
        householdType: '',
        perCapitaNetIncome: 3000,
      } as unknown as Household;
      const got = await outcomes(dataset(raw), evaluator);

      expect(got['not-equal']).toBe(TYPE);
      expect(got['not-in']).toBe(TYPE);
      expect(got['not-of-equal']).toBe(TYPE);
    });

    it('judges known values as usual: a filled cell fires or passes', async () => {
      const read = parseRecord(
        households,
        {
          householdId: 'H1',
          householdType: '一般农户',
          perCapitaNetIncome: '3,000',
          measures: '就业帮扶',
        },
        { 特殊标记: '否' },
      );
      if (!read.ok) throw new Error('the test household must read');
      const got = await outcomes(dataset(read.record), evaluator);

      expect(got).toMatchObject({
        'not-equal': 'fired',
        'not-in': 'fired',
        'does-not-contain': 'fired',
        'does-not-contain-any': 'passed',
        'not-of-equal': 'fired',
        'not-of-not-equal': 'passed',
        'mark-not-equal': 'fired',
        // 一般农户 is not in [贫困户], so not (F and T) is T.
        nested: 'fired',
      });
    });
  },
);
