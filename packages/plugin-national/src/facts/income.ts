import type { FactSqlContext, Household } from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { rowCountSql } from './three-valued-sql.js';

const ITEMS = [
  'wageIncome',
  'businessIncome',
  'propertyIncome',
  'transferIncome',
  'businessExpense',
] as const;

/**
 * Net income computed from its items: wage + business + property +
 * transfer − business expense; unknown when an item is blank.
 *
 * @param household - The household.
 * @returns Yuan per year, or `undefined`.
 */
export function itemisedNetIncome(household: Household): number | undefined {
  const [wage, business, property, transfer, expense] = ITEMS.map(
    (key) => household[key],
  );
  if (
    [wage, business, property, transfer, expense].some((v) => v === undefined)
  )
    return undefined;

  return (
    (wage as number) +
    (business as number) +
    (property as number) +
    (transfer as number) -
    (expense as number)
  );
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A household's number field in SQL, NULL when blank. */
function amountSql(q: FactSqlContext, field: string): string {
  return q.column('households', field).value;
}

/**
 * {@link itemisedNetIncome} in SQL: the same sum, left to right as
 * JavaScript adds, of the doubles; NULL when an item is.
 */
function itemisedNetIncomeSql(q: FactSqlContext): string {
  const [wage, business, property, transfer, expense] = ITEMS.map((key) =>
    amountSql(q, key),
  );

  return `(${wage} + ${business} + ${property} + ${transfer} - ${expense})`;
}

/**
 * The household's member rows, counted as `members.length` is, and SQL of
 * a number divided by that count, NULL for a household without members.
 */
function perMemberSql(q: FactSqlContext, amount: string): string {
  const count = rowCountSql(q.related('members'));

  return `(CASE WHEN ${count} > 0 THEN ${amount} / ${count} END)`;
}

/** Facts that check declared incomes against their parts. */
export const incomeFacts = [
  defineFact({
    name: 'itemisedNetIncome',
    subject: 'household',
    type: 'number',
    description:
      'Wage + business + property + transfer income − business expense.',
    inputs: ITEMS.map((key) => `households.${key}`),
    compute: ({ household }) => itemisedNetIncome(household),
    sql: (q) => ({ value: itemisedNetIncomeSql(q) }),
  }),
  defineFact({
    name: 'netIncomeGap',
    subject: 'household',
    type: 'number',
    description:
      'How far 家庭纯收入 is from the sum of its items, in yuan (absolute).',
    inputs: [
      'households.netIncome',
      ...ITEMS.map((key) => `households.${key}`),
    ],
    compute: ({ household }) => {
      const items = itemisedNetIncome(household);
      if (items === undefined || household.netIncome === undefined)
        return undefined;
      return round2(Math.abs(household.netIncome - items));
    },
    sql: (q) => ({
      value: q.fn.round2(
        `abs(${amountSql(q, 'netIncome')} - ${itemisedNetIncomeSql(q)})`,
      ),
    }),
  }),
  defineFact({
    name: 'perCapitaFromNet',
    subject: 'household',
    type: 'number',
    description: '家庭纯收入 divided by the members in the members table.',
    inputs: ['households.netIncome', 'members.householdId'],
    compute: ({ household, members }) =>
      household.netIncome === undefined || members.length === 0
        ? undefined
        : round2(household.netIncome / members.length),
    sql: (q) => ({
      value: q.fn.round2(perMemberSql(q, amountSql(q, 'netIncome'))),
    }),
  }),
  defineFact({
    name: 'perCapitaGap',
    subject: 'household',
    type: 'number',
    description:
      'How far 人均纯收入 is from 家庭纯收入 / members, in yuan (absolute).',
    inputs: [
      'households.perCapitaNetIncome',
      'households.netIncome',
      'members.householdId',
    ],
    compute: ({ household, members }) => {
      const { netIncome, perCapitaNetIncome } = household;
      if (
        netIncome === undefined ||
        perCapitaNetIncome === undefined ||
        members.length === 0
      ) {
        return undefined;
      }
      return round2(Math.abs(perCapitaNetIncome - netIncome / members.length));
    },
    sql: (q) => {
      const perMember = perMemberSql(q, amountSql(q, 'netIncome'));
      const declared = amountSql(q, 'perCapitaNetIncome');

      return { value: q.fn.round2(`abs(${declared} - ${perMember})`) };
    },
  }),
] as const;
