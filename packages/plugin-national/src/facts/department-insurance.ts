import {
  type CalendarDate,
  type FactDefinition,
  type FactSqlContext,
  type MedicalInsuranceRecord,
  type PensionRecord,
  type RelatedRows,
  vocabulary,
} from '@duibiao/core';

import { distinct, entries, fromRows, someEntry } from './list-entries.js';
import { type ListReading, someEntrySql } from './list-entries-sql.js';
import { and, isOneOf } from './three-valued.js';

/**
 * The insurance facts of department-benefits.ts: whether the pension
 * (人社养老) and medical-insurance (医保参保) lists show a member insured
 * in a scheme. An entry is a scheme; a row with a blank scheme is
 * insurance of some scheme, compared as such. Medical rows count for the
 * reference date's year only (a blank 参保年度 for any year).
 */

const [RESIDENT_PENSION, EMPLOYEE_PENSION] = vocabulary.PENSION_SCHEMES;
const [RESIDENT_MEDICAL, EMPLOYEE_MEDICAL] = vocabulary.MEDICAL_SCHEMES;
const INSURED = '参保';

/** How messages name insurance whose scheme is blank. */
const LABELS = {
  unnamedPension: '基本养老保险（险种未填）',
  unnamedMedical: '基本医疗保险（险种未填）',
} as const;

type Insurance = PensionRecord | MedicalInsuranceRecord;

const schemeOf = (row: Insurance) => row.scheme ?? '';

/** Whether the latest rows of some scheme say 参保 for that scheme. */
function insuredIn(
  rows: readonly Insurance[],
  scheme: string | undefined,
): boolean | undefined {
  return someEntry(rows, schemeOf, (row) =>
    row.scheme === scheme ? isOneOf(row.status, [INSURED]) : false,
  );
}

/** How the insurance facts read a list in SQL: an entry per scheme. */
function insuranceReading(
  list: 'pension' | 'medicalInsurance',
  filter?: ListReading['filter'],
): ListReading {
  return {
    list,
    entry: (rows) => [rows.column('scheme').value],
    ...(filter === undefined ? {} : { filter }),
  };
}

/** `insuredIn` in SQL. */
function insuredInSql(
  q: FactSqlContext,
  reading: ListReading,
  scheme: string | undefined,
) {
  return someEntrySql(q, reading, (rows) => {
    const named = rows.column('scheme').value;
    const ofScheme =
      scheme === undefined
        ? `${named} IS NULL`
        : `${named} = ${q.text(scheme)}`;

    return `(CASE WHEN ${ofScheme} THEN ${insuredSql(q, rows)} ELSE FALSE END)`;
  });
}

/** Whether a row says 参保: NULL when its status is blank. */
function insuredSql(q: FactSqlContext, rows: RelatedRows): string {
  return `(${rows.column('status').value} = ${q.text(INSURED)})`;
}

const PENSION_INPUTS = [
  'pension.scheme',
  'pension.status',
  'pension.asOf',
  'members.idNumber',
];

/** A pension fact: insured in a scheme, or in a row without one. */
function pensionFact<const N extends string>(
  name: N,
  scheme: string | undefined,
  what: string,
): FactDefinition<'member'> & { name: N } {
  return fromRows(
    {
      name,
      type: 'boolean',
      description: `Whether the pension list shows the member insured (参保) ${what}; false when it does not.`,
      inputs: PENSION_INPUTS,
      sql: (q) => insuredInSql(q, insuranceReading('pension'), scheme),
    },
    'pension',
    (rows) => insuredIn(rows, scheme),
  );
}

const pensionFacts = [
  pensionFact(
    'listedResidentPension',
    RESIDENT_PENSION,
    `in ${RESIDENT_PENSION}`,
  ),
  pensionFact(
    'listedEmployeePension',
    EMPLOYEE_PENSION,
    `in ${EMPLOYEE_PENSION}`,
  ),
  pensionFact(
    'listedUnnamedPension',
    undefined,
    'on a row whose 险种 is blank',
  ),
  fromRows(
    {
      name: 'listedPensionSchemes',
      type: 'list',
      description:
        'The pension schemes the list shows the member insured in, for messages; a blank 险种 reads 基本养老保险（险种未填）.',
      inputs: PENSION_INPUTS,
    },
    'pension',
    (rows) => insuredSchemes(rows, LABELS.unnamedPension, () => ''),
  ),
] as const;

