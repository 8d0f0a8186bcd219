import {
  type Checker,
  createChecker,
  type Dataset,
  type Household,
  type Member,
  type Plugin,
  type RuleDefinition,
  type RuleStats,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { checkInDuckdb, compileRuleSet, readUnknownFacts } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

/**
 * The facts SQL names for an unknown outcome, from which the checker
 * counts the blank fields behind it without evaluating the rule. Worked
 * by hand on 2021-02-15, for a rule "age under 16 and labour capacity
 * recorded" (as national/age-labour/child-labour, with its bound written
 * in):
 *
 * - A, born 2005-02 with no ID number: born 1–28 February 2005, so 15 or
 *   16 — a range, the rule unknown on `age`. `age` reads 出生日期 and
 *   证件号码; only 证件号码 is blank, but an age known as a range names
 *   both (the month alone leaves it open).
 * - B, no birth date, no ID number: `age` unknown, not a range; both
 *   blank, both named.
 * - C, born 2005-02, no 劳动技能: unknown on `age` (a range: both fields)
 *   and `labour` (members.labour).
 * - D, born 2000-01-01, no 劳动技能: 21, not under 16: passed.
 * - E, born 2010-05-01, 普通劳动力: 10: fired.
 *
 * So 3 unknown, 1 passed, 1 fired, and the blank fields 出生日期 3 times
 * (A, B, C), 证件号码 3 times, 劳动技能 once. Were the range not told
 * (the checker has not computed the age), A and C would name 证件号码
 * alone: 出生日期 once.
 */

const AS_OF = '2021-02-15';
const LABOUR = ['普通劳动力', '技能劳动力', '弱劳动力或半劳动力'];

function rule(
  id: string,
  conditions: RuleDefinition['conditions'],
): RuleDefinition {
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
    conditions,
    message: { zh: '{age}', en: '{age}' },
  };
}

const plugin: Plugin = {
  name: 'unknown-facts-sql-test',
  id: 'ufs',
  version: '0.0.0',
  facts: national.facts ?? [],
  rules: [
    rule('ufs/young-worker', {
      all: [
        { fact: 'age', operator: 'lessThan', value: 16 },
        { fact: 'labour', operator: 'in', value: LABOUR },
      ],
    }),
    // The same with priorities: its second pass reads the age first and
    // stops where that decides, so SQL leaves the facts to the engine.
    rule('ufs/young-worker-by-priority', {
      all: [
        { fact: 'age', operator: 'lessThan', value: 16, priority: 2 },
        { fact: 'labour', operator: 'in', value: LABOUR, priority: 1 },
      ],
    }),
  ],
};

const dataset: Dataset = {
  households: [
    { householdId: 'H1', regionCode: '610104001001' },
  ] as Household[],
  members: (
    [
      { birthDate: '2005-02', labour: '普通劳动力' },
      { labour: '普通劳动力' },
      { birthDate: '2005-02' },
      { birthDate: '2000-01-01' },
      { birthDate: '2010-05-01', labour: '普通劳动力' },
    ] as Partial<Member>[]
  ).map((member, i) => ({
    householdId: 'H1',
    name: `M${i + 1}`,
    ...member,
  })) as Member[],
  villages: [],
};

const EXPECTED = {
  fired: 1,
  passed: 1,
  unknown: 3,
  missing: {
    'members.birthDate': 3,
    'members.idNumber': 3,
    'members.labour': 1,
  },
};

/**
 * With priorities the second pass reads the age first, and for C stops
 * there (unknown, answered against the rule, decides the group): 劳动技能
 * is not named.
 */
const EXPECTED_BY_PRIORITY = {
  ...EXPECTED,
  missing: { 'members.birthDate': 3, 'members.idNumber': 3 },
};

const checker: Checker = createChecker({ plugins: [plugin], asOf: AS_OF });

function counts(stats: readonly RuleStats[], id: string) {
  const rule = stats.find((r) => r.ruleId === id);
  return (
    rule && {
      fired: rule.fired,
      passed: rule.passed,
      unknown: rule.unknown,
      missing: rule.missing,
    }
  );
}

describe('the facts an unknown outcome was unknown on, named in SQL', () => {
  it('come as two bits a fact: unknown, and known only as a range', () => {
    // a unknown (bit 0: 1), b a range (bits 2 and 3: 4 + 8), c known.
    expect(readUnknownFacts(13, ['a', 'b', 'c'])).toEqual({
      facts: ['a', 'b'],
      ranges: ['b'],
    });
    expect(readUnknownFacts(0, ['a'])).toEqual({ facts: [], ranges: [] });
  });

  it('are named for a rule without priorities, not for one with them', () => {
    const [kind] = compileRuleSet(checker.ruleSet).kinds;
    const byId = new Map(kind?.rules.map((r) => [r.ruleId, r]));
    expect(byId.get('ufs/young-worker')?.unknownFacts?.facts).toEqual([
      'age',
      'labour',
    ]);
    expect(byId.get('ufs/young-worker-by-priority')?.unknownFacts).toBe(
      undefined,
    );
  });

  it('count the blank fields as worked out by hand, in-process', async () => {
    const { stats } = await checker.check(dataset);
    expect(counts(stats.rules, 'ufs/young-worker')).toEqual(EXPECTED);
    expect(counts(stats.rules, 'ufs/young-worker-by-priority')).toEqual(
      EXPECTED_BY_PRIORITY,
    );
  });

  // PostgreSQL's are held to the in-process engine's by duckdb-engine.test.ts.
  it('count them the same from DuckDB, a range told as a range', async () => {
    const { stats } = await checkInDuckdb(checker, dataset);
    expect(counts(stats.rules, 'ufs/young-worker')).toEqual(EXPECTED);
    expect(counts(stats.rules, 'ufs/young-worker-by-priority')).toEqual(
      EXPECTED_BY_PRIORITY,
    );
  });
});
