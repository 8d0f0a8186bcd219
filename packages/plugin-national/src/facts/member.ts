import type { FactSql, FactSqlContext } from '@duibiao/core';
import { defineFact } from '@duibiao/plugin-sdk';

import { digitsAt } from './id-number-sql.js';

/**
 * Disability category and grade from a 20-character disability card: the
 * ID number, then the category digit (1 visual, 2 hearing, 3 speech,
 * 4 physical, 5 intellectual, 6 mental, 7 multiple), then the grade digit
 * (1 most severe to 4).
 */
function cardDigit(
  card: string | null | undefined,
  position: 18 | 19,
): number | null | undefined {
  // A card that is not ID number + category + grade says nothing certain,
  // so its digits are unknown rather than "no card".
  if (card === undefined) return undefined;
  if (card === null) return null;
  if (!/^\d{17}[\dX][1-7][1-4]$/.test(card)) return undefined;

  return Number(card[position]);
}

/** The characters of text as a list of SQL literals. */
const listOf = (q: FactSqlContext, chars: string) =>
  [...chars].map((c) => q.text(c)).join(', ');

/** {@link cardDigit} in SQL: the digit, at 19 or 20 counted from 1. */
function cardDigitSql(q: FactSqlContext, at: 19 | 20): FactSql {
  const card = q.column('members', 'disabilityCard');
  const text = card.value;
  const wellFormed =
    `length(${text}) = 20 AND ${digitsAt(q, text, 1, 17)}` +
    ` AND ${digitsAt(q, text, 18, 1, 'X')}` +
    ` AND substr(${text}, 19, 1) IN (${listOf(q, '1234567')})` +
    ` AND substr(${text}, 20, 1) IN (${listOf(q, '1234')})`;

  return {
    value: `(CASE WHEN ${wellFormed} THEN CAST(substr(${text}, ${at}, 1) AS INTEGER) END)`,
    none: card.none ?? 'FALSE',
  };
}

/** School statuses of members who are not students. */
const NOT_STUDENT: readonly string[] = ['失学辍学', '学龄前儿童'];

/** Facts about a single member beyond its fields. */
export const memberFacts = [
  defineFact({
    name: 'disabilityCategory',
    subject: 'member',
    type: 'number',
    description:
      'Disability category digit of the card (4 is physical); null without a card, unknown for a malformed one.',
    inputs: ['members.disabilityCard'],
    compute: ({ member }) => cardDigit(member.disabilityCard, 18),
    sql: (q) => cardDigitSql(q, 19),
  }),
  defineFact({
    name: 'disabilityGrade',
    subject: 'member',
    type: 'number',
    description:
      'Disability grade digit of the card (1 and 2 are severe); null without a card, unknown for a malformed one.',
    inputs: ['members.disabilityCard'],
    compute: ({ member }) => cardDigit(member.disabilityCard, 19),
    sql: (q) => cardDigitSql(q, 20),
  }),
  defineFact({
    name: 'isStudent',
    subject: 'member',
    type: 'boolean',
    description:
      'Whether the member has a school status other than 失学辍学 (学龄前儿童 is not a student).',
    inputs: ['members.schoolStatus'],
    compute: ({ member }) =>
      member.schoolStatus === undefined
        ? undefined
        : member.schoolStatus !== null &&
          !NOT_STUDENT.includes(member.schoolStatus),
    sql(q) {
      const status = q.column('members', 'schoolStatus');
      const notStudent = NOT_STUDENT.map((s) => q.text(s)).join(', ');

      return {
        value:
          `(CASE WHEN ${status.none ?? 'FALSE'} THEN FALSE` +
          ` ELSE ${status.value} NOT IN (${notStudent}) END)`,
      };
    },
  }),
] as const;
