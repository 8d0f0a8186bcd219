import { createChecker } from '@duibiao/core';
import { checkInDuckdb } from '@duibiao/sql';
import { describe, expect, it } from 'vitest';

import {
  dataset,
  type Engine,
  factsOn,
  plugin,
} from './member-facts-sql.cases.js';

/**
 * The SQL of `age` on the members of member-facts-sql.cases.ts, each
 * age counted by hand: across 29 February, from month-only birth dates
 * (a range where the month leaves it open), from the ID number, and
 * unknown for blank and invalid dates; then every outcome of the shipped
 * rules and the probes on those members held to the in-process engine.
 */

/** The age of each member named, as value, min and max. */
async function agesOn(asOf: string, names: readonly string[], engine: Engine) {
  const facts = await factsOn(asOf, engine);

  return Object.fromEntries(
    names.map((name) => {
      const v = facts.get(name) ?? {};
      return [name, [v.age, v['age:min'], v['age:max']]];
    }),
  );
}

/** An age as value, min and max: known, a range, or unknown. */
const aged = (years: number) => [years, years, years];
const between = (min: number, max: number) => [null, min, max];
const unknown = [null, null, null];

describe.each(['duckdb', 'postgres'] as const)('in %s', (engine) => {
  describe('age in SQL', () => {
    const ages = [
      'leapDay',
      'september',
      'leapFebruary',
      'fromId',
      'monthAgreeingWithId',
      'monthDisagreeingWithId',
    ];

    it('counts a 29 February birthday on 1 March in a common year', async () => {
      expect(await agesOn('2021-02-28', ages, engine)).toEqual({
        leapDay: aged(16),
        // September 2010, in February: all of it 10 years ago and more.
        september: aged(10),
        // Some day of February 2004: born on the 29th, not yet 17.
        leapFebruary: between(16, 17),
        fromId: aged(16),
        // The ID's day falls in the month: the ID's day counts.
        monthAgreeingWithId: aged(16),
        // March 2004: not yet 17 in February.
        monthDisagreeingWithId: aged(16),
      });
      expect(await agesOn('2021-03-01', ages, engine)).toEqual({
        leapDay: aged(17),
        september: aged(10),
        leapFebruary: aged(17),
        fromId: aged(17),
        monthAgreeingWithId: aged(17),
        // Some day of March 2004: born on the 1st, 17 today; later, 16.
        monthDisagreeingWithId: between(16, 17),
      });
    });

    it('counts it on 29 February in a leap year, and months as ranges', async () => {
      expect(await agesOn('2024-02-29', ages, engine)).toEqual({
        leapDay: aged(20),
        september: aged(13),
        // The last day of February 2024 is reached: 20 whichever day.
        leapFebruary: aged(20),
        fromId: aged(20),
        monthAgreeingWithId: aged(20),
        monthDisagreeingWithId: aged(19),
      });
      expect(
        await agesOn('2020-09-15', ['september', 'bornThisMonth'], engine),
      ).toEqual({
        // Born 1 to 15 September 2010: 10; 16 to 30 September: 9.
        september: between(9, 10),
        // Born later this month, perhaps: no age at all, not a range.
        bornThisMonth: unknown,
      });
    });

    it('is unknown for blank and invalid dates and unusable ID numbers', async () => {
      const facts = await factsOn('2020-09-30', engine);
      const names = [
        'wrongCheck',
        'otherDocument',
        'badDayId',
        'thirtiethFebruary',
        'thirteenthMonth',
        'yearBefore1000',
        'words',
        'bornLater',
        'blank',
      ];
      for (const name of names)
        expect([
          name,
          facts.get(name)?.age,
          facts.get(name)?.['age:min'],
        ]).toEqual([name, null, null]);
      // Born 2020-09: on the 30th even its last day is reached, so 0.
      expect(facts.get('bornThisMonth')?.age).toBe(0);
      // 2023-03-01 is after the date: the ID's 29 February 2023 is no day.
      expect(facts.get('badDayId')?.['age:max']).toBeNull();
    });
  });
});

describe('the same members checked in DuckDB and in-process', () => {
  // Mid-month, for the month-only ranges; the day before a common year's
  // 1 March, for 29 February birthdays.
  it.each(['2020-09-15', '2021-02-28'])(
    'agree on every outcome on %s',
    async (asOf) => {
      const checker = createChecker({ plugins: [plugin], asOf });
      const result = await checkInDuckdb(checker, dataset, { verify: true });
      const errors = result.stats.rules.flatMap((rule) =>
        rule.errorSamples.map(
          (s) => `${rule.ruleId} ${s.subject}: ${s.message}`,
        ),
      );

      expect(errors).toEqual([]);
      expect(result.sql.ruleIds).toContain('national/id-checksum/check-digit');
      expect(result.sql.ruleIds).toContain('national/age-school/primary');
      expect(result.sql.ruleIds).toContain('national/id-region/unknown-prefix');
    },
    // Every national rule's facts query, on a machine shared with others.
    300_000,
  );
});
