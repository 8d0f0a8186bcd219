import {
  type CheckResult,
  countFindings,
  type DiffCounts,
  type FindingCounts,
  type RuleStats,
  type SkippedRule,
  type SubjectKind,
} from '@duibiao/core';

import { maskPrivateText, maskSubjectKey } from './mask-ids.js';
import type { ReadResult, SkippedFile, TableReport } from './read-result.js';
import {
  countRejections,
  type RejectionsByReason,
} from './rejections-by-reason.js';
import { type TableKey, TABLES } from './tables.js';
import { writeTextFile } from './write-text-file.js';
import type { SummaryLedger } from './summary-ledger.js';

/** Rows of one table: read, and of those checked or rejected. */
export interface RowCounts {
  /** Data rows, blank rows not counted. */
  read: number;
  /** Rows checked. */
  checked: number;
  /** Rows rejected; `read` is `checked + rejected`. */
  rejected: number;
}

/** How often a rule could not judge, and which blank fields were why. */
export interface UnknownOutcomes {
  /** Subjects the rule could not judge. */
  count: number;
  /** Blank fields as `table.field` → subjects. */
  missing: Record<string, number>;
  /**
   * The first few subjects the rule could not judge, by subject key
   * (`H:H1`), so a clerk can look at one; a member's ID number is masked
   * (`M:H1:6101**********0029`) unless the summary is built with
   * `unmask`. Left out when the check does not name them.
   */
  examples?: string[];
}

/** A rule that could not compare for want of a file. */
export interface RuleNotCompared {
  /** Subjects the rule could not judge. */
  count: number;
  /** The tables without a file it reads. */
  tables: string[];
}

/** How often a rule threw, with the first few errors. */
export interface RuleErrors {
  /** Subjects on which the rule threw. */
  count: number;
  /**
   * The first few errors, with the subject's key (`H:H1`); ID numbers in
   * keys and messages are masked unless the summary is built with
   * `unmask`.
   */
  samples: {
    /** The subject's key, such as `H:H1`. */
    subject: string;
    /** The error's message. */
    message: string;
  }[];
}

/**
 * How a run's findings compare with an earlier run's: how many are new,
 * persisting and resolved (see `diffFindings` of `@duibiao/core`).
 */
export interface SummaryDiff extends DiffCounts {
  /** The folder of the earlier run, as given. */
  previous: string;
  /**
   * Lines of the earlier findings.jsonl that could not be read: a finding
   * they held shows as new if it is still there, and is missing from the
   * resolved if it is not. Left out when there are none.
   */
  unreadLines?: number;
}

/** What a check read, did and found, as written to summary.json. */
export interface Summary {
  /** The reference date of the check. */
  asOf: string;
  /** The plugins that ran, with versions. */
  plugins: {
    /** The plugin's package name. */
    name: string;
    /** Its version. */
    version: string;
  }[];
  /** The folder read, as given. */
  folder: string;
  /** Wall time of the run. */
  durationMs: number;
  /** Rows per table read; a table without a file is left out. */
  rows: Partial<Record<TableKey, RowCounts>>;
  /**
   * Rejected rows of each table with any, by the code of their first
   * problem: `{ members: { 'invalid-date': 7, 'duplicate-key': 5 } }`.
   * The counts of a table add up to its `rows[table].rejected`.
   */
  rejectedByReason: RejectionsByReason;
  /**
   * Tables that were not compared: the folder has no file for them, or a
   * list's file has no rows in force on the reference date (a header
   * alone, every row rejected or dated later). Facts that read them are
   * unknown.
   */
  notCompared: NotCompared[];
  /**
   * Each line-department list and follow-up table the folder has: rows
   * left out for being dated after the reference date, how current a
   * department's list is, and rows that name no one in the registry.
   */
  lists: ListSummary[];
  /**
   * Rejected member rows whose 户编号 cannot be read, so that they could
   * belong to any household: while there are any, every household's
   * member facts are unknown. Left out when there are none.
   */
  unplacedMembers?: number;
  /** How each table file was read. */
  files: TableReport[];
  /** Files in the folder that were not read, and why. */
  notRead: SkippedFile[];
  /** Subjects checked, by kind. */
  subjects: Record<SubjectKind, number>;
  /** Rules that could not judge some subjects, and the blanks behind it. */
  unknown: Record<string, UnknownOutcomes>;
  /**
   * Rules that compare with a table the folder has no file for: every
   * subject they could not judge lacked that file, so they are not
   * counted under `unknown` — the comparison was not made, and nothing
   * is blank.
   */
  rulesNotCompared: Record<string, RuleNotCompared>;
  /** Rules that threw on some subjects, with the first few errors. */
  errors: Record<string, RuleErrors>;
  /** Rules that did not run on the reference date. */
  skippedRules: SkippedRule[];
  /** Finding counts by category, severity, indicator, county and rule. */
  findings: FindingCounts;
  /**
   * New, persisting and resolved findings since an earlier run; left out
   * when the run was not compared with one.
   */
  diff?: SummaryDiff;
  /** What the run recorded in a findings ledger; left out without one. */
  ledger?: SummaryLedger;
}

