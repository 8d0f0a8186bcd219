import {
  type CheckResult,
  compareFindings,
  type Finding,
  type RuleStats,
  SUBJECT_KINDS,
  type SubjectKind,
} from '@duibiao/core';

import {
  BLANK_LINES_KEPT,
  type BlankRowsWithText,
} from '../blank-rows-with-text.js';
import type { FolderRead } from '../check-folder.js';
import type { FolderListing, TableFile } from '../find-table-files.js';
import type { Rejection, TableReport } from '../read-result.js';
import type { TableReading } from '../read-rows.js';
import type { PartResult, SubjectOrder } from './check-part.js';
import type { RoutedTable } from './route.js';

const EXAMPLES = 5;

/**
 * Puts the parts' results together as one check of the whole folder would
 * have given them: findings in finding order, statistics summed with the
 * first unknown and error examples in subject order, rejections and row
 * counts per table in file order.
 *
 * @param results - Every part's result, in part order.
 * @param routed - The streamed tables.
 * @param villages - The villages table, read whole, if there is one.
 * @param listing - The folder's files.
 * @param unplacedMembers - Member rows of no readable 户编号.
 * @returns What was read and the check's result.
 */
export function merge(
  results: PartResult[],
  routed: Partial<Record<'households' | 'members', RoutedTable>>,
  villages: { reading: TableReading } | undefined,
  listing: FolderListing,
  unplacedMembers: number,
): { read: FolderRead; check: CheckResult } {
  const findings: Finding[] = results.flatMap((result) => result.findings);
  // A stable sort: findings that tie (two rows of one member) keep the
  // order their part gave them, which is the whole check's order.
  findings.sort(compareFindings);

  const first = results[0] as PartResult;
  const order: Record<string, SubjectOrder> = Object.assign(
    {},
    ...results.map((result) => result.order),
  );
  const rank = (key: string) => order[key] ?? [9, 0, 0];
  const before = (a: string, b: string) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };

  const rules: RuleStats[] = first.stats.rules.map((rule, index) => {
    const all = results.map((result) => result.stats.rules[index] as RuleStats);
    const missing: Record<string, number> = {};
    for (const stats of all) {
      for (const [field, count] of Object.entries(stats.missing))
        missing[field] = (missing[field] ?? 0) + count;
    }
    const sortedMissing: Record<string, number> = {};
    for (const field of Object.keys(missing).sort())
      sortedMissing[field] = missing[field] as number;
    const sum = (pick: (s: RuleStats) => number) =>
      all.reduce((total, stats) => total + pick(stats), 0);

    return {
      ruleId: rule.ruleId,
      subject: rule.subject,
      fired: sum((s) => s.fired),
      passed: sum((s) => s.passed),
      unknown: sum((s) => s.unknown),
      errors: sum((s) => s.errors),
      notApplicable: sum((s) => s.notApplicable),
      missing: sortedMissing,
      unknownExamples: all
        .flatMap((s) => s.unknownExamples)
        .sort(before)
        .slice(0, EXAMPLES),
      errorSamples: all
        .flatMap((s) => s.errorSamples)
        .sort((a, b) => before(a.subject, b.subject))
        .slice(0, EXAMPLES),
    };
  });
  const subjects = Object.fromEntries(
    SUBJECT_KINDS.map((kind) => [kind, 0]),
  ) as Record<SubjectKind, number>;
  let membersWithoutHousehold = 0;
  for (const result of results) {
    for (const kind of SUBJECT_KINDS)
      subjects[kind] += result.stats.subjects[kind];
    membersWithoutHousehold += result.stats.membersWithoutHousehold;
  }

  const tables: TableReport[] = [];
  const rejected: Rejection[] = [];
  for (const tableFile of listing.files) {
    const key = tableFile.role.key;
    if (key === 'villages') {
      const reading = villages?.reading;
      if (!reading) continue;
      const out = reading.outcomes.flatMap((o) => o.rejection ?? []);
      rejected.push(...out);
      tables.push({
        table: key,
        file: tableFile.file,
        format: tableFile.format,
        encoding: reading.sheet.encoding,
        sheet: reading.sheet.sheet,
        read: reading.outcomes.length,
        checked: reading.outcomes.length - out.length,
        rejected: out.length,
        blankRows: reading.blankRows,
        ...(reading.blankWithText
          ? { blankRowsWithText: reading.blankWithText }
          : {}),
        unknownColumns: reading.unknownColumns,
        missingColumns: missingColumns(tableFile, reading.sheet.columns),
      });
      continue;
    }
    // Folders with a department's list or a follow-up table are not
    // checked in parts, so only the two routed tables are left.
    if (key !== 'households' && key !== 'members') continue;
    const table = routed[key];
    if (!table) continue;
    const counts = results.flatMap((r) =>
      r.tables.filter((t) => t.table === key),
    );
    const unknown = new Map<number, string>();
    for (const count of counts)
      for (const [index, name] of count.unknownColumns)
        unknown.set(index, name);
    const sum = (pick: (t: (typeof counts)[number]) => number) =>
      counts.reduce((total, count) => total + pick(count), 0);
    const withText = mergeBlankWithText(counts);
    rejected.push(
      ...results
        .flatMap((r) => r.rejected.filter((x) => x.table === key))
        .sort((a, b) => a.line - b.line),
    );
    tables.push({
      table: key,
      file: tableFile.file,
      format: tableFile.format,
      encoding: table.encoding,
      sheet: null,
      read: sum((t) => t.read),
      checked: sum((t) => t.checked),
      rejected: sum((t) => t.rejected),
      blankRows: sum((t) => t.blankRows),
      ...(withText ? { blankRowsWithText: withText } : {}),
      unknownColumns: [...unknown.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, name]) => name),
      missingColumns: missingColumns(tableFile, table.columns),
    });
  }

  return {
    read: {
      tables,
      rejected,
      skipped: listing.skipped,
      dataset: unplacedMembers > 0 ? { unplacedMembers } : {},
    },
    check: {
      findings,
      stats: {
        ...first.stats,
        subjects,
        membersWithoutHousehold,
        rules,
      },
    },
  };
}

function missingColumns(
  file: TableFile,
  columns: { fields: ReadonlyMap<string, number> },
): string[] {
  const { fields } = file.role.spec;

  return Object.keys(fields)
    .filter((field) => !columns.fields.has(field))
    .map((field) => fields[field]?.header ?? field);
}

/**
 * The blank rows holding text of a table over its parts: each part kept
 * its first few lines, so the first few of all are among them.
 */
function mergeBlankWithText(
  counts: readonly { blankWithText?: BlankRowsWithText }[],
): BlankRowsWithText | undefined {
  const parts = counts.flatMap((count) => count.blankWithText ?? []);
  if (parts.length === 0) return undefined;

  const count = parts.reduce((total, part) => total + part.count, 0);
  const lines = parts
    .flatMap((part) => part.lines)
    .sort((a, b) => a - b)
    .slice(0, BLANK_LINES_KEPT);
  return { count, lines };
}
