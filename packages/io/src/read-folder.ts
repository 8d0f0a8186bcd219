import {
  type Dataset,
  type Household,
  type ListKey,
  type ListRejections,
  LISTS,
  type ListTables,
  type Member,
  type Village,
} from '@duibiao/core';

import { rejectDuplicates, rejectOrphans } from './cross-rows.js';
import { findTableFiles, type FolderListing } from './find-table-files.js';
import { idIndex } from './id-index.js';
import { incompleteHouseholds } from './incomplete-households.js';
import { InputError, type InputProblem } from './input-error.js';
import { loadTableFile } from './load-table-file.js';
import { NEEDS_ROWS, noDataRows } from './no-data-rows.js';
import { type ReadLimits, resolveLimits } from './read-limits.js';
import type { ReadResult, TableReport } from './read-result.js';
import { readRows, type TableReading } from './read-rows.js';
import { rejectedMemberIds } from './rejected-member-ids.js';
import { isCoreTable, type TableKey } from './tables.js';
import { unmatchedRows } from './unmatched-rows.js';
import { unplacedMembers } from './unplaced-members.js';

/** Options of {@link readFolder}. */
export interface ReadFolderOptions {
  /** Limits on cells, columns and file sizes; the defaults where left out. */
  limits?: ReadLimits;
}

/**
 * Reads the households, members and villages tables of a folder of
 * spreadsheet exports.
 *
 * Each table is one file named by its key or Chinese name:
 * `households.csv`, `人员信息.xlsx`, `村信息.json`. Every data row ends
 * either as a record in the data set or as a rejection with its file,
 * line, column, value and reason. A second row with a household's (or a
 * village's) key is rejected, and so is a member of no household.
 *
 * Of a workbook, the sheets that hold the table's key column are
 * candidates, visible sheets before hidden ones always: among them the
 * one named after the table (`户信息`, `households`) is read, else the
 * one whose header names the most fields, the earlier on a tie. So a
 * notes sheet (说明) in front, even one listing the fields one per row,
 * does no harm; the data format's "first sheet unless configured" has no
 * setting here. The report names the sheet read, and the others holding
 * the key column.
 *
 * A household with a rejected member row (one whose 户编号 is readable and
 * names the household) is listed in `dataset.incompleteHouseholds`, so
 * that rules counting its members do not judge it on too few of them; the
 * list is left out when no household is incomplete. Rejected member rows
 * whose 户编号 cannot be read could belong to any household: their number
 * is `dataset.unplacedMembers`, and while it is above 0 every household's
 * member facts are unknown. The readable ID numbers of rejected member
 * rows are `dataset.rejectedMemberIds`, so that an ID number held twice
 * is found even when one of its rows is rejected. Each is left out when
 * there is nothing to say.
 *
 * What is read whole has limits (see {@link ReadLimits}): a cell longer
 * than an Excel cell rejects its row; a header wider than a sheet, a
 * CSV or JSON file over 128 MiB, a workbook over 32 MiB or one whose
 * parts unpack to more than 256 MiB makes the folder unusable.
 *
 * @param dir - The folder.
 * @param options - Limits on what is read, each with its default.
 * @returns The data set, a report per table file, the rejected rows and
 * the files skipped.
 * @throws {InputError} When the folder cannot be checked at all: it is
 * missing or not a folder; it has no households table (the message
 * names the files not read, with what to do when a name holds 户信息
 * among other words or is not UTF-8 and so may be it), or two files
 * for one table; a file named after a table cannot be opened (a link to
 * nothing, no permission, a pipe); a table file is empty, cannot be
 * decoded, lacks its key column (in every sheet of a workbook, each
 * named) or a required column, names a number field with a unit in
 * brackets that is not the field's (`人均纯收入（万元）`,
 * `务工时间（天）`), is JSON nested more than 100 levels deep, or is
 * larger than a limit allows. Every such problem is listed.
 * @throws {TypeError} When a limit is not a positive integer.
 * @example
 * const { dataset, tables } = await readFolder('exports/2020-09');
 * for (const table of tables) {
 *   report(`${table.file}: ${table.checked} of ${table.read} checked`);
 * }
 */
export async function readFolder(
  dir: string,
  options: ReadFolderOptions = {},
): Promise<ReadResult> {
  const limits = resolveLimits(options.limits);
  const listing = await findTableFiles(dir);
  const problems: InputProblem[] = [...listing.problems];
  if (!listing.files.some((file) => file.role.key === 'households')) {
    problems.push(noHouseholds(listing));
  }

  const readings = new Map<TableKey, TableReading>();
  for (const file of listing.files) {
    const loaded = await loadTableFile(file, limits);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const { maxCellCharacters } = limits;
    const reading = readRows(file, loaded.sheet, maxCellCharacters);
    readings.set(file.role.key, reading);
    if (reading.outcomes.length === 0 && NEEDS_ROWS.has(file.role.key))
      problems.push(noDataRows(file));
  }
  if (problems.length > 0) throw new InputError(dir, problems);

  return assemble(readings, listing);
}

