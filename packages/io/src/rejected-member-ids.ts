import type { TableReading } from './read-rows.js';

/**
 * The ID numbers of rejected member rows whose 证件号码 cell can be read,
 * as core reads it (upper case, full-width characters made half-width,
 * an apostrophe or ="…" wrapper removed). Core counts them when looking
 * for ID numbers held twice, so that a duplicate is not hidden by the
 * rejection of one of its rows.
 *
 * @param members - The members table, rules across rows applied.
 * @returns The ID numbers in row order, repeats kept.
 */
export function rejectedMemberIds(members: TableReading): string[] {
  // The members table is keyed by 证件号码, so a row's key is its ID
  // number as core reads it, when the cell is readable.
  return members.outcomes.flatMap(({ rejection, key }) =>
    rejection && key !== undefined ? [key] : [],
  );
}
