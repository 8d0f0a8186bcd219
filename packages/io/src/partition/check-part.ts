import { readFileSync } from 'node:fs';

import type {
  Checker,
  CheckResult,
  CheckStats,
  Dataset,
  Finding,
  Household,
  Member,
  Village,
} from '@duibiao/core';

import type { BlankRowsWithText } from '../blank-rows-with-text.js';
import { rejectDuplicates, rejectOrphans } from '../cross-rows.js';
import type { TableFile } from '../find-table-files.js';
import type { ColumnMap } from '../header.js';
import { idIndex, type IdOccurrences } from '../id-index.js';
import { incompleteHouseholds } from '../incomplete-households.js';
import type { Rejection, TableFormat, TextEncoding } from '../read-result.js';
import { readRows, type TableReading } from '../read-rows.js';
import type { SheetRow } from '../sheet-row.js';
import { TABLES, type TableKey } from '../tables.js';

/** A table file as it travels to a worker: functions stay behind. */
export interface PartFile {
  key: TableKey;
  file: string;
  path: string;
  format: TableFormat;
  encoding: TextEncoding;
  columns: ColumnMap;
}

/** What a part is checked with besides its rows. */
export interface PartShared {
  /** Tables with no file. */
  absentTables: string[];
  /** Member rows of no readable 户编号, in the whole input. */
  unplacedMembers: number;
  /** ID numbers on more than one member row of the whole input. */
  sharedIds: Map<string, IdOccurrences>;
  /** The most characters a cell may hold; a longer one rejects its row. */
  maxCellCharacters: number;
}

/** One part of the input to check. */
export interface PartTask {
  part: number;
  households: PartFile & { spill: string };
  members?: PartFile & { spill: string };
  /** The villages of this part, with their lines. */
  villages: { record: Village; line: number }[];
}

/** Checks a part's data set in place of the checker's own `check`. */
export type PartCheck = (
  checker: Checker,
  dataset: Dataset,
) => Promise<CheckResult>;

/** Where a subject stands in the order a whole-input check judges them. */
export type SubjectOrder = [number, number, number];

/** A part's rows read and checked. */
export interface PartResult {
  part: number;
  findings: Finding[];
  stats: CheckStats;
  /** Order of each subject named in the stats' examples and samples. */
  order: Record<string, SubjectOrder>;
  rejected: Rejection[];
  tables: {
    table: TableKey;
    read: number;
    checked: number;
    rejected: number;
    blankRows: number;
    /** Blank rows holding text in a column naming no field, if any. */
    blankWithText?: BlankRowsWithText;
    /** Unknown columns with data in this part, by column index. */
    unknownColumns: [number, string][];
  }[];
}

/**
 * Reads one part's rows as the whole-folder reader reads them (the rules
 * across rows included: a part holds every row that shares a key) and
 * checks them.
 *
 * @param task - The part.
 * @param shared - What the part cannot see for itself.
 * @param checker - The checker.
 * @param check - Checks the part in place of the checker's own `check`;
 * a part with no rows of any table is checked by the checker.
 * @returns Findings, statistics, rejections and row counts.
 */
export async function checkPart(
  task: PartTask,
  shared: PartShared,
  checker: Checker,
  check?: PartCheck,
): Promise<PartResult> {
  const most = shared.maxCellCharacters;
  const households = readPart(task.households, most);
  const members = task.members ? readPart(task.members, most) : undefined;
  rejectDuplicates(households);
  if (members) rejectOrphans(members, households);

  const records = <T>(reading: TableReading | undefined) =>
    (reading?.outcomes ?? []).flatMap((o) =>
      o.record ? [o.record] : [],
    ) as T[];
  const incomplete = members ? incompleteHouseholds(members, households) : [];
  const elsewhere = rowsElsewhere(members, shared.sharedIds);
  const dataset: Dataset = {
    households: records<Household>(households),
    members: records<Member>(members),
    villages: task.villages.map(({ record }) => record),
    ...(shared.absentTables.length > 0
      ? { absentTables: shared.absentTables }
      : {}),
    ...(incomplete.length > 0 ? { incompleteHouseholds: incomplete } : {}),
    ...(shared.unplacedMembers > 0
      ? { unplacedMembers: shared.unplacedMembers }
      : {}),
    ...(elsewhere.length > 0 ? { rejectedMemberIds: elsewhere } : {}),
    index: idIndex(members?.outcomes ?? [], shared.sharedIds),
  };
  const { households: h, members: m, villages: v } = dataset;
  const empty = h.length + m.length + v.length === 0;
  const result =
    check && !empty
      ? await check(checker, dataset)
      : await checker.check(dataset);

  const readings = [households, ...(members ? [members] : [])];
  return {
    part: task.part,
    findings: result.findings,
    stats: result.stats,
    order: subjectOrder(task, households, members, result.stats),
    rejected: readings.flatMap((reading) =>
      reading.outcomes.flatMap((outcome) => outcome.rejection ?? []),
    ),
    tables: readings.map((reading) => {
      const rejected = reading.outcomes.filter((o) => o.rejection).length;
      const { headers } = reading.sheet.columns;
      return {
        table: reading.file.role.key,
        read: reading.outcomes.length,
        checked: reading.outcomes.length - rejected,
        rejected,
        blankRows: reading.blankRows,
        ...(reading.blankWithText
          ? { blankWithText: reading.blankWithText }
          : {}),
        unknownColumns: reading.unknownColumns.map(
          (name) => [headers.indexOf(name), name] as [number, string],
        ),
      };
    }),
  };
}

