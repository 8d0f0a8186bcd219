import {
  type CalendarDate,
  type CivilAffairsRecord,
  type FactContext,
  type FactDefinition,
  type ListKey,
  type ListRecords,
  type MedicalInsuranceRecord,
  type PensionRecord,
  vocabulary,
} from '@duibiao/core';

import {
  distinct,
  entries,
  isInForce,
  periodText,
  rowsOf,
  someEntry,
} from './list-entries.js';
import { and, isOneOf, some } from './three-valued.js';

/**
 * Facts that say which benefits the line departments' lists show for a
 * member (低保, 特困供养, the two disability subsidies, a ranger post,
 * pension and medical insurance), for the enjoyed-not-recorded and
 * recorded-not-enjoyed rules; a household's loans are in
 * department-loans.ts.
 *
 * Each `listed…` fact is three-valued: `true` when the list shows the
 * benefit in force on the reference date, `false` when the list was
 * provided and shows no such benefit (the person may be missing from it),
 * unknown when a row that could decide it has a blank cell. Every fact
 * names the list fields it reads in `inputs`, so a list that was not
 * provided leaves it unknown, never "not on the list". Rows are read as
 * entries (see list-entries.ts): of several extracts of one spell or
 * scheme, the latest speaks.
 */

const [RESIDENT_PENSION, EMPLOYEE_PENSION] = vocabulary.PENSION_SCHEMES;
const [RESIDENT_MEDICAL, EMPLOYEE_MEDICAL] = vocabulary.MEDICAL_SCHEMES;
const INSURED = ['参保'];

/** How messages name what a list shows. */
const LABELS = {
  livingSubsidy: '困难残疾人生活补贴',
  careSubsidy: '重度残疾人护理补贴',
  unnamedPension: '基本养老保险（险种未填）',
  unnamedMedical: '基本医疗保险（险种未填）',
} as const;

/** A fact of a member computed from its rows of one list. */
function fromRows<const N extends string, K extends ListKey>(
  fact: Omit<FactDefinition<'member'>, 'subject' | 'compute'> & { name: N },
  list: K,
  compute: (rows: readonly ListRecords[K][], context: FactContext) => unknown,
): FactDefinition<'member'> & { name: N } {
  return {
    ...fact,
    subject: 'member',
    compute({ member }, context) {
      const rows = rowsOf(list, member, context);

      return rows && compute(rows, context);
    },
  };
}

// 民政救助: a spell of help is its kind and first day.

const CIVIL_AFFAIRS_INPUTS = [
  'civilAffairs.assistanceType',
  'civilAffairs.start',
  'civilAffairs.end',
  'civilAffairs.asOf',
  'members.idNumber',
];

const spellOf = (row: CivilAffairsRecord) =>
  `${row.assistanceType ?? ''}|${row.start ?? ''}`;

/** Whether and when the civil-affairs list shows help of one kind. */
function assistanceFacts<const N extends 'MinimumLiving' | 'ExtremePoverty'>(
  name: N,
  kind: '低保' | '特困供养',
): readonly [
  FactDefinition<'member'> & { name: `listed${N}` },
  FactDefinition<'member'> & { name: `listed${N}Periods` },
] {
  return [
    fromRows(
      {
        name: `listed${name}` as const,
        type: 'boolean',
        description: `Whether the civil-affairs list shows ${kind} in force for the member on the reference date (begun on or before it, ending on or after it or ongoing); false when it shows none.`,
        inputs: CIVIL_AFFAIRS_INPUTS,
      },
      'civilAffairs',
      (rows, { asOf }) =>
        someEntry(rows, spellOf, (row) =>
          and(
            isOneOf(row.assistanceType, [kind]),
            isInForce(row.start, row.end, asOf),
          ),
        ),
    ),
    fromRows(
      {
        name: `listed${name}Periods` as const,
        type: 'list',
        description: `The member's spells of ${kind} on the civil-affairs list, as text for messages (2019-03-01 起, 2019-03-01 至 2020-06-30); empty when there are none.`,
        inputs: CIVIL_AFFAIRS_INPUTS,
      },
      'civilAffairs',
      (rows) =>
        distinct(
          entries(rows, spellOf)
            .flat()
            .filter((row) => row.assistanceType === kind)
            .map((row) => periodText(row.start, row.end)),
        ),
    ),
  ] as const;
}

