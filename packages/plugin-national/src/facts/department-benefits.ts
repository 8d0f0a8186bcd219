import type { CivilAffairsRecord, FactDefinition } from '@duibiao/core';

import { departmentInsuranceFacts } from './department-insurance.js';
import {
  distinct,
  entries,
  fromRows,
  isInForce,
  periodText,
  someEntry,
} from './list-entries.js';
import { inForceSql, someEntrySql } from './list-entries-sql.js';
import { and, isOneOf, some } from './three-valued.js';

/**
 * Facts that say which benefits the line departments' lists show for a
 * member (低保, 特困供养, the two disability subsidies, a ranger post,
 * and, in department-insurance.ts, pension and medical insurance), for
 * the enjoyed-not-recorded and recorded-not-enjoyed rules; a household's
 * loans are in department-loans.ts.
 *
 * Each `listed…` fact is three-valued: `true` when the list shows the
 * benefit in force on the reference date, `false` when the list was
 * provided and shows no such benefit (the person may be missing from it),
 * unknown when a row that could decide it has a blank cell. Every fact
 * names the list fields it reads in `inputs`, so a list that was not
 * provided leaves it unknown, never "not on the list". Rows are read as
 * entries (see list-entries.ts): of several extracts of one spell or
 * scheme, the latest speaks. The SQL of each mirrors its computation
 * through list-entries-sql.ts.
 */

/** How messages name what a list shows. */
const LABELS = {
  livingSubsidy: '困难残疾人生活补贴',
  careSubsidy: '重度残疾人护理补贴',
} as const;

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
        sql: (q) =>
          someEntrySql(
            q,
            {
              list: 'civilAffairs',
              entry: (rows) => [
                rows.column('assistanceType').value,
                rows.column('start').value,
              ],
            },
            (rows) =>
              `(${rows.column('assistanceType').value} = ${q.text(kind)}` +
              ` AND ${inForceSql(q, rows.column('start').value, rows.column('end'))})`,
          ),
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
      sql: (q) =>
        someEntrySql(
          q,
          { list: 'disability' },
          (rows) =>
            `(${rows.column('livingSubsidy').value} OR ${rows.column('careSubsidy').value})`,
        ),
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
      sql: (q) =>
        someEntrySql(
          q,
          { list: 'forestry', entry: (rows) => [rows.column('start').value] },
          (rows) =>
            inForceSql(q, rows.column('start').value, rows.column('end')),
        ),
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

/**
 * Facts from the line departments' lists of who receives which benefit;
 * see the module comment for how rows and a missing list are read.
 */
export const departmentBenefitFacts = [
  ...assistanceFacts('MinimumLiving', '低保'),
  ...assistanceFacts('ExtremePoverty', '特困供养'),
  ...disabilityFacts,
  ...forestryFacts,
  ...departmentInsuranceFacts,
] as const;
