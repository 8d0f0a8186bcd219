import {
  createChecker,
  type CreditRecord,
  type FactType,
  type Subject,
  type SubjectKind,
} from '@duibiao/core';
import { national } from '@duibiao/plugin-national';
import { checkInDuckdb } from '@duibiao/sql';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  type FactValue,
  inProcessFactValue,
  PROBE_ENGINES,
  type ProbeEngine,
  probeRuleSet,
  sqlFactValues,
} from './fact-probe.js';
import { DATASET, LOAN_ROWS, MEMBER_NAMES } from './list-facts-sql.data.js';

/**
 * The SQL of the facts that read the line departments' lists
 * (department-records.ts, department-benefits.ts, department-insurance.ts,
 * department-loans.ts) and of the loan-term and water facts, on data
 * worked out by hand (list-facts-sql.data.ts), as of 2020-09-30. Each
 * fact's columns of the compiled facts query are read back from DuckDB
 * and PostgreSQL (PGlite) as a value (`null` none, `{ min, max }` a
 * range, `undefined` unknown), asserted against the hand-worked value,
 * and held to what the fact's `compute` gives for every subject; the
 * national rules are then checked with `verify`, every outcome held to
 * the in-process engine.
 */

const AS_OF = '2020-09-30';

const FACTS: Partial<Record<SubjectKind, Record<string, FactType>>> = {
  member: {
    onEducationList: 'boolean',
    educationStatus: 'string',
    educationStage: 'string',
    residenceStatus: 'string',
    residenceChangedOn: 'date',
    residenceChangeEffective: 'boolean',
    listedMinimumLiving: 'boolean',
    listedExtremePoverty: 'boolean',
    listedDisabilitySubsidy: 'boolean',
    listedForestRanger: 'boolean',
    listedResidentPension: 'boolean',
    listedEmployeePension: 'boolean',
    listedUnnamedPension: 'boolean',
    listedResidentMedical: 'boolean',
    listedEmployeeMedical: 'boolean',
    listedUnnamedMedical: 'boolean',
    listedSeriousIllness: 'boolean',
  },
  household: {
    housingGrade: 'string',
    houseGradeDiffers: 'boolean',
    housingRenovationStatus: 'string',
    listedLoanOutstanding: 'boolean',
    listedLoanMade: 'boolean',
    waterStandardLitres: 'number',
  },
  loan: { loanTermMonthsExclusive: 'number', borrowerAgeAtLoan: 'number' },
};

/** The members of the list cases (K to R are borrowers of H6's loans). */
const LISTED = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

type Values = Map<string, Record<string, FactValue>>;

/** The subject a row of a kind's facts query is about, by name. */
function nameOf(kind: SubjectKind, row: number): string {
  if (kind === 'member') return MEMBER_NAMES[row] as string;
  if (kind === 'household')
    return DATASET.households[row]?.householdId as string;

  return `${LOAN_ROWS[row]}#${row}`;
}

/** Every probed fact of every subject, as its SQL gives it on an engine. */
async function sqlValues(engine: ProbeEngine): Promise<Values> {
  const values: Values = new Map();
  for (const [kind, facts] of Object.entries(FACTS)) {
    const ruleSet = probeRuleSet(AS_OF, kind as SubjectKind, facts);
    const rows = await sqlFactValues(
      engine,
      DATASET,
      ruleSet,
      kind as SubjectKind,
    );
    for (const [row, facts] of rows)
      values.set(nameOf(kind as SubjectKind, Number(row)), facts);
  }

  return values;
}

/** The subjects of the data set, by name, as the checker makes them. */
function subjects(): Map<string, Subject> {
  const named = new Map<string, Subject>();
  const { households, members } = DATASET;
  for (const household of households) {
    const people = members.filter(
      (m) => m.householdId === household.householdId,
    );
    const place = { household, members: people, village: undefined };
    named.set(household.householdId, { kind: 'household', ...place });
    for (const member of people)
      named.set(MEMBER_NAMES[members.indexOf(member)] as string, {
        kind: 'member',
        member,
        ...place,
      });
  }
  const loans = (DATASET.lists?.credit ?? []) as readonly CreditRecord[];
  loans.forEach((loan, row) => {
    const member = members.find((m) => m.idNumber === loan.idNumber);
    const household = households.find(
      (h) => h.householdId === member?.householdId,
    );
    named.set(nameOf('loan', row), {
      kind: 'loan',
      loan,
      member,
      household,
      village: undefined,
    });
  });

  return named;
}