// 残联: one entry per person, the latest extract.

const DISABILITY_INPUTS = [
  'disability.livingSubsidy',
  'disability.careSubsidy',
  'disability.asOf',
  'members.idNumber',
];

const disabilityFacts = [
  fromRows(
    {
      name: 'listedDisabilitySubsidy',
      type: 'boolean',
      description:
        'Whether the disabled persons’ federation’s list shows the member receiving 困难残疾人生活补贴 or 重度残疾人护理补贴; false when it shows neither.',
      inputs: DISABILITY_INPUTS,
    },
    'disability',
    (rows) =>
      someEntry(
        rows,
        () => '',
        (row) => some([row.livingSubsidy, row.careSubsidy], (flag) => flag),
      ),
  ),
  fromRows(
    {
      name: 'listedDisabilitySubsidies',
      type: 'list',
      description:
        'The disability subsidies the federation’s list shows for the member, by name; empty when none.',
      inputs: DISABILITY_INPUTS,
    },
    'disability',
    (rows) =>
      distinct(
        entries(rows, () => '')
          .flat()
          .flatMap((row) => [
            ...(row.livingSubsidy ? [LABELS.livingSubsidy] : []),
            ...(row.careSubsidy ? [LABELS.careSubsidy] : []),
          ]),
      ),
  ),
] as const;

// 林业护林员: a contract is its first day.

const FORESTRY_INPUTS = [
  'forestry.start',
  'forestry.end',
  'forestry.asOf',
  'members.idNumber',
];

const forestryFacts = [
  fromRows(
    {
      name: 'listedForestRanger',
      type: 'boolean',
      description:
        'Whether the forestry list shows the member on a ranger contract in force on the reference date; false when it shows none.',
      inputs: FORESTRY_INPUTS,
    },
    'forestry',
    (rows, { asOf }) =>
      someEntry(
        rows,
        (row) => row.start ?? '',
        (row) => isInForce(row.start, row.end, asOf),
      ),
  ),
  fromRows(
    {
      name: 'listedForestRangerPeriods',
      type: 'list',
      description:
        'The member’s ranger contracts on the forestry list, as text for messages; empty when there are none.',
      inputs: FORESTRY_INPUTS,
    },
    'forestry',
    (rows) =>
      distinct(
        entries(rows, (row) => row.start ?? '')
          .flat()
          .map((row) => periodText(row.start, row.end)),
      ),
  ),
] as const;

// 人社养老 and 医保参保: an entry is a scheme; a row with a blank scheme
// is insurance of some scheme, compared as such.

type Insurance = PensionRecord | MedicalInsuranceRecord;

const schemeOf = (row: Insurance) => row.scheme ?? '';

/** Whether the latest rows of some scheme say 参保 for that scheme. */
function insuredIn(
  rows: readonly Insurance[],
  scheme: string | undefined,
): boolean | undefined {
  return someEntry(rows, schemeOf, (row) =>
    row.scheme === scheme ? isOneOf(row.status, INSURED) : false,
  );
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
    },
    'medicalInsurance',
    (rows, { asOf }) =>
      someEntry(ofYear(rows, asOf), schemeOf, (row) =>
        and(isOneOf(row.status, INSURED), row.seriousIllness),
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
      .filter((row) => row.status === '参保')
      .map((row) => `${row.scheme ?? unnamed}${suffix(row)}`),
  );
}

/**
 * Facts from the line departments' lists of who receives which benefit;
 * see the module comment for how rows and a missing list are read.
 */
export const departmentBenefitFacts = [
  ...assistanceFacts('MinimumLiving', '低保'),
  ...assistanceFacts('ExtremePoverty', '特困供养'),
  ...disabilityFacts,
  ...forestryFacts,
  ...pensionFacts,
  ...medicalFacts,
] as const;
