import {
  createContext,
  type Household,
  loadRuleSet,
  SubjectFacts,
} from '@duibiao/core';
import { PGlite } from '@electric-sql/pglite';
import {
  compileRuleSet,
  duckdb,
  insertDataset,
  loadDataset,
  postgres,
  type SqlDialect,
} from '@duibiao/sql';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AS_OF, dataset, plugin } from './household-facts-sql.data.js';

/**
 * The SQL of the household facts (household.ts, income.ts,
 * labour-capacity.ts, water-standard.ts) on households worked out by
 * hand: blank members, no members, two heads, children of school age,
 * month-only dates and rounding ties. Each fact's column of the compiled
 * facts query is read in DuckDB and in PostgreSQL (PGlite); NULL is
 * unknown, and `fact:none`, `fact:min`, `fact:max` are read where the
 * fact has them. The in-process facts are held to the same hand-worked
 * values, read into the same columns.
 */

type Values = Record<string, unknown>;
type Rows = Record<string, unknown>[];
const ruleSet = loadRuleSet([plugin], AS_OF);

/** Runs a query over the data set in a fresh database of one engine. */
const ENGINES: Record<string, [SqlDialect, (sql: string) => Promise<Rows>]> = {
  duckdb: [
    duckdb,
    async (sql) => {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      try {
        await loadDataset(connection, dataset);
        return (await connection.runAndReadAll(sql)).getRowObjectsJS();
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    },
  ],
  postgres: [
    postgres,
    async (sql) => {
      const db = await PGlite.create();
      try {
        await insertDataset(
          {
            dialect: postgres,
            run: async (statement) => {
              await db.exec(statement);
            },
            query: async (statement) =>
              (await db.query<unknown[]>(statement, [], { rowMode: 'array' }))
                .rows,
          },
          dataset,
        );
        return (await db.query<Record<string, unknown>>(sql)).rows;
      } finally {
        await db.close();
      }
    },
  ],
};

/** Each engine's facts, by 户编号. */
const facts = new Map<string, Map<string, Values>>();

beforeAll(async () => {
  for (const [engine, [dialect, query]] of Object.entries(ENGINES)) {
    const compiled = compileRuleSet(ruleSet, { dialect });
    const kind = compiled.kinds.find((k) => k.kind === 'household');
    const left = compiled.notCompiled.filter((r) =>
      r.ruleId.startsWith('hsql/'),
    );
    if (!kind || left.length > 0)
      throw new Error(`not compiled: ${JSON.stringify(left)}`);

    const byId = new Map<string, Values>();
    for (const row of await query(kind.factsQuery)) {
      const id = dataset.households[Number(row._row)]?.householdId as string;
      const values: Values = {};
      for (const [key, value] of Object.entries(row))
        values[key] = typeof value === 'bigint' ? Number(value) : value;
      byId.set(id, values);
    }
    facts.set(engine, byId);
  }
}, 120_000);

afterAll(() => facts.clear());

/** The facts of a household in one engine's SQL, picked. */
function of(engine: string, id: string, names: readonly string[]): Values {
  const values = facts.get(engine)?.get(id) ?? {};
  return Object.fromEntries(names.map((name) => [name, values[name]]));
}

/**
 * The facts of a household in-process, read into the SQL's columns: a
 * range's ends into `:min` and `:max` (a number is both), a known none
 * into `:none`, unknown as NULL.
 */
function inProcess(id: string, names: readonly string[]): Values {
  const household = dataset.households.find((h) => h.householdId === id);
  const subject = {
    kind: 'household' as const,
    household: household as Household,
    members: dataset.members.filter((m) => m.householdId === id),
    village: undefined,
  };
  const kindFacts = ruleSet.facts.get('household');
  if (!kindFacts) throw new Error('no household facts');
  const subjectFacts = new SubjectFacts(
    subject,
    kindFacts,
    createContext(ruleSet, dataset),
  );
  const column = (name: string): unknown => {
    const [fact = name, part] = name.split(':');
    const value = subjectFacts.get(fact);
    const range = typeof value === 'object' && value !== null;
    if (part === 'none') return value === null;
    if (part === 'min' || part === 'max')
      return range ? (value as Record<string, number>)[part] : (value ?? null);
    return range ? null : (value ?? null);
  };

  return Object.fromEntries(names.map((name) => [name, column(name)]));
}

/** Asserts the hand-worked values in every engine's SQL and in-process. */
function expectBoth(id: string, expected: Values): void {
  const names = Object.keys(expected);
  for (const engine of Object.keys(ENGINES))
    expect(of(engine, id, names), engine).toEqual(expected);
  expect(inProcess(id, names), 'in-process').toEqual(expected);
}

describe('household facts in SQL', () => {
  it('counts and tests the members of a household known throughout', () => {
    expectBoth('H1', {
      memberCount: 3,
      hasAbleLabour: true,
      ableLabourCount: 1,
      // 特困 of the son, his disability card, the spouse's chronic illness
      // and her three months of migrant work.
      hasAssistedMember: true,
      hasDisabledMember: true,
      hasIllMember: true,
      hasEmployedMember: true,
      headCount: 1,
      headSpouseSameSex: true,
      'headSpouseSameSex:none': false,
      hasAnyLabour: true,
    });
    // 1 of 3, the double JavaScript divides.
    expectBoth('H1', { ableLabourShare: 1 / 3 });
  });

  it('is unknown where a blank member could decide, and not where none could', () => {
    expectBoth('H2', {
      memberCount: 2,
      hasAbleLabour: null,
      ableLabourCount: null,
      ableLabourShare: null,
      hasAssistedMember: null,
      hasDisabledMember: null,
      hasIllMember: null,
      hasEmployedMember: null,
      // One head and a blank relation: a second head may hide there.
      headCount: null,
      // One head, no spouse in sight, but the blank relation may be one.
      headSpouseSameSex: null,
      'headSpouseSameSex:none': false,
      hasAnyLabour: null,
    });
  });

  it('counts two heads despite a blank relation, and no pair then', () => {
    expectBoth('H3', {
      memberCount: 4,
      ableLabourCount: 3,
      ableLabourShare: 0.75,
      headCount: 2,
      headSpouseSameSex: null,
      'headSpouseSameSex:none': false,
      hasAnyLabour: true,
    });
  });

  it('reads a household without members as some/count of nothing', () => {
    expectBoth('H4', {
      memberCount: 0,
      hasAbleLabour: false,
      ableLabourCount: 0,
      ableLabourShare: null,
      hasAssistedMember: false,
      hasDisabledMember: false,
      hasIllMember: false,
      hasEmployedMember: false,
      headCount: 0,
      // No pair, and no blank relation to hide one: known none.
      headSpouseSameSex: null,
      'headSpouseSameSex:none': true,
      // Nothing shows that nobody there can work.
      hasAnyLabour: null,
      perCapitaFromNet: null,
      perCapitaGap: null,
    });
  });

  it('takes some over the spouses of the one head', () => {
    // H5: 男 head; spouses of blank sex and 女: unknown, false → unknown.
    // H6: 女 head; spouses of blank sex and 女: unknown, true → true.
    expectBoth('H5', {
      headSpouseSameSex: null,
      'headSpouseSameSex:none': false,
    });
    expectBoth('H6', {
      headSpouseSameSex: true,
      'headSpouseSameSex:none': false,
    });
  });

  it('is unknown for every member fact of a household with a rejected member row', () => {
    expectBoth('H7', {
      memberCount: null,
      hasAbleLabour: null,
      headCount: null,
      headSpouseSameSex: null,
      'headSpouseSameSex:none': false,
      perCapitaFromNet: null,
    });
  });
});

describe('household members of school age and insurance in SQL', () => {
  it('finds a dropout, and none where age, school or a reason rules it out', () => {
    expectBoth('H8', { hasDropoutMember: true, hasUninsuredMember: false });
    expectBoth('H9', { hasDropoutMember: false, hasUninsuredMember: true });
  });

  it('is unknown where a blank birth date or insurance could decide', () => {
    expectBoth('H10', { hasDropoutMember: null, hasUninsuredMember: null });
  });

  it('is false for no members and unknown with a rejected member row', () => {
    expectBoth('H4', { hasDropoutMember: false, hasUninsuredMember: false });
    expectBoth('H7', { hasDropoutMember: null, hasUninsuredMember: null });
  });
});

describe('household income facts in SQL', () => {
  it('sums the items and rounds a tie of half a cent up, as Math.round', () => {
    // 6000.125 + 3000 + 0 + 1500 − 500 = 10000.125; |10000 − 10000.125|
    // = 0.125, 12.5 cents, rounded up to 0.13. 10000 / 3 = 3333.33…,
    // rounded to 3333.33; |3400 − 3333.33…| = 66.67.
    expectBoth('H1', {
      itemisedNetIncome: 10000.125,
      netIncomeGap: 0.13,
      perCapitaFromNet: 3333.33,
      perCapitaGap: 66.67,
    });
  });

  it('is unknown with a blank item, and divides by the member rows', () => {
    expectBoth('H2', {
      itemisedNetIncome: null,
      netIncomeGap: null,
    });
    // 1000 over H3's 4 members is 250, as declared.
    expectBoth('H3', {
      perCapitaFromNet: 250,
      perCapitaGap: 0,
    });
  });
});

describe('household months and measures in SQL', () => {
  it('counts whole months from a month-only date as a range where the days differ', () => {
    // Identified some day of March 2020. To 30 September: from the 31st,
    // 30 September is the month's last day and completes 6; from the 1st,
    // 6. To 29 September: from the 31st 5, from the 1st 6. To removal on
    // 31 August: 5 either way.
    expectBoth('H1', {
      monthsSinceMonitored: 6,
      'monthsSinceMonitored:min': 6,
      'monthsSinceMonitored:max': 6,
      monthsSinceMonitoredExclusive: null,
      'monthsSinceMonitoredExclusive:min': 5,
      'monthsSinceMonitoredExclusive:max': 6,
      monthsMonitoredBeforeRemoval: 5,
    });
  });

  it('completes a month on the last day of a month too short for the day', () => {
    // From 31 January: 29 February 2020 is the month's last day, one
    // month; 30 September is September's last, eight; 29 September is
    // not, seven.
    expectBoth('H4', {
      monthsSinceMonitored: 8,
      'monthsSinceMonitored:min': 8,
      'monthsSinceMonitored:max': 8,
      monthsSinceMonitoredExclusive: 7,
      monthsMonitoredBeforeRemoval: 1,
    });
  });

  it('is 0 for a date less than a month ahead and unknown for one further', () => {
    // 15 October to 30 September is less than a whole month back: 0.
    expectBoth('H3', {
      monthsSinceMonitored: 0,
      monthsSinceMonitoredExclusive: 0,
      monthsMonitoredBeforeRemoval: null,
    });
    // 15 November is a whole month after: a wrong record, unknown.
    expectBoth('H2', {
      monthsSinceMonitored: null,
      'monthsSinceMonitored:min': null,
      'monthsSinceMonitored:max': null,
    });
  });

  it('counts measures, a blank (none) as 0 and a missing cell as unknown', () => {
    expectBoth('H1', { measureCount: 2 });
    expectBoth('H2', { measureCount: 0 });
    expectBoth('H4', { measureCount: null });
  });

  it('gives the water standard of the area, both ends where it is blank', () => {
    // waterMinLitres: 20 in water-scarce areas, 35 elsewhere.
    expectBoth('H1', {
      waterStandardLitres: 20,
      'waterStandardLitres:min': 20,
      'waterStandardLitres:max': 20,
    });
    expectBoth('H4', { waterStandardLitres: 35 });
    expectBoth('H5', {
      waterStandardLitres: null,
      'waterStandardLitres:min': 20,
      'waterStandardLitres:max': 35,
    });
  });
});