/** A table not compared, and why. */
export interface NotCompared {
  /** The table's key. */
  table: TableKey;
  /**
   * `no file` when the folder has none; `no rows in force` when its rows
   * are all rejected or dated after the reference date.
   */
  reason: 'no file' | 'no rows in force';
}

/** What a check made of one list the folder has. */
export interface ListSummary {
  /** The list's key. */
  table: TableKey;
  /** Rows dated after the reference date, left out of the check. */
  later: number;
  /** The latest 数据截至日期 of a department's list; `null` when undated. */
  dataAsOf: string | null;
  /** Whether a department's list is older than the plugins allow (30 days by default). */
  stale: boolean;
  /** Rows naming no member or household of the registry, with the first lines. */
  unmatched?: {
    /** How many rows name no one of the registry. */
    count: number;
    /** The lines of the first few. */
    lines: number[];
  };
}

/** What {@link buildSummary} summarises. */
export interface SummaryInput {
  /** The folder read, as the user gave it. */
  folder: string;
  /** The result of {@link readFolder}. */
  read: Pick<ReadResult, 'tables' | 'rejected' | 'skipped'> & {
    /** What the summary needs of the records. */
    dataset: Pick<ReadResult['dataset'], 'unplacedMembers'>;
  };
  /** The result of `Checker.check`. */
  check: CheckResult;
  /** Wall time of the run, in milliseconds. */
  durationMs: number;
  /**
   * Write ID numbers in subject keys and error messages in full. Only for
   * staff entitled to see them: summary.json is read by people.
   *
   * @default false
   */
  unmask?: boolean;
  /**
   * How the findings compare with an earlier run's, when they were
   * compared; copied to the summary as it is.
   */
  diff?: SummaryDiff;
  /** What the run recorded in a findings ledger, if it kept one. */
  ledger?: SummaryLedger;
}

/**
 * Summarises a run: rows read per table, tables not compared for want of
 * a file, member rows that could not be placed in a household, files not
 * read, subjects checked, rules with unknown outcomes (with a few
 * examples) or errors, finding counts, and, when given, how the findings
 * compare with an earlier run's. ID numbers in the examples and errors are
 * masked unless `unmask` is given.
 *
 * @param input - The folder, what was read, the check, its duration and
 * whether to unmask ID numbers.
 * @returns The summary; only rules with unknown outcomes or errors are
 * listed under `unknown` and `errors`.
 * @example
 * const read = await readFolder(folder);
 * const check = await checker.check(read.dataset);
 * const summary = buildSummary({ folder, read, check, durationMs: 1200 });
 * await writeSummary('out/summary.json', summary);
 */
