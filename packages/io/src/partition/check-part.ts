import { readFileSync } from 'node:fs';

import type {
  Checker,
  CheckStats,
  Dataset,
  Finding,
  Household,
  Member,
  Village,
} from '@duibiao/core';

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
}

/** One part of the input to check. */
export interface PartTask {
  part: number;
  households: PartFile & { spill: string };
  members?: PartFile & { spill: string };
  /** The villages of this part, with their lines. */
  villages: { record: Village; line: number }[];
}

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
 * @returns Findings, statistics, rejections and row counts.
 */
export async function checkPart(
  task: PartTask,
  shared: PartShared,
  checker: Checker,
): Promise<PartResult> {
  const households = readPart(task.households);
  const members = task.members ? readPart(task.members) : undefined;
  rejectDuplicates(households);
  if (members) rejectOrphans(members, households);

  const records = <T>(reading: TableReading | undefined) =>
    (reading?.outcomes ?? []).flatMap((o) =>
      o.record ? [o.record] : [],
    ) as T[];
  const incomplete = members ? incompleteHouseholds(members, households) : [];
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
    index: idIndex(members?.outcomes ?? [], shared.sharedIds),
  };
  const check = await checker.check(dataset);

  const readings = [households, ...(members ? [members] : [])];
  return {
    part: task.part,
    findings: check.findings,
    stats: check.stats,
    order: subjectOrder(task, households, members, check.stats),
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
        unknownColumns: reading.unknownColumns.map(
          (name) => [headers.indexOf(name), name] as [number, string],
        ),
      };
    }),
  };
}

function readPart(part: PartFile & { spill: string }): TableReading {
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
    const [line, ...cells] = JSON.parse(text.slice(start, end)) as [
      number,
      ...string[],
    ];
    rows.push({ line, cells });
    start = end + 1;
  }

  return readRows(file, {
    encoding: part.encoding,
    sheet: null,
    columns: part.columns,
    rows,
    strictWidth: true,
  });
}

/**
 * Where the subjects named in the stats stand in a whole-input check:
 * villages first by line, then each household by line followed by its
 * members by line, then members of no household, by the line of the
 * first member of their 户编号.
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

  for (const { record, line } of task.villages)
    order[`V:${record.regionCode}`] = [0, line, 0];
  const homeLine = new Map<string, number>();
  for (const outcome of households.outcomes) {
    const id = outcome.record?.householdId;
    if (typeof id === 'string') {
      homeLine.set(id, outcome.line);
      order[`H:${id}`] = [1, outcome.line, 0];
    }
  }
  const firstLine = new Map<string, number>();
  const position = new Map<string, number>();
  for (const outcome of members?.outcomes ?? []) {
    const member = outcome.record as Member | undefined;
    if (!member) continue;
    const home = homeLine.get(member.householdId);
    if (!firstLine.has(member.householdId))
      firstLine.set(member.householdId, outcome.line);
    const nth = (position.get(member.householdId) ?? 0) + 1;
    position.set(member.householdId, nth);
    const id = member.idNumber ?? `#${nth}`;
    const at: SubjectOrder =
      home === undefined
        ? [2, firstLine.get(member.householdId) as number, outcome.line]
        : [1, home, outcome.line];
    const key = `M:${member.householdId}:${id}`;
    // A second row with the same household and ID number is `#2`.
    let name = key;
    for (let n = 2; order[name]; n += 1) name = `${key}#${n}`;
    order[name] = at;
  }

  return order;
}
