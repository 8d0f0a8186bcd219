import {
  type Dataset,
  households,
  type Member,
  members,
  parseRecord,
} from '@duibiao/core';

/** The problems of one row of the form, by field key. */
export type RowProblems = Map<string, string>;

/** What the form's rows make: a data set to check, or why there is none. */
export interface Declaration {
  /** The household and its readable members; absent while the household row cannot be read. */
  dataset: Dataset | undefined;
  /** The problems of the household row. */
  household: RowProblems;
  /** The problems of each member row, in the form's order. */
  members: RowProblems[];
  /** The ID number each member row was read as; blank where it was not. */
  memberIds: string[];
}

/**
 * Reads the form's rows as a folder reader reads a household's rows: each
 * cell by its field's rules, a row with an unreadable cell rejected. A
 * member row left wholly blank is no row at all. A rejected member row
 * marks the household incomplete, so that rules counting its members do
 * not judge it on too few of them. Fields the form does not ask for are
 * unknown, and so are the village and the departments' lists, which no
 * rule then reads as "none".
 *
 * @param householdCells - The household's cells, by field key.
 * @param memberCells - Each member's cells, by field key, without 户编号.
 * @returns The data set, or the problems that keep it from being read.
 */
export function readDeclaration(
  householdCells: Readonly<Record<string, string>>,
  memberCells: readonly Readonly<Record<string, string>>[],
): Declaration {
  const household = parseRecord(households, householdCells);
  const householdId = householdCells.householdId ?? '';
  const rows: Member[] = [];
  const memberProblems: RowProblems[] = [];
  const memberIds: string[] = [];
  const rejectedIds: string[] = [];

  for (const cells of memberCells) {
    const member = isBlankRow(cells)
      ? undefined
      : parseRecord(members, { ...cells, householdId });
    if (member?.ok) rows.push(member.record);
    else if (member && cells.idNumber) rejectedIds.push(cells.idNumber.trim());
    memberProblems.push(
      member && !member.ok ? byField(member.problems) : new Map(),
    );
    memberIds.push(member?.ok ? (member.record.idNumber ?? '') : '');
  }

  if (!household.ok) {
    return {
      dataset: undefined,
      household: byField(household.problems),
      members: memberProblems,
      memberIds,
    };
  }

  const incomplete = memberProblems.some((problems) => problems.size > 0);
  const dataset: Dataset = {
    households: [household.record],
    members: rows,
    villages: [],
    absentTables: ['villages'],
    ...(incomplete
      ? { incompleteHouseholds: [household.record.householdId] }
      : {}),
    ...(rejectedIds.length > 0 ? { rejectedMemberIds: rejectedIds } : {}),
  };

  return { dataset, household: new Map(), members: memberProblems, memberIds };
}

function isBlankRow(cells: Readonly<Record<string, string>>): boolean {
  return Object.values(cells).every((cell) => cell.trim() === '');
}

function byField(
  problems: readonly { field: string; reason: string }[],
): RowProblems {
  return new Map(problems.map((problem) => [problem.field, problem.reason]));
}
