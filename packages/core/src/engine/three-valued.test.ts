import {
  createChecker,
  type FactDefinition,
  type Household,
  type Plugin,
  type TopLevelCondition,
} from '@duibiao/core';
import { describe, expect, it } from 'vitest';

import { householdRule } from './__fixtures__/household-rule.js';

/**
 * A plugin whose household facts `a` and `b` read the extra columns A and
 * B: "1" is true, "0" false, anything else unknown.
 */
function flag(name: string): FactDefinition<'household'> {
  return {
    name,
    subject: 'household',
    type: 'boolean',
    description: `Column ${name.toUpperCase()}.`,
    inputs: [],
    compute: ({ household }) => {
      const cell = household.extra?.[name.toUpperCase()];
      return cell === '1' ? true : cell === '0' ? false : undefined;
    },
  };
}

const rule = (id: string, conditions: TopLevelCondition) =>
  householdRule(id, conditions);

const a = { fact: 'a', operator: 'equal', value: true };
const b = { fact: 'b', operator: 'equal', value: true };

const plugin: Plugin = {
  name: 'kleene',
  id: 't',
  version: '1.0.0',
  facts: [flag('a'), flag('b')],
  rules: [
    rule('and', { all: [a, b] }),
    rule('or', { any: [a, b] }),
    rule('not-a', { not: a }),
    rule('not-and', { not: { all: [a, b] } }),
    rule('a-or-not-a', { any: [a, { not: a }] }),
  ],
};

type Tri = boolean | undefined;
const cell = (v: Tri) => (v === undefined ? '' : v ? '1' : '0');

async function outcomes(x: Tri, y: Tri): Promise<Record<string, string>> {
  const household = {
    householdId: 'H',
    extra: { A: cell(x), B: cell(y) },
  } as Household;
  const checker = createChecker({ plugins: [plugin], asOf: '2020-09-30' });
  const { stats } = await checker.check({
    households: [household],
    members: [],
    villages: [],
  });

  return Object.fromEntries(
    stats.rules.map((r) => [
      r.ruleId.slice(2),
      r.fired ? 'T' : r.passed ? 'F' : r.unknown ? 'U' : 'E',
    ]),
  );
}

// Strong Kleene logic, worked out by hand: U is unknown.
//   and: F if either is F, T if both T, else U.
//   or:  T if either is T, F if both F, else U.
//   not: swaps T and F, keeps U.
//   a or not a: U when a is U (Kleene is not classical logic).
const TABLE: [Tri, Tri, Record<string, string>][] = [
  [
    true,
    true,
    { and: 'T', or: 'T', 'not-a': 'F', 'not-and': 'F', 'a-or-not-a': 'T' },
  ],
  [
    true,
    false,
    { and: 'F', or: 'T', 'not-a': 'F', 'not-and': 'T', 'a-or-not-a': 'T' },
  ],
  [
    false,
    false,
    { and: 'F', or: 'F', 'not-a': 'T', 'not-and': 'T', 'a-or-not-a': 'T' },
  ],
  [
    true,
    undefined,
    { and: 'U', or: 'T', 'not-a': 'F', 'not-and': 'U', 'a-or-not-a': 'T' },
  ],
  [
    false,
    undefined,
    { and: 'F', or: 'U', 'not-a': 'T', 'not-and': 'T', 'a-or-not-a': 'T' },
  ],
  [
    undefined,
    undefined,
    { and: 'U', or: 'U', 'not-a': 'U', 'not-and': 'U', 'a-or-not-a': 'U' },
  ],
  [
    undefined,
    false,
    { and: 'F', or: 'U', 'not-a': 'U', 'not-and': 'T', 'a-or-not-a': 'U' },
  ],
];

describe('three-valued logic through json-rules-engine', () => {
  for (const [x, y, expected] of TABLE) {
    it(`a=${cell(x) || 'U'} b=${cell(y) || 'U'}`, async () => {
      expect(await outcomes(x, y)).toEqual(expected);
    });
  }
});
