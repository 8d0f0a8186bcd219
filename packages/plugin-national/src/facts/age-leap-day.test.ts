import {
  createChecker,
  households,
  type Household,
  type Member,
  members,
  parseRecord,
  type Plugin,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { describe, expect, it } from 'vitest';

/**
 * Ages across 29 February, as README's Limitations states them: someone
 * born on 29 February completes a year on 1 March in common years (and
 * on 29 February in leap years). Checked through the `age` fact — a probe
 * rule fires on every member with an age and quotes it — and through a
 * shipped rule at its boundary, national/age-labour/child-labour (under
 * `labourMinAge`, 16, with labour capacity), with the minimum age raised
 * to 17 by a city plugin for the boundaries of 2021. Every age below is
 * counted on the fingers, not read from the program.
 */

const CHILD_LABOUR = 'national/age-labour/child-labour';

function plugin(labourMinAge?: number): Plugin {
  return {
    name: 'leap',
    id: 'leap',
    version: '1.0.0',
    extends: [national],
    parameters:
      labourMinAge === undefined
        ? []
        : [
            {
              name: 'labourMinAge',
              description: 'Raised for the test.',
              values: [{ from: null, value: labourMinAge }],
            },
          ],
    rules: [
      {
        id: 'leap/age',
        subject: 'member',
        category: 'data-error',
        indicator: 'identity',
        severity: 'low',
        title: 'age probe',
        basis: 'test',
        department: 'test',
        action: '核实',
        conditions: {
          all: [{ fact: 'age', operator: 'greaterThanInclusive', value: 0 }],
        },
        message: { zh: '{age}', en: '{age}' },
      },
    ],
  };
}

/** A member of household H1 with labour capacity, cells as a clerk typed them. */
function member(cells: Record<string, string>): Member {
  const read = parseRecord(members, {
    householdId: 'H1',
    relation: '户主',
    labour: '普通劳动力',
    ...cells,
  });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));

  return read.record;
}

const home = parseRecord(households, {
  householdId: 'H1',
  householdType: '贫困户',
  regionCode: '610124101201',
});

/**
 * The member's age as the `age` fact gives it on a date (a number, or a
 * range `{ min, max }` when the birth month leaves it open), and whether
 * child-labour fired, passed or was unknown for it.
 */
async function judge(
  someone: Member,
  asOf: string,
  labourMinAge?: number,
): Promise<{ age: unknown; childLabour: string }> {
  if (!home.ok) throw new Error('the household must read');
  const checker = createChecker({ plugins: [plugin(labourMinAge)], asOf });
  const { findings, stats } = await checker.check({
    households: [home.record as Household],
    members: [someone],
    villages: [],
  });
  const age = findings.find((f) => f.ruleId === 'leap/age')?.data.age;
  const rule = stats.rules.find((r) => r.ruleId === CHILD_LABOUR);
  const childLabour = rule?.fired
    ? 'fired'
    : rule?.passed
      ? 'passed'
      : rule?.unknown
        ? 'unknown'
        : 'not run';

  return { age, childLabour };
}

const leapling = member({ birthDate: '2004-02-29' });

describe('born 2004-02-29', () => {
  it('is 15 on 2020-02-28 and 16 on 2020-02-29, a leap year', async () => {
    expect(await judge(leapling, '2020-02-28')).toEqual({
      age: 15,
      childLabour: 'fired',
    });
    expect(await judge(leapling, '2020-02-29')).toEqual({
      age: 16,
      childLabour: 'passed',
    });
  });

  it('is still 16 on 2021-02-28 and 17 on 2021-03-01, a common year', async () => {
    expect(await judge(leapling, '2021-02-28', 17)).toEqual({
      age: 16,
      childLabour: 'fired',
    });
    expect(await judge(leapling, '2021-03-01', 17)).toEqual({
      age: 17,
      childLabour: 'passed',
    });
  });

  it('has the same ages when only the ID number gives the birth date', async () => {
    // 610124 20040229 001 X: the check character of 61012420040229001
    // is X (weighted sum 189, 189 mod 11 = 2).
    const byId = member({ idNumber: '61012420040229001X' });

    expect((await judge(byId, '2020-02-28')).age).toBe(15);
    expect((await judge(byId, '2020-02-29')).age).toBe(16);
    expect((await judge(byId, '2021-02-28')).age).toBe(16);
    expect((await judge(byId, '2021-03-01')).age).toBe(17);
  });
});

describe('born some day of February 2004 (出生日期 2004-02, no ID number)', () => {
  const february = member({ birthDate: '2004-02' });

  it('is 15 or 16 on 2020-02-28, which leaves child-labour unknown', async () => {
    // Born on the 1st to the 28th: 16; born on the 29th: 15.
    expect(await judge(february, '2020-02-28')).toEqual({
      age: { min: 15, max: 16 },
      childLabour: 'unknown',
    });
  });

  it('is 16 on 2020-02-29, whatever the day', async () => {
    expect(await judge(february, '2020-02-29')).toEqual({
      age: 16,
      childLabour: 'passed',
    });
  });

  it('is 16 or 17 on 2021-02-28: unknown under 17, known not under 16', async () => {
    expect(await judge(february, '2021-02-28', 17)).toEqual({
      age: { min: 16, max: 17 },
      childLabour: 'unknown',
    });
    expect((await judge(february, '2021-02-28')).childLabour).toBe('passed');
  });

  it('is 17 on 2021-03-01', async () => {
    expect(await judge(february, '2021-03-01', 17)).toEqual({
      age: 17,
      childLabour: 'passed',
    });
  });
});

describe('the reference date 2024-02-29', () => {
  it('completes the year of those born on 29 February and on 28 February, not on 1 March', async () => {
    const ages = async (birthDate: string) =>
      (await judge(member({ birthDate }), '2024-02-29')).age;

    expect(await ages('2004-02-29')).toBe(20);
    expect(await ages('2004-02-28')).toBe(20);
    expect(await ages('2004-03-01')).toBe(19);
    expect(await ages('2008-02-29')).toBe(16);
    // Born 2008-03-01: 16 only on 2024-03-01.
    expect(await ages('2008-03-01')).toBe(15);
  });

  it('puts child-labour’s boundary of 16 between 29 February and 1 March', async () => {
    const labour = async (birthDate: string) =>
      (await judge(member({ birthDate }), '2024-02-29')).childLabour;

    expect(await labour('2008-02-29')).toBe('passed');
    expect(await labour('2008-03-01')).toBe('fired');
  });
});