/** Every probed fact of every subject, as its `compute` gives it. */
function inProcessValues(): Values {
  const values: Values = new Map();
  for (const [name, subject] of subjects()) {
    const facts = FACTS[subject.kind] ?? {};
    const ruleSet = probeRuleSet(AS_OF, subject.kind, facts);
    values.set(
      name,
      Object.fromEntries(
        Object.keys(facts).map((fact) => [
          fact,
          inProcessFactValue(ruleSet, DATASET, subject, fact),
        ]),
      ),
    );
  }

  return values;
}

const engines = new Map<ProbeEngine, Values>();
let sql: Values;

beforeAll(async () => {
  for (const engine of PROBE_ENGINES)
    engines.set(engine, await sqlValues(engine));
  sql = engines.get('duckdb') as Values;
}, 120_000);

/** One fact's value for each subject named, as the SQL gives it. */
const column = (fact: string, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, sql.get(name)?.[fact]]));

/** A loan fact for the loans of rows `from` to `to` (not included). */
const loanColumn = (fact: string, from: number, to: number) =>
  column(
    fact,
    LOAN_ROWS.slice(from, to).map((id, i) => `${id}#${from + i}`),
  );

describe('the SQL of the facts that read the departments’ lists', () => {
  it('gives every fact of every subject as compute does, on every engine', () => {
    const own = inProcessValues();
    for (const engine of PROBE_ENGINES)
      expect(engines.get(engine), engine).toEqual(own);
  });

  it('reads the education list: latest row, rows dated later, unknown order', () => {
    expect(column('educationStatus', LISTED)).toEqual({
      A: '辍学', // on the list twice: the June row is the later
      B: '在读', // the October row is after the reference date
      C: undefined, // two rows of one day disagree
      D: undefined, // June against 15 June: the order cannot be told
      E: undefined, // a row with a blank date is always among the latest
      F: null, // not on the list
      G: undefined, // no ID number
      H: '辍学', // September is in force; October is not
      I: '辍学', // May is wholly before 1 June
      J: undefined, // a rejected row names P10
    });
    expect(column('educationStage', ['A', 'B'])).toEqual({
      A: '初中',
      B: undefined,
    });
    expect(column('onEducationList', ['A', 'F', 'G', 'J'])).toEqual({
      A: true,
      F: false,
      G: undefined,
      J: undefined,
    });
  });

  it('tells when a death or move took effect', () => {
    expect(column('residenceChangeEffective', LISTED)).toEqual({
      A: true, // died 1 August
      B: false, // died 5 October, after the reference date
      C: true, // moved some day of September: all of it is on or before 30th
      D: true, // moved, no day given, on a row in force
      E: false, // 正常; the death is on a row dated after the reference date
      F: false, // not on the list
      G: undefined,
      H: false, // October: wholly after
      I: undefined, // one day's rows say 1 and 2 July
      J: false,
    });
    expect(column('residenceChangedOn', ['C', 'D', 'F', 'I'])).toEqual({
      C: '2020-09',
      D: null,
      F: null,
      I: undefined,
    });
  });

  it('reads spells of help as entries, the latest extract speaking', () => {
    expect(column('listedMinimumLiving', LISTED)).toEqual({
      A: false, // the August extract ends the spell on 15 August
      B: true, // one of two spells is in force
      C: undefined, // begun on a blank day
      D: true, // begun some day of September 2020
      E: undefined, // two extracts of one day disagree on the end
      F: false,
      G: undefined,
      H: false, // its only row is dated after the reference date
      I: false, // begins in October
      J: false,
    });
    expect(column('listedExtremePoverty', ['D', 'I'])).toEqual({
      D: false,
      I: false,
    });
    expect(column('listedForestRanger', ['A', 'B', 'C', 'D', 'E'])).toEqual({
      A: true,
      B: true, // the second contract goes on
      C: false, // begins in October
      D: undefined, // ends some day of September
      E: false,
    });
    expect(column('listedDisabilitySubsidy', ['A', 'B', 'C', 'D'])).toEqual({
      A: false, // the later row has neither subsidy
      B: true, // care subsidy, living subsidy blank
      C: undefined, // no care subsidy, living subsidy blank
      D: false,
    });
  });

  it('reads insurance by scheme, medical rows of the year only', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F'];
    expect(column('listedResidentMedical', names)).toEqual({
      A: false, // stopped in August
      B: false, // the 2019 row does not count; the blank year's says 停保
      C: false, // a blank scheme is not the resident scheme
      D: true,
      E: undefined, // status blank
      F: false,
    });
    expect(column('listedUnnamedMedical', ['C', 'D'])).toEqual({
      C: true,
      D: false,
    });
    expect(column('listedEmployeeMedical', ['D'])).toEqual({ D: true });
    expect(column('listedSeriousIllness', ['A', 'D'])).toEqual({
      A: false,
      D: true,
    });
    expect(
      column('listedResidentPension', ['A', 'B']),
      'pension by scheme',
    ).toEqual({ A: true, B: false });
    expect(column('listedEmployeePension', ['B'])).toEqual({ B: true });
  });

  it('reads a household’s housing rows and its members’ loans', () => {
    const homes = ['H1', 'H2', 'H3', 'H4', 'H5'];
    expect(column('housingGrade', homes)).toEqual({
      H1: 'A',
      H2: null,
      H3: 'D',
      H4: 'B',
      H5: 'C',
    });
    expect(column('houseGradeDiffers', homes)).toEqual({
      H1: true, // C against the appraised A
      H2: false, // not appraised
      H3: undefined, // no 危房等级
      H4: false,
      H5: false,
    });
    expect(column('housingRenovationStatus', homes)).toEqual({
      H1: null,
      H2: null,
      H3: undefined, // a year with a blank status
      H4: null, // year and status blank: no renovation
      H5: '已竣工', // September is after 1 May
    });
    expect(column('listedLoanOutstanding', homes)).toEqual({
      H1: true, // due 2022
      H2: false, // due January 2020
      H3: undefined, // G has no ID number to look a loan up by
      H4: false, // the later extract makes it due 30 June 2020
      H5: true, // due 2022, 0 overdue
    });
    expect(column('listedLoanMade', homes)).toEqual({
      H1: true,
      H2: true,
      H3: true, // H's loan, whatever G's
      H4: true,
      H5: true,
    });
  });

  it('counts a loan’s term in whole months before its due day', () => {
    expect(loanColumn('loanTermMonthsExclusive', 0, 11)).toEqual({
      'P1#0': 35, // 10 May 2019 to 8 May 2022
      'P5#1': 23,
      'P8#2': 35, // 1 January 2017 to 30 December 2019
      'P9#3': 35,
      'P9#4': 17, // to 29 June 2020
      'P10#5': { min: 35, max: 36 }, // some day of March 2019 to 14 March 2022
      'Z1#6': 1, // 31 January to 29 February, the month's last day
      'Z2#7': 0, // due before it was paid out, by less than a month
      'Z3#8': undefined, // due whole months before it was paid out
      'Z4#9': 35, // 36 months exactly: not longer than 36
      'Z5#10': 36,
    });
  });

  it('takes the borrower’s age on the loan date', () => {
    expect(loanColumn('borrowerAgeAtLoan', 11, 24)).toEqual({
      'P11#11': 60, // born 10 May 1960
      'P11#12': 59, // the day before the birthday
      'P11#13': { min: 59, max: 60 }, // some day of May 2020
      'P11#14': undefined, // paid out before the borrower was born
      'P12#15': 16, // born 29 February 2004: not 17 on 28 February 2021
      'P12#16': 17,
      'P13#17': { min: 59, max: 60 }, // born some day of May 1960
      // 1949-12 is the month of the ID's 31 December 1949: a day short of 60.
      '11010519491231002X#18': 59,
      '610104198001010018#19': 40, // blank 出生日期: the ID's 1 January 1980
      'P14#20': 50, // another document, but 出生日期 is given
      // No registry member: the loan's own ID number, 29 February 2004.
      '610104200402290014#21': 17,
      '610104200402290014#22': 18,
      '610104200402290015#23': undefined, // its check character is wrong
    });
    // The loans of members whose birth is not known.
    expect(loanColumn('borrowerAgeAtLoan', 0, 6)).toEqual({
      'P1#0': undefined,
      'P5#1': undefined,
      'P8#2': undefined,
      'P9#3': undefined,
      'P9#4': undefined,
      'P10#5': undefined,
    });
  });

  it('gives the water standard of the area, both ends when unknown', () => {
    expect(column('waterStandardLitres', ['H1', 'H2', 'H3'])).toEqual({
      H1: 20,
      H2: 35,
      H3: { min: 20, max: 35 },
    });
  });

  it('judges every national rule on the data as the in-process engine does', async () => {
    const checker = createChecker({ plugins: [national], asOf: AS_OF });
    const result = await checkInDuckdb(checker, DATASET, { verify: true });
    const disagreements = result.stats.rules.flatMap((rule) =>
      rule.errorSamples.map((s) => `${rule.ruleId} ${s.subject}: ${s.message}`),
    );

    expect(disagreements).toEqual([]);
    expect(result.sql.ruleIds).toContain('national/deceased-member/death');
  });
});