function assemble(
  readings: Map<TableKey, TableReading>,
  listing: FolderListing,
): ReadResult {
  const households = readings.get('households');
  const members = readings.get('members');
  for (const reading of readings.values()) {
    if (reading.file.role.unique) rejectDuplicates(reading);
  }
  if (members && households) rejectOrphans(members, households);

  const ordered = [...readings.values()];
  const outcomes = (key: TableKey) => readings.get(key)?.outcomes ?? [];
  const records = (key: TableKey) =>
    outcomes(key).flatMap((outcome) => outcome.record ?? []);
  const absent = (['members', 'villages'] as const).filter(
    (key) => !readings.has(key),
  );
  const incomplete =
    members && households ? incompleteHouseholds(members, households) : [];
  const unplaced = members ? unplacedMembers(members) : 0;
  const rejectedIds = members ? rejectedMemberIds(members) : [];
  const lists: Record<string, unknown[]> = {};
  const listRejections: Record<string, ListRejections> = {};
  for (const [key, reading] of readings) {
    if (isCoreTable(key)) continue;
    lists[key] = records(key);
    const rejections = rejectedLinks(reading);
    if (rejections) listRejections[key] = rejections;
  }
  const dataset: Dataset = {
    households: records('households') as Household[],
    members: records('members') as Member[],
    villages: records('villages') as Village[],
    ...(Object.keys(lists).length > 0 ? { lists: lists as ListTables } : {}),
    ...(Object.keys(listRejections).length > 0
      ? { listRejections: listRejections as Dataset['listRejections'] }
      : {}),
    ...(absent.length > 0 ? { absentTables: absent } : {}),
    ...(incomplete.length > 0 ? { incompleteHouseholds: incomplete } : {}),
    ...(unplaced > 0 ? { unplacedMembers: unplaced } : {}),
    ...(rejectedIds.length > 0 ? { rejectedMemberIds: rejectedIds } : {}),
    ...(members ? { index: idIndex(members.outcomes) } : {}),
  };

  const memberIds = members && keysOf(members);
  const householdIds = households && keysOf(households);
  const reportOf = (reading: TableReading) => {
    const base = report(reading);
    if (isCoreTable(reading.file.role.key)) return base;
    const unmatched = unmatchedRows(reading, memberIds, householdIds);

    return unmatched ? { ...base, unmatched } : base;
  };

  return {
    dataset,
    tables: ordered.map(reportOf),
    rejected: ordered.flatMap((reading) =>
      reading.outcomes.flatMap((outcome) => outcome.rejection ?? []),
    ),
    skipped: listing.skipped,
  };
}

/**
 * What the rejected rows of a list name: the ID numbers or 户编号 it is
 * linked by, and how many name no one; `undefined` when none was rejected.
 */
function rejectedLinks(reading: TableReading): ListRejections | undefined {
  const { linkedBy } = LISTS[reading.file.role.key as ListKey];
  if (linkedBy === null) return undefined;

  const keys: string[] = [];
  let unplaced = 0;
  for (const outcome of reading.outcomes) {
    if (!outcome.rejection) continue;
    const link = linkedBy === 'householdId' ? outcome.householdId : outcome.key;
    if (link === undefined) unplaced += 1;
    else keys.push(link);
  }

  return keys.length + unplaced > 0 ? { keys, unplaced } : undefined;
}

/** The readable keys of a table's rows, rejected rows included. */
function keysOf(reading: TableReading): Set<string> {
  const keys = new Set<string>();
  for (const { key } of reading.outcomes) {
    if (key !== undefined) keys.add(key);
  }

  return keys;
}

function report(reading: TableReading): TableReport {
  const { file, sheet, outcomes } = reading;
  const rejected = outcomes.filter((outcome) => outcome.rejection).length;
  const { fields } = file.role.spec;
  const missing = Object.keys(fields).filter(
    (field) => !sheet.columns.fields.has(field),
  );

  return {
    table: file.role.key,
    file: file.file,
    format: file.format,
    encoding: sheet.encoding,
    sheet: sheet.sheet,
    ...(sheet.otherSheets ? { otherSheets: sheet.otherSheets } : {}),
    read: outcomes.length,
    checked: outcomes.length - rejected,
    rejected,
    blankRows: reading.blankRows,
    ...(reading.blankWithText
      ? { blankRowsWithText: reading.blankWithText }
      : {}),
    unknownColumns: reading.unknownColumns,
    missingColumns: missing.map((field) => fields[field]?.header ?? field),
  };
}

function noHouseholds(listing: FolderListing): InputProblem {
  // A file whose name holds the table's name among other words
  // (周至县户信息.csv) is likely it, and is named with what to do.
  const likely = ({ file }: { file: string }) =>
    /households|户信息/i.test(file);
  const near = listing.skipped
    .filter(likely)
    .map(({ file, reason }) => `; ${skippedHouseholds(file, reason)}`);
  const rest = listing.skipped
    .filter((skipped) => !likely(skipped))
    .map(({ file }) => file)
    .filter((file) => !listing.undecodable.includes(file));
  if (rest.length > 0) {
    const shown = rest.length > 10 ? [...rest.slice(0, 10), '…'] : rest;
    near.push(`; also not read: ${shown.join(', ')}`);
  }

  // A name that is not UTF-8 might be 户信息.csv saved by Windows in GBK.
  const { undecodable } = listing;
  const names =
    undecodable.length === 1
      ? `the name of ${undecodable[0]} is`
      : `the names of ${undecodable.join(', ')} are`;
  const hidden =
    undecodable.length > 0
      ? `; ${names} not valid UTF-8, so any of them may be the households table: rename them`
      : '';

  return {
    file: null,
    message: `there is no households table: add households.csv, households.xlsx or households.json (or 户信息 with one of those extensions)${near.join('')}${hidden}`,
  };
}

/** Why a file that may be the households table was skipped. */
function skippedHouseholds(file: string, reason: string): string {
  if (!reason.includes(' names no table')) {
    return `${file} was skipped: ${reason}`;
  }

  const dot = file.lastIndexOf('.');
  const extension = dot > 0 ? file.slice(dot) : '';
  const name = /households/i.test(file) ? 'households' : '户信息';
  return `${file} was not read: its name names no table; rename it ${name}${extension}`;
}
