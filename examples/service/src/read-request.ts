import {
  type CalendarDate,
  type Dataset,
  type FieldMap,
  type Household,
  households,
  isCalendarDate,
  type Member,
  members,
  type TableSpec,
  type Village,
  villages,
} from '@duibiao/core';
import { z } from 'zod';

import {
  type InputProblem,
  ProblemList,
  type RequestTable,
  shortText,
} from './input-problem.js';
import { readTable, type TableOptions } from './read-table.js';

/**
 * A check request read: the reference date and the data set, or the
 * problems (the first `maxProblems`) and how many there were.
 */
export type CheckRequestRead =
  | { ok: true; asOf: CalendarDate; dataset: Dataset }
  | { ok: false; problems: InputProblem[]; problemCount: number };

/** Options of {@link readCheckRequest}. */
export interface ReadRequestOptions {
  /**
   * The most problems returned; the others are only counted.
   * @default 1000
   */
  maxProblems?: number;
}

/**
 * Whether a text is a reference date: a real day written `YYYY-MM-DD`
 * (not a month, not 2020-02-30).
 *
 * @param text - The text.
 * @returns `true` for a real day.
 * @example
 * isReferenceDate('2020-09-30'); // true
 * isReferenceDate('2020-09'); // false
 */
export function isReferenceDate(text: string): text is CalendarDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isCalendarDate(text);
}

const rows = (table: string) =>
  z.array(z.unknown(), {
    error: `expected an array of ${table} objects keyed by field names`,
  });

/** The body of `POST /check`, down to the arrays; rows are read apart. */
const requestSchema = z.strictObject(
  {
    asOf: z
      .string({ error: 'expected the reference date as a string YYYY-MM-DD' })
      .refine(isReferenceDate, {
        error: 'expected a real date written YYYY-MM-DD',
      }),
    households: rows('household'),
    members: rows('member'),
    villages: rows('village').optional(),
  },
  { error: 'expected an object { asOf, households, members, villages? }' },
);

const MAX_PROBLEMS = 1000;

const SPECS: Record<RequestTable, TableSpec<FieldMap>> = {
  households: households as unknown as TableSpec<FieldMap>,
  members: members as unknown as TableSpec<FieldMap>,
  villages: villages as unknown as TableSpec<FieldMap>,
};

/**
 * Reads the parsed JSON body of `POST /check` into a reference date
 * and a data set, all or nothing: when anything is wrong — the shape
 * of the body, a date, any cell of any row, a household or village
 * given twice, a member of no household given — nothing is checked,
 * and the problems are returned with their places, in the order of the
 * body. Rows are read as the file readers read a JSON table (see
 * {@link readRow}). Without `villages`, the villages table counts as
 * not given: facts that read it are unknown, not "no village".
 *
 * @param body - The body, as `JSON.parse` gives it.
 * @param options - How many problems to return.
 * @returns The date and data set, or the problems.
 * @example
 * readCheckRequest({
 *   asOf: '2020-09-30',
 *   households: [{ householdId: 'H1', perCapitaNetIncome: '3,500' }],
 *   members: [],
 * });
 * // { ok: true, asOf: '2020-09-30', dataset: {
 *   households: [{ householdId: 'H1', perCapitaNetIncome: 3500 }], … } }
 */
export function readCheckRequest(
  body: unknown,
  options: ReadRequestOptions = {},
): CheckRequestRead {
  const problems = new ProblemList(options.maxProblems ?? MAX_PROBLEMS);
  const shape = requestSchema.safeParse(body);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      for (const problem of issueOf(issue)) problems.add(problem);
    }
  }

  const given = isObject(body) ? body : {};
  const table = (name: RequestTable, tableOptions: TableOptions) => {
    const rows = given[name];
    if (!Array.isArray(rows)) return undefined;

    return readTable(name, SPECS[name], rows, problems, tableOptions);
  };
  const household = table('households', { unique: true });
  const member = table('members', {
    unique: false,
    households: household?.keys,
  });
  const village = table('villages', { unique: true });
  if (!shape.success || problems.count > 0) {
    return {
      ok: false,
      problems: problems.listed,
      problemCount: problems.count,
    };
  }

  const dataset: Dataset = {
    households: (household?.records ?? []) as Household[],
    members: (member?.records ?? []) as Member[],
    villages: (village?.records ?? []) as Village[],
    ...(village ? {} : { absentTables: ['villages'] }),
  };

  return { ok: true, asOf: shape.data.asOf, dataset };
}

function issueOf(issue: z.core.$ZodIssue): InputProblem[] {
  const path = pathOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: shortText(key),
      reason: `${shortText(key)} is not part of a check request: give asOf, households, members and, if you have them, villages`,
    }));
  }

  return [{ path, reason: issue.message }];
}

function pathOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    text += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  }

  return text === '' ? '$' : text.slice(text.startsWith('.') ? 1 : 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