/**
 * One entry per row of a shared ID number that the part's members table
 * lacks: its rejected rows and the rows of other parts. The checker
 * counts an ID number's rows through the data set's `index`; the SQL
 * engines count them in the members table and `rejectedMemberIds`, which
 * with these entries come to the whole input's count too.
 */
function rowsElsewhere(
  members: TableReading | undefined,
  shared: ReadonlyMap<string, IdOccurrences>,
): string[] {
  const here = new Map<string, number>();
  for (const { key, record } of members?.outcomes ?? []) {
    if (key === undefined || !shared.has(key)) continue;
    here.set(key, (here.get(key) ?? 0) + (record ? 1 : 0));
  }

  const ids: string[] = [];
  for (const [id, accepted] of here) {
    const total = shared.get(id)?.count ?? 0;
    for (let row = accepted; row < total; row += 1) ids.push(id);
  }
  return ids;
}

/**
 * Where a member's key (`M:户编号:证件号码`, `M:户编号:#位置`, with `#2`
 * and on for a repeated one) stands: after its household, or among the
 * members of no household by the line of the first of them.
 */
function memberOrder(
  key: string,
  homeLine: ReadonlyMap<string, number>,
  people: ReadonlyMap<string, Member[]>,
  lineOf: ReadonlyMap<Member, number>,
): SubjectOrder {
  const rest = key.slice(2);
  // ID numbers hold no colon, so the household is what comes before the
  // last one; a household number with a colon in it is looked for.
  const cut = rest.lastIndexOf(':');
  const home = people.has(rest.slice(0, cut))
    ? rest.slice(0, cut)
    : [...people.keys()].find((id) => rest.startsWith(`${id}:`));
  if (home === undefined) return [9, 0, 0];
  const list = people.get(home) as Member[];
  const [name = '', nth = '1'] = rest.slice(home.length + 1).split('#');
  const position = name === '' ? Number(nth) : undefined;
  const matching = list.filter((member, index) =>
    position === undefined
      ? member.idNumber === name
      : member.idNumber === undefined && index + 1 === position,
  );
  const member =
    position === undefined ? matching[Number(nth) - 1] : matching[0];
  const line = member ? (lineOf.get(member) ?? 0) : 0;
  const first = lineOf.get(list[0] as Member) ?? 0;
  const homeAt = homeLine.get(home);

  return homeAt === undefined ? [2, first, line] : [1, homeAt, line];
}

function readPart(
  part: PartFile & { spill: string },
  maxCellCharacters: number,
): TableReading {
  const role = TABLES.find((table) => table.key === part.key);
  if (!role) throw new Error(`no table ${part.key}`);
  const file: TableFile = {
    role,
    file: part.file,
    path: part.path,
    format: part.format,
  };

  const rows: SheetRow[] = [];
  const text = readFileSync(part.spill, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const bracket = text.indexOf('[', start);
    const line = Number(text.slice(start, bracket));
    const cells = JSON.parse(text.slice(bracket, end)) as string[];
    rows.push({ line, cells });
    start = end + 1;
  }

  const sheet = {
    encoding: part.encoding,
    sheet: null,
    columns: part.columns,
    rows,
    strictWidth: true,
  };
  return readRows(file, sheet, maxCellCharacters);
}

/**
 * Where the subjects named in the stats stand in a whole-input check:
 * villages first by line, then each household by line followed by its
 * members by line, then members of no household, by the line of the
 * first member of their 户编号, then counties by the line of their first
 * household (a county's households are all in one part).
 */
function subjectOrder(
  task: PartTask,
  households: TableReading,
  members: TableReading | undefined,
  stats: CheckStats,
): Record<string, SubjectOrder> {
  const wanted = new Set<string>();
  for (const rule of stats.rules) {
    for (const key of rule.unknownExamples) wanted.add(key);
    for (const sample of rule.errorSamples) wanted.add(sample.subject);
  }
  const order: Record<string, SubjectOrder> = {};
  if (wanted.size === 0) return order;

  const villageLine = new Map<string, number>();
  for (const { record, line } of task.villages)
    villageLine.set(record.regionCode, line);
  const homeLine = new Map<string, number>();
  for (const outcome of households.outcomes) {
    const id = outcome.record?.householdId;
    if (typeof id === 'string') homeLine.set(id, outcome.line);
  }
  // Members of each household in line order, as the check numbers them.
  const people = new Map<string, Member[]>();
  const lineOf = new Map<Member, number>();
  for (const outcome of members?.outcomes ?? []) {
    const member = outcome.record as Member | undefined;
    if (!member) continue;
    lineOf.set(member, outcome.line);
    const list = people.get(member.householdId) ?? [];
    list.push(member);
    people.set(member.householdId, list);
  }

  for (const key of wanted) {
    if (key.startsWith('V:')) {
      order[key] = [0, villageLine.get(key.slice(2)) ?? 0, 0];
    } else if (key.startsWith('H:')) {
      order[key] = [1, homeLine.get(key.slice(2)) ?? 0, 0];
    } else if (key.startsWith('X:')) {
      order[key] = [3, countyLine(key.slice(2), households), 0];
    } else {
      order[key] = memberOrder(key, homeLine, people, lineOf);
    }
  }

  return order;
}

/** The line of a county's first household row that was read. */
function countyLine(county: string, households: TableReading): number {
  for (const { record, line } of households.outcomes) {
    const region = record?.regionCode;
    if (typeof region === 'string' && region.startsWith(county)) return line;
  }

  return 0;
}
