import {
  createChecker,
  type Dataset,
  type FactDefinition,
  type Household,
  type Plugin,
  type RuleStats,
  type TopLevelCondition,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { householdRule } from './__fixtures__/household-rule.js';

/**
 * Faults in plugin code, on both evaluators: a fact that throws, for one
 * subject or in a message, and a value that makes an operator throw (a
 * plugin cannot add operators; a hostile value is the only way one
 * throws). Each is an error outcome of that rule on that subject, counted
 * and sampled with the subject's key and the error's message; every other
 * rule and subject is still judged. And checks run at the same time on
 * one checker give what they give one after another.
 */

/** The value behind fact `probe` for each household, by its id. */
const BEHAVIOUR: Record<string, () => unknown> = {
  BOOM: () => {
    throw new Error('bad data in 户编号 BOOM');
  },
  TEXT: () => {
    // Plugins written in JavaScript can throw anything.
    throw 'a thrown string';
  },
  BARE: () => {
    throw Object.create(null);
  },
  // Any property read of it throws, but for `then` (it is no promise):
  // the operator that reads it throws.
  HOSTILE: () =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'then') return undefined;
          throw new Error('hostile value');
        },
      },
    ),
};

const probe: FactDefinition<'household'> = {
  name: 'probe',
  subject: 'household',
  type: 'number',
  description: 'Throws for some households, 5 for the others.',
  inputs: [],
  compute: ({ household }) => (BEHAVIOUR[household.householdId] ?? (() => 5))(),
};

/** A fact read only by a message: it throws for household WORDS. */
const wording: FactDefinition<'household'> = {
  name: 'wording',
  subject: 'household',
  type: 'string',
  description: 'Text for a message; throws for household WORDS.',
  inputs: [],
  compute: ({ household }) => {
    if (household.householdId === 'WORDS') throw new Error('no words');
    return '有';
  },
};

const rule = (id: string, conditions: TopLevelCondition, zh = id) =>
  householdRule(id, conditions, {
    indicator: 'income',
    message: { zh, en: id },
  });

const low = { fact: 'perCapitaNetIncome', operator: 'lessThan', value: 4000 };

const plugin: Plugin = {
  name: 'faults',
  id: 't',
  version: '1.0.0',
  facts: [probe, wording],
  rules: [
    rule('reads-probe', {
      all: [low, { fact: 'probe', operator: 'greaterThan', value: 1 }],
    }),
    rule('low', { all: [low] }),
    rule('says', { all: [low] }, '收入低，{wording}'),
  ],
};

/** Households, each with income 1,000 (under 4,000). */
function dataset(...ids: string[]): Dataset {
  return {
    households: ids.map(
      (householdId) => ({ householdId, perCapitaNetIncome: 1000 }) as Household,
    ),
    members: [],
    villages: [],
  };
}

const byId = (rules: RuleStats[], id: string) =>
  rules.find((r) => r.ruleId === `t/${id}`) as RuleStats;

describe.each(['compiled', 'reference'] as const)(
  'faults in plugin code, %s evaluator',
  (evaluator) => {
    const checker = createChecker({
      plugins: [plugin],
      asOf: '2020-09-30',
      evaluator,
    });

    it('make an error of that rule on that subject only; the rest is judged', async () => {
      const { findings, stats } = await checker.check(
        dataset('H1', 'BOOM', 'H2'),
      );

      expect(byId(stats.rules, 'reads-probe')).toMatchObject({
        fired: 2,
        errors: 1,
        errorSamples: [
          {
            subject: 'H:BOOM',
            message:
              'Fact probe of plugin faults threw: bad data in 户编号 BOOM',
          },
        ],
      });
      // The rules that do not read the fact fire on all three.
      expect(byId(stats.rules, 'low')).toMatchObject({ fired: 3, errors: 0 });
      expect(byId(stats.rules, 'says')).toMatchObject({ fired: 3, errors: 0 });
      expect(
        findings.map((f) => `${f.ruleId} ${f.householdId}`).sort(),
      ).toEqual([
        't/low BOOM',
        't/low H1',
        't/low H2',
        't/reads-probe H1',
        't/reads-probe H2',
        't/says BOOM',
        't/says H1',
        't/says H2',
      ]);
    });

    it('say what was thrown when it is not an Error', async () => {
      const { stats } = await checker.check(dataset('TEXT', 'BARE'));

      expect(byId(stats.rules, 'reads-probe').errorSamples).toEqual([
        {
          subject: 'H:TEXT',
          message: 'Fact probe of plugin faults threw: a thrown string',
        },
        {
          subject: 'H:BARE',
          message: 'Fact probe of plugin faults threw: [object Object]',
        },
      ]);
      expect(byId(stats.rules, 'low').fired).toBe(2);
    });

    it('make an error of a value that makes the operator throw', async () => {
      const { stats } = await checker.check(dataset('HOSTILE', 'H1'));

      expect(byId(stats.rules, 'reads-probe')).toMatchObject({
        fired: 1,
        errors: 1,
        errorSamples: [{ subject: 'H:HOSTILE', message: 'hostile value' }],
      });
      expect(byId(stats.rules, 'low').fired).toBe(2);
    });

    it('make an error of a fact that throws in the message of a rule that fired', async () => {
      const { findings, stats } = await checker.check(dataset('WORDS', 'H1'));

      expect(byId(stats.rules, 'says')).toMatchObject({
        fired: 1,
        errors: 1,
        errorSamples: [
          {
            subject: 'H:WORDS',
            message: 'Fact wording of plugin faults threw: no words',
          },
        ],
      });
      expect(
        findings.filter((f) => f.ruleId === 't/says').map((f) => f.message),
      ).toEqual(['收入低，有']);
    });
  },
);

describe('checks at the same time on one checker', () => {
  // 40 households: every fifth throws, every third has a blank income,
  // the rest have incomes 0, 250, 500, … of which those under 4,000 fire.
  const many = (offset: number): Dataset => ({
    households: Array.from({ length: 40 }, (_, i) => {
      const n = i + offset;
      const householdId = n % 5 === 0 ? 'BOOM' : `H${n}`;
      const income = n % 3 === 0 ? undefined : n * 250;
      return { householdId, perCapitaNetIncome: income } as Household;
    }),
    members: [],
    villages: [],
  });

  it.each(['compiled', 'reference'] as const)(
    'give what they give one after another (%s), with the same data set and with others',
    async (evaluator) => {
      const checker = createChecker({
        plugins: [plugin],
        asOf: '2020-09-30',
        evaluator,
      });
      const sets = [many(0), many(7), many(0), many(13), many(7)];
      const sequential = [];
      for (const set of sets) sequential.push(await checker.check(set));
      const concurrent = await Promise.all(
        sets.map((set) => checker.check(set)),
      );

      expect(concurrent).toEqual(sequential);
      // Worked out for many(0): n = 0…39. `low` fires where the income is
      // known and under 4,000, n·250 < 4000 for n ≤ 15: n in 1…15 not
      // divisible by 3 is 10; 16…39 not divisible by 3 is 16 passed; 14
      // of 0…39 are divisible by 3 and unknown.
      expect(byId(sequential[0]!.stats.rules, 'low')).toMatchObject({
        fired: 10,
        passed: 16,
        unknown: 14,
      });
      // reads-probe reads the probe beside the income in one set, and
      // every child of a set is evaluated (as json-rules-engine does), so
      // it errors on each BOOM: n = 0, 5, …, 35, eight of them.
      expect(byId(sequential[0]!.stats.rules, 'reads-probe').errors).toBe(8);
    },
  );
});