export function buildSummary(input: SummaryInput): Summary {
  const { read, check } = input;
  const subject = input.unmask ? (key: string) => key : maskSubjectKey;
  const text = input.unmask ? (message: string) => message : maskPrivateText;
  const rows: Summary['rows'] = {};
  for (const { table, read: count, checked, rejected } of read.tables) {
    rows[table] = { read: count, checked, rejected };
  }

  const unknown: Summary['unknown'] = {};
  const errors: Summary['errors'] = {};
  const rulesNotCompared: Summary['rulesNotCompared'] = {};
  for (const rule of check.stats.rules) {
    const { ruleId } = rule;
    const absent = rule.unknown > 0 ? absentTables(rule) : [];
    if (absent.length > 0)
      rulesNotCompared[ruleId] = { count: rule.unknown, tables: absent };
    else if (rule.unknown > 0) unknown[ruleId] = unknownOutcomes(rule, subject);
    if (rule.errors > 0) {
      const samples = rule.errorSamples.map((sample) => ({
        subject: subject(sample.subject),
        message: text(sample.message),
      }));
      errors[ruleId] = { count: rule.errors, samples };
    }
  }
  const plugins = check.stats.plugins.map(({ name, version }) => ({
    name,
    version,
  }));
  const unplaced = read.dataset.unplacedMembers ?? 0;

  return {
    asOf: check.stats.asOf,
    plugins,
    folder: input.folder,
    durationMs: input.durationMs,
    rows,
    rejectedByReason: countRejections(read.rejected),
    notCompared: notCompared(rows, check),
    ...(unplaced > 0 ? { unplacedMembers: unplaced } : {}),
    lists: listSummaries(read.tables, check),
    files: read.tables,
    notRead: read.skipped,
    subjects: { ...check.stats.subjects },
    unknown,
    rulesNotCompared,
    errors,
    skippedRules: [...check.stats.skipped],
    findings: countFindings(check.findings),
    ...(input.diff ? { diff: { ...input.diff } } : {}),
    ...(input.ledger
      ? {
          ledger: {
            ...input.ledger,
            suppressed: input.ledger.suppressed.map((closed) => ({
              ...closed,
              reason: closed.reason === null ? null : text(closed.reason),
            })),
          },
        }
      : {}),
  };
}

function listSummaries(
  tables: readonly TableReport[],
  check: CheckResult,
): ListSummary[] {
  // Stats from a core that does not report lists have none.
  const stats = check.stats.lists ?? [];

  return stats.flatMap((list) => {
    const report = tables.find((table) => table.table === list.list);
    if (!report) return [];
    const { later, dataAsOf, stale } = list;
    const unmatched = report.unmatched;

    return [
      {
        table: list.list,
        later,
        dataAsOf,
        stale,
        ...(unmatched ? { unmatched } : {}),
      },
    ];
  });
}

/**
 * The tables without a file behind every unknown outcome of a rule: each
 * outcome names the missing inputs behind it, so a table named by as
 * many outcomes as the rule has unknown ones was missing for all of them.
 */
function absentTables(rule: RuleStats): string[] {
  const absent = / \((no file|no rows in force)\)$/;

  return Object.entries(rule.missing)
    .filter(([name, count]) => absent.test(name) && count === rule.unknown)
    .map(([name]) => name.replace(absent, ''))
    .sort();
}

/**
 * The tables without a file, and the lists whose file has no rows in
 * force on the reference date (a header alone, every row rejected or
 * dated later): neither was compared with.
 */
function notCompared(
  rows: Summary['rows'],
  check: CheckResult,
): Summary['notCompared'] {
  const empty = new Set(
    (check.stats.lists ?? [])
      .filter((list) => list.provided && !list.compared)
      .map((list) => list.list),
  );

  return TABLES.flatMap(({ key }): NotCompared[] => {
    if (!rows[key]) return [{ table: key, reason: 'no file' }];
    if (empty.has(key as never))
      return [{ table: key, reason: 'no rows in force' }];
    return [];
  });
}

function unknownOutcomes(
  rule: RuleStats,
  subject: (key: string) => string,
): UnknownOutcomes {
  const outcomes = { count: rule.unknown, missing: { ...rule.missing } };
  // Stats from a core that does not name examples have none to copy.
  const examples = rule.unknownExamples as string[] | undefined;

  return examples ? { ...outcomes, examples: examples.map(subject) } : outcomes;
}

/**
 * Writes a summary as pretty-printed JSON.
 *
 * @param path - The file to write; parent folders are created.
 * @param summary - The summary of {@link buildSummary}.
 * @returns When the file is written.
 * @throws The file system's error when the file cannot be written.
 * @example
 * const summary = buildSummary({ folder, read, check, durationMs });
 * await writeSummary('out/summary.json', summary);
 */
export async function writeSummary(
  path: string,
  summary: Summary,
): Promise<void> {
  await writeTextFile(path, `${JSON.stringify(summary, null, 2)}\n`);
}