const MEDICAL_INPUTS = [
  'medicalInsurance.scheme',
  'medicalInsurance.status',
  'medicalInsurance.year',
  'medicalInsurance.asOf',
  'members.idNumber',
];

/** Rows of the reference date's year; a blank 参保年度 counts for any year. */
function ofYear(
  rows: readonly MedicalInsuranceRecord[],
  asOf: CalendarDate,
): MedicalInsuranceRecord[] {
  const year = Number(asOf.slice(0, 4));

  return rows.filter((row) => row.year === undefined || row.year === year);
}

/** How the medical facts read their list in SQL: `ofYear`, by scheme. */
function medicalReading(q: FactSqlContext): ListReading {
  const year = q.number(Number(q.asOfDate.slice(0, 4)));

  return insuranceReading(
    'medicalInsurance',
    (rows) => `COALESCE(${rows.column('year').value}, ${year}) = ${year}`,
  );
}

/** A medical-insurance fact over the rows of the reference date's year. */
function medicalFact<const N extends string>(
  name: N,
  scheme: string | undefined,
  what: string,
): FactDefinition<'member'> & { name: N } {
  return fromRows(
    {
      name,
      type: 'boolean',
      description: `Whether the medical-insurance list shows the member insured (参保) ${what} for the reference date's year (a blank 参保年度 counts for any year); false when it does not.`,
      inputs: MEDICAL_INPUTS,
      sql: (q) => insuredInSql(q, medicalReading(q), scheme),
    },
    'medicalInsurance',
    (rows, { asOf }) => insuredIn(ofYear(rows, asOf), scheme),
  );
}

const medicalFacts = [
  medicalFact(
    'listedResidentMedical',
    RESIDENT_MEDICAL,
    `in ${RESIDENT_MEDICAL}`,
  ),
  medicalFact(
    'listedEmployeeMedical',
    EMPLOYEE_MEDICAL,
    `in ${EMPLOYEE_MEDICAL}`,
  ),
  medicalFact(
    'listedUnnamedMedical',
    undefined,
    'on a row whose 险种 is blank',
  ),
  fromRows(
    {
      name: 'listedMedicalSchemes',
      type: 'list',
      description:
        'The medical schemes the list shows the member insured in for the reference date’s year, with the year, for messages; a blank 险种 reads 基本医疗保险（险种未填）.',
      inputs: MEDICAL_INPUTS,
    },
    'medicalInsurance',
    (rows, { asOf }) =>
      insuredSchemes(ofYear(rows, asOf), LABELS.unnamedMedical, (row) =>
        row.year === undefined ? '' : ` ${row.year} 年度`,
      ),
  ),
  fromRows(
    {
      name: 'listedSeriousIllness',
      type: 'boolean',
      description:
        'Whether the medical-insurance list shows the member insured (参保) with 大病保险 for the reference date’s year; false when it does not.',
      inputs: [...MEDICAL_INPUTS, 'medicalInsurance.seriousIllness'],
      sql: (q) =>
        someEntrySql(
          q,
          medicalReading(q),
          (rows) =>
            `(${insuredSql(q, rows)} AND ${rows.column('seriousIllness').value})`,
        ),
    },
    'medicalInsurance',
    (rows, { asOf }) =>
      someEntry(ofYear(rows, asOf), schemeOf, (row) =>
        and(isOneOf(row.status, [INSURED]), row.seriousIllness),
      ),
  ),
] as const;

/** The schemes whose latest rows say 参保, named for messages. */
function insuredSchemes<T extends Insurance>(
  rows: readonly T[],
  unnamed: string,
  suffix: (row: T) => string,
): string[] {
  return distinct(
    entries(rows, schemeOf)
      .flat()
      .filter((row) => row.status === INSURED)
      .map((row) => `${row.scheme ?? unnamed}${suffix(row)}`),
  );
}

/**
 * The pension and medical-insurance facts; see the module comment for how
 * rows and a missing list are read.
 */
export const departmentInsuranceFacts = [
  ...pensionFacts,
  ...medicalFacts,
] as const;
