import {
  type CellProblem,
  type Dataset,
  households,
  type Member,
  members,
  parseRecord,
} from '@duibiao/core';

import { TEXT } from './text.js';

/** The problems of one row of the form, by field key. */
export type RowProblems = Map<string, string>;

/** What the form's rows make: a data set to check, or why there is none. */
export interface Declaration {
  /**
   * The household and its members; absent while any row cannot be read,
   * or while nothing has been entered.
   */
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
 * member row left wholly blank is no row at all. Any rejected row, the
 * household's or a member's, leaves no data set: a household checked
 * without one of its members would be judged on a record that is not the
 * one declared, and could pass. A form with nothing entered has no data
 * set and no problems. Fields the form does not ask for are unknown, and
 * so are the village and the departments' lists, which no rule then reads
 * as "none".
 *
 * @param householdCells - The household's cells, by field key.
 * @param memberCells - Each member's cells, by field key, without 户编号.
 * @returns The data set, or the problems that keep it from being read.
 */
export function readDeclaration(
  householdCells: Readonly<Record<string, string>>,
  memberCells: readonly Readonly<Record<string, string>>[],
): Declaration {
  if (isBlankRow(householdCells) && memberCells.every(isBlankRow)) {
    const none = memberCells.map(() => new Map<string, string>());
    return {
      dataset: undefined,
      household: new Map(),
      members: none,
      memberIds: memberCells.map(() => ''),
    };
  }

  const household = parseRecord(households, householdCells);
  const householdId = householdCells.householdId ?? '';
  const rows: Member[] = [];
  const memberProblems: RowProblems[] = [];
  const memberIds: string[] = [];
  for (const cells of memberCells) {
    const member = isBlankRow(cells)
      ? undefined
      : parseRecord(members, { ...cells, householdId });
    if (member?.ok) rows.push(member.record);
    memberProblems.push(
      member && !member.ok ? byField(member.problems) : new Map(),
    );
    memberIds.push(member?.ok ? (member.record.idNumber ?? '') : '');
  }

  const householdProblems = household.ok
    ? new Map<string, string>()
    : byField(household.problems);
  const readable =
    household.ok && memberProblems.every((problems) => problems.size === 0);
  const dataset: Dataset | undefined = readable
    ? {
        households: [household.record],
        members: rows,
        villages: [],
        absentTables: ['villages'],
      }
    : undefined;

  return {
    dataset,
    household: householdProblems,
    members: memberProblems,
    memberIds,
  };
}

function isBlankRow(cells: Readonly<Record<string, string>>): boolean {
  return Object.values(cells).every((cell) => cell.trim() === '');
}

/**
 * Each problem's reason by field. The core words its reasons in English;
 * a blank field that must be filled is said in the page's own words.
 */
function byField(problems: readonly CellProblem[]): RowProblems {
  return new Map(
    problems.map((problem) => [
      problem.field,
      isBlankCell(problem.value) ? TEXT.required : problem.reason,
    ]),
  );
}

function isBlankCell(value: CellProblem['value']): boolean {
  if (value === null || value === undefined) return true;

  return typeof value === 'string' && value.trim() === '';
}
