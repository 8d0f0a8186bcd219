import type { TableReading } from './read-rows.js';

/**
 * Counts the rejected member rows whose 户编号 cannot be read: blank (as
 * a cell merged down rows leaves it in CSV), stored as a number that lost
 * digits (6.10124E+15), a JSON list, or a row that is no row at all. Such
 * a row could belong to any household, so while there is one, core judges
 * every household's member facts unknown.
 *
 * @param members - The members table, rules across rows applied.
 * @returns The number of such rows; 0 when every rejected row is placed.
 */
export function unplacedMembers(members: TableReading): number {
  const unplaced = members.outcomes.filter(
    (outcome) => outcome.rejection && outcome.householdId === undefined,
  );

  return unplaced.length;
}
