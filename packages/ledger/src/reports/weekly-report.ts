import { addDays, type SpotCheckRecord } from '@duibiao/core';

import {
  VERIFICATION_STATUSES,
  type VerificationLine,
  type VerificationStatus,
} from '../statuses.js';
import type { LedgerEntry } from '../types.js';
import {
  resolveDepartment,
  spotCheckDepartmentOf,
} from './spot-check-department.js';

/** The rule ids of spot-check mismatches start with this. */
export const SPOT_CHECK_MISMATCH_PREFIX = 'national/spot-check-mismatch/';

/** The latest opinion given on a finding. */
export interface WeeklyOpinion {
  /** Who gave it: the township, the department or the review. */
  line: VerificationLine;
  /** The opinion or result (属实, 已补正, …). */
  result: string;
  /** Who, where given. */
  who: string | null;
  /** When, `YYYY-MM-DD`. */
  on: string;
  /** Why, where given. */
  reason: string | null;
}

/** A spot check whose answer differs from the record, and its handling. */
export interface WeeklyMismatch {
  /** The finding's id. */
  findingId: string;
  /** The rule that found it. */
  ruleId: string;
  /** The household called. */
  householdId: string | null;
  /** The member asked about, in full (writers mask it). */
  memberId: string | null;
  /** Where the household is. */
  county: string | null;
  /** Its township. */
  township: string | null;
  /** Its village. */
  village: string | null;
  /** The day of the call. */
  checkedOn: string;
  /** 核查项. */
  item: string;
  /** The family's answer; `null` when blank. */
  answer: string | null;
  /** The registry's value; `null` when unknown (an unknown item). */
  recorded: string | null;
  /** How it was handled: its status in the ledger. */
  status: VerificationStatus;
  /** Since when. */
  statusSince: string;
  /** The latest opinion; `null` when none was given yet. */
  opinion: WeeklyOpinion | null;
}

/** A department's weekly spot-check report (三（二）). */
export interface WeeklyReport {
  /** The department, full name. */
  department: string;
  /** The week's first day. */
  from: string;
  /** Its last day, the report's date. */
  asOf: string;
  /** Its length in days. */
  days: number;
  /**
   * Spot checks of the department in the week; `null` when the data set
   * has no 电话抽查 table (the mismatches come from the ledger alone).
   */
  checks: number | null;
  /** Households they called, each once. */
  households: number;
  /** Mismatches found by those checks, by day, household and item. */
  mismatches: WeeklyMismatch[];
  /** Mismatches by status, every status (0 when none). */
  byStatus: Record<VerificationStatus, number>;
}

/** Options of {@link weeklyReport}. */
export interface WeeklyOptions {
  /**
   * The spot-check rows of the data set (`dataset.lists.spotChecks`);
   * `undefined` when it has no 电话抽查 table.
   */
  spotChecks: readonly SpotCheckRecord[] | undefined;
  /** The ledger's entries, as `ledger.entries()` lists them. */
  entries: readonly LedgerEntry[];
  /**
   * The department: its full name as the rules write it (民政部门) or the
   * start of it (民政).
   */
  department: string;
  /** The report's date, the last day of the week, `YYYY-MM-DD`. */
  asOf: string;
  /**
   * The days the report covers, ending on `asOf`: the plugin parameter
   * `spotCheckReportEvery`.
   *
   * @default 7
   */
  days?: number;
}

/**
 * Makes a line department's weekly report of its phone spot checks
 * (陕脱贫发〔2020〕9号 三（二）): how many checks it made in the `days`
 * days ending on `asOf` and how many households it called, the answers
 * that differ from the record (the ledger's findings of the
 * `national/spot-check-mismatch/` rules, by the day of the call) and how
 * each is handled — its status and latest opinion.
 *
 * A check belongs to the department that answers for the registry field
 * its 核查项 names (see `spotCheckDepartmentOf`); the poverty-alleviation
 * office (扶贫部门) reports the rest. A check dated only to the month is
 * not in any week.
 *
 * @param options - The checks, the ledger's entries, the department, the
 * date and the days.
 * @returns The report.
 * @throws {UnknownDepartmentError} When the department is not known.
 * @throws {RangeError} When `asOf` is not a date or `days` not a whole
 * number of at least 1.
 * @example
 * const report = weeklyReport({
 *   spotChecks: read.dataset.lists?.spotChecks,
 *   entries: ledger.entries(),
 *   department: '民政',
 *   asOf: '2020-09-30',
 *   days: 7,
 * });
 */
export function weeklyReport(options: WeeklyOptions): WeeklyReport {
  const department = resolveDepartment(options.department);
  const { asOf } = options;
  const days = options.days ?? 7;
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days: expected a whole number ≥ 1, not ${days}`);
  const from = addDays(asOf, 1 - days);
  if (from === undefined)
    throw new RangeError(`asOf: expected a YYYY-MM-DD date, not "${asOf}"`);
  const inWeek = (day: unknown): day is string =>
    typeof day === 'string' && day.length === 10 && day >= from && day <= asOf;

  const checks = (options.spotChecks ?? []).filter(
    (check) =>
      inWeek(check.checkedOn) &&
      spotCheckDepartmentOf(check.item) === department,
  );
  const households = new Set(checks.map((check) => check.householdId));

  const mismatches = options.entries
    .filter((entry) => {
      const { ruleId, data } = entry.finding;
      return (
        ruleId.startsWith(SPOT_CHECK_MISMATCH_PREFIX) &&
        inWeek(data.checkedOn) &&
        spotCheckDepartmentOf(textOf(data.item)) === department
      );
    })
    .map(mismatchOf)
    .sort(
      (a, b) =>
        compare(a.checkedOn, b.checkedOn) ||
        compare(a.householdId ?? '', b.householdId ?? '') ||
        compare(a.item, b.item) ||
        compare(a.findingId, b.findingId),
    );
  const byStatus = Object.fromEntries(
    VERIFICATION_STATUSES.map((status) => [status, 0]),
  ) as Record<VerificationStatus, number>;
  for (const mismatch of mismatches) byStatus[mismatch.status] += 1;

  return {
    department,
    from,
    asOf,
    days,
    checks: options.spotChecks === undefined ? null : checks.length,
    households: households.size,
    mismatches,
    byStatus,
  };
}

function mismatchOf(entry: LedgerEntry): WeeklyMismatch {
  const { finding } = entry;
  const opinions = entry.history.filter((step) => step.line !== 'run');
  const latest = opinions[opinions.length - 1];

  return {
    findingId: finding.findingId,
    ruleId: finding.ruleId,
    householdId: finding.householdId,
    memberId: finding.memberId,
    county: finding.county,
    township: finding.township,
    village: finding.village,
    checkedOn: String(finding.data.checkedOn),
    item: textOf(finding.data.item) ?? '',
    answer: textOf(finding.data.answer),
    recorded: textOf(finding.data.spotCheckRecorded),
    status: entry.status,
    statusSince: entry.statusSince,
    opinion:
      latest && latest.line !== 'run'
        ? {
            line: latest.line,
            result: latest.result,
            who: latest.who,
            on: latest.on,
            reason: latest.reason,
          }
        : null,
  };
}

/** A finding's value as text: lists joined with 、, blanks as `null`. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.map(String).join('、');
  if (value === true) return '是';
  if (value === false) return '否';

  return String(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
