import {
  type CalendarDate,
  compareDates,
  type FactContext,
  type FactDefinition,
  type ListKey,
  type ListRecords,
  type Member,
} from '@duibiao/core';

import { firstDay, lastDay } from './date-spans.js';
import { some } from './three-valued.js';

/**
 * Reading a line department's rows about one person as entries: a spell
 * of assistance, a ranger contract, a loan, an insurance scheme.
 *
 * A list may hold several extracts of the same entry (the 低保 spell that
 * was ongoing in June and ended in August). Rows are grouped into entries
 * by a key the caller gives, and of an entry's rows the latest by
 * 数据截至日期 speak. Rows whose order cannot be told (a blank date, a
 * month-only date against a day of that month) all count as latest; when
 * they disagree, the entry is unknown rather than a guess.
 */

/** A list row with its 数据截至日期. */
export type DatedRow = { readonly asOf?: CalendarDate | null };

/**
 * A member's rows of a list as of the reference date.
 *
 * @param list - The list.
 * @param member - The member.
 * @param context - The check's look-ups.
 * @returns The rows; unknown without an ID number to look them up by.
 */
export function rowsOf<K extends ListKey>(
  list: K,
  member: Member,
  context: FactContext,
): readonly ListRecords[K][] | undefined {
  if (member.idNumber === undefined) return undefined;

  return context.lists.byId(list, member.idNumber);
}

/**
 * A fact of a member computed from its rows of one list: unknown without
 * an ID number to look them up by.
 *
 * @param fact - The fact's name, type, description, inputs and SQL.
 * @param list - The list.
 * @param compute - The value, from the member's rows in force.
 * @returns The fact.
 */
export function fromRows<const N extends string, K extends ListKey>(
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

/**
 * Groups rows into entries and keeps each entry's latest rows.
 *
 * @param rows - One person's rows of a list, as of the reference date.
 * @param entryOf - The key of the entry a row belongs to.
 * @returns The latest rows of each entry, entries in order of first row.
 */
export function entries<T extends DatedRow>(
  rows: readonly T[],
  entryOf: (row: T) => string,
): (readonly T[])[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = entryOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  return [...groups.values()].map(latest);
}

/**
 * Whether some entry passes a test, three-valued: `true` when the latest
 * rows of one entry all pass, `false` when every entry's latest rows all
 * fail (or there is no row), else unknown.
 *
 * @param rows - One person's rows of a list, as of the reference date.
 * @param entryOf - The key of the entry a row belongs to.
 * @param test - A three-valued test of a row.
 * @returns `true`, `false` or `undefined`.
 */
export function someEntry<T extends DatedRow>(
  rows: readonly T[],
  entryOf: (row: T) => string,
  test: (row: T) => boolean | undefined,
): boolean | undefined {
  return some(entries(rows, entryOf), (latestRows) => agreed(latestRows, test));
}

/**
 * Whether one date is on or before another, three-valued. A date known
 * only to its month may be any day of it: the answer is given when every
 * such day gives the same one.
 *
 * @param date - A `YYYY-MM-DD` or `YYYY-MM` date; blank is unknown.
 * @param other - The date to compare with.
 * @returns `true`, `false` or `undefined`.
 * @example
 * isOnOrBefore('2020-09', '2020-09-30'); // true
 * isOnOrBefore('2020-09', '2020-09-15'); // undefined
 */
export function isOnOrBefore(
  date: CalendarDate | null | undefined,
  other: CalendarDate | null | undefined,
): boolean | undefined {
  if (typeof date !== 'string' || typeof other !== 'string') return undefined;

  const [first, last] = [firstDay(date), lastDay(date)];
  const [otherFirst, otherLast] = [firstDay(other), lastDay(other)];
  if (!first || !last || !otherFirst || !otherLast) return undefined;

  if (compareDates(last, otherFirst) !== 1) return true;
  if (compareDates(first, otherLast) === 1) return false;

  return undefined;
}

/**
 * Whether a spell (help, a contract) is in force on a day: begun on or
 * before it, and ending on or after it or not ending (`null`).
 *
 * @param start - First day; blank is unknown.
 * @param end - Last day, `null` while it goes on; blank is unknown.
 * @param day - The reference date.
 * @returns `true`, `false` or `undefined`.
 */
export function isInForce(
  start: CalendarDate | null | undefined,
  end: CalendarDate | null | undefined,
  day: CalendarDate,
): boolean | undefined {
  const begun = isOnOrBefore(start, day);
  if (begun === false) return false;

  const going = end === null ? true : isOnOrBefore(day, end);
  if (going === false) return false;

  return begun && going ? true : undefined;
}

/**
 * A spell as text for messages: `2019-03-01 起`, `2019-03-01 至
 * 2020-06-30`; a blank day reads 日期不详.
 *
 * @param start - First day.
 * @param end - Last day, `null` while it goes on.
 * @returns The text.
 */
export function periodText(
  start: CalendarDate | null | undefined,
  end: CalendarDate | null | undefined,
): string {
  const from = start ?? '日期不详';

  return end === null ? `${from} 起` : `${from} 至 ${end ?? '日期不详'}`;
}

/**
 * The rows no other row is known to be later than by 数据截至日期; rows
 * with a blank date, or whose order cannot be told, all count as latest.
 *
 * @param rows - One person's, household's or entry's rows in force.
 * @returns The latest rows, in input order.
 */
export function latest<T extends DatedRow>(rows: readonly T[]): readonly T[] {
  if (rows.length < 2) return rows;

  return rows.filter((row) => !rows.some((other) => isEarlierRow(row, other)));
}

function isEarlierRow(row: DatedRow, other: DatedRow): boolean {
  if (typeof row.asOf !== 'string' || typeof other.asOf !== 'string')
    return false;

  return compareDates(row.asOf, other.asOf) === -1;
}

/** The answer the rows agree on, unknown when they differ. */
function agreed<T>(
  rows: readonly T[],
  test: (row: T) => boolean | undefined,
): boolean | undefined {
  const answers = rows.map(test);
  const first = answers[0];

  return answers.every((answer) => answer === first) ? first : undefined;
}

/**
 * Texts without repeats, in order of first appearance, for messages.
 *
 * @param values - The texts.
 * @returns Each text once.
 */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
