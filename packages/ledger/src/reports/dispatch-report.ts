import { CATEGORIES, type Category } from '@duibiao/core';

import type { SavedReport } from '../ledger.js';
import { isClosed, type VerificationStatus } from '../statuses.js';
import type { LedgerEntry } from '../types.js';
import { byName, UNKNOWN_COUNTY, UNKNOWN_TOWNSHIP } from './report-text.js';

/** Counts of one county, one township, or the whole province. */
export interface DispatchCounts {
  /** Findings in scope. */
  total: number;
  /** Findings by category, all four. */
  byCategory: Record<Category, number>;
  /** Findings both lines have given their opinion on. */
  verified: number;
  /** `verified / total`, a fraction; 0 when there are none. */
  verifiedShare: number;
  /** Findings closed, or no longer found by the latest run. */
  cleared: number;
  /** `cleared / total`, a fraction; 0 when there are none. */
  clearedShare: number;
  /** Findings not cleared whose deadline is before the report's date. */
  overdue: number;
}

/** One township's row. */
export interface DispatchTownship extends DispatchCounts {
  /** Its county; {@link UNKNOWN_COUNTY} when unknown. */
  county: string;
  /** Its name; {@link UNKNOWN_TOWNSHIP} when unknown. */
  township: string;
}

/** What changed in a county since the previous report. */
export interface DispatchChange {
  /** Change of the number of findings. */
  total: number;
  /** Change of the number cleared. */
  cleared: number;
  /** Change of the number overdue. */
  overdue: number;
}

/** One county's row, with its rank and its townships. */
export interface DispatchCounty extends DispatchCounts {
  /** Its name; {@link UNKNOWN_COUNTY} when unknown. */
  county: string;
  /**
   * Its rank among the counties, from 1; ties share a rank. `null` for
   * the findings whose county is unknown ({@link UNKNOWN_COUNTY}), which
   * are listed last and not ranked.
   */
  rank: number | null;
  /**
   * Change since the previous report; `null` when there was none or it
   * did not name this county.
   */
  change: DispatchChange | null;
  /** Its townships, by name. */
  townships: DispatchTownship[];
}

/** What a dispatch report keeps of a county for the next to compare with. */
export interface DispatchBodyCounty {
  /** Findings in scope. */
  total: number;
  /** Findings cleared. */
  cleared: number;
  /** Findings overdue. */
  overdue: number;
}

/**
 * What a dispatch report keeps for the next one to compare with: save
 * it with `ledger.saveReport('dispatch', report.asOf, report.body)`.
 */
export interface DispatchBody {
  /** The report's date. */
  asOf: string;
  /** Each county's counts, by name. */
  counties: Record<string, DispatchBodyCounty>;
}

/** A progress report (调度通报) comparing counties. */
export interface DispatchReport {
  /** Its date: the scope's end and the day deadlines are compared with. */
  asOf: string;
  /** The previous report's date; `null` when there was none. */
  previousAsOf: string | null;
  /** The counties in rank order (then by name). */
  counties: DispatchCounty[];
  /** The whole province's counts. */
  province: DispatchCounts;
  /** The definitions and basis, in Chinese, one per line. */
  notes: string[];
  /** What to save for the next report; see {@link DispatchBody}. */
  body: DispatchBody;
}

/** Options of {@link dispatchReport}. */
export interface DispatchOptions {
  /** The report's date, `YYYY-MM-DD`. */
  asOf: string;
  /** The previous dispatch report, as `ledger.lastReport('dispatch', asOf)` gives it. */
  previous?: SavedReport | undefined;
}

/** The statuses at which both lines have given their opinion. */
const VERIFIED: readonly VerificationStatus[] = ['双线已核', '已复核'];

/**
 * Makes the progress report (调度通报, 陕脱贫发〔2020〕9号 五（二）) of a
 * ledger: by county and by township, the findings by category, how many
 * are verified and cleared and what share, how many are overdue, and per
 * county the change since the previous report; and a ranking of the
 * counties, as for the cross-county checks (县际交叉检查) of 五（二）.
 *
 * - In scope: every entry first found on or before `asOf`.
 * - Verified: status 双线已核, 已复核 or closed — the township and the
 *   department have both given their opinion (四（三）).
 * - Cleared: status closed (已补正, 已落实, 已消疑, 确认误报), or no
 *   longer found by the latest run (`present` false).
 * - Overdue: not cleared, with a deadline before `asOf`.
 * - Rank: by share cleared (highest first), then overdue (fewest first);
 *   counties equal on both share a rank (1, 1, 3); names break the order.
 *
 * Statuses are the ledger's as they stand, not as they stood on `asOf`.
 *
 * @param entries - The ledger's entries, as `ledger.entries()` lists them.
 * @param options - The date and the previous report.
 * @returns The report.
 * @throws {TypeError} When `previous.body` is not a {@link DispatchBody}.
 * @example
 * const report = dispatchReport(ledger.entries(), {
 *   asOf: '2020-10-15',
 *   previous: ledger.lastReport('dispatch', '2020-10-15'),
 * });
 * ledger.saveReport('dispatch', report.asOf, report.body);
 */
export function dispatchReport(
  entries: readonly LedgerEntry[],
  options: DispatchOptions,
): DispatchReport {
  const { asOf } = options;
  const previous = options.previous && bodyOf(options.previous.body);
  const inScope = entries.filter((entry) => entry.firstSeen <= asOf);

  const byCounty = groupBy(
    inScope,
    (entry) => entry.finding.county ?? UNKNOWN_COUNTY,
  );
  const counties = [...byCounty].map(([county, rows]): DispatchCounty => {
    const townships = [
      ...groupBy(rows, (entry) => entry.finding.township ?? UNKNOWN_TOWNSHIP),
    ]
      .map(([township, own]) => ({ county, township, ...count(own, asOf) }))
      .sort((a, b) => byName(a.township, b.township));
    const counts = count(rows, asOf);
    const before = previous?.counties[county];

    return {
      county,
      ...counts,
      rank: 0,
      change: before
        ? {
            total: counts.total - before.total,
            cleared: counts.cleared - before.cleared,
            overdue: counts.overdue - before.overdue,
          }
        : null,
      townships,
    };
  });
  rank(counties);

  const body: DispatchBody = { asOf, counties: {} };
  for (const { county, total, cleared, overdue } of counties)
    body.counties[county] = { total, cleared, overdue };

  return {
    asOf,
    previousAsOf: options.previous?.asOf ?? null,
    counties,
    province: count(inScope, asOf),
    notes: dispatchNotes(asOf, options.previous?.asOf ?? null),
    body,
  };
}

/**
 * The report's definitions, in Chinese, for its footnote and 说明 sheet.
 *
 * @param asOf - The report's date.
 * @param previousAsOf - The previous report's date, or `null`.
 * @returns One line each.
 */
export function dispatchNotes(
  asOf: string,
  previousAsOf: string | null,
): string[] {
  return [
    '依据：陕脱贫发〔2020〕9号 五（二）专项工作调度通报、县际交叉检查；四（三）双线核实。',
    `统计范围：台账中首次发现日期不晚于 ${asOf} 的问题。`,
    '已核实：状态为双线已核、已复核或已办结（已补正、已落实、已消疑、确认误报），即乡镇和行业部门均已出具核查意见。',
    '已解决：状态已办结，或最近一次检查已不再发现。',
    `逾期：未解决，且核实整改期限早于 ${asOf}。`,
    '核实率、解决率：已核实、已解决问题占问题总数的比例。',
    previousAsOf === null
      ? '较上期：无上期调度通报，不作比较。'
      : `较上期：与 ${previousAsOf} 调度通报相比的增减；上期没有的县区为空。`,
    '排名：按解决率从高到低，解决率相同的逾期少者在前，两者都相同的并列。',
    '状态为台账当前记录的状态。',
  ];
}

function count(entries: readonly LedgerEntry[], asOf: string): DispatchCounts {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((category) => [category, 0]),
  ) as Record<Category, number>;
  let verified = 0;
  let cleared = 0;
  let overdue = 0;
  for (const entry of entries) {
    byCategory[entry.finding.category] += 1;
    const closed = isClosed(entry.status);
    if (closed || VERIFIED.includes(entry.status)) verified += 1;
    const done = closed || !entry.present;
    if (done) cleared += 1;
    else if (entry.deadline !== null && entry.deadline < asOf) overdue += 1;
  }
  const total = entries.length;

  return {
    total,
    byCategory,
    verified,
    verifiedShare: total === 0 ? 0 : verified / total,
    cleared,
    clearedShare: total === 0 ? 0 : cleared / total,
    overdue,
  };
}

/**
 * Sorts the counties into rank order and numbers them, ties alike; the
 * findings of no known county come last, unranked.
 */
function rank(counties: DispatchCounty[]): void {
  // Shares compare by cross-multiplying, so that 1/3 and 2/6 are equal.
  const order = (a: DispatchCounty, b: DispatchCounty) =>
    b.cleared * a.total - a.cleared * b.total || a.overdue - b.overdue;
  const unknown = (county: DispatchCounty) =>
    county.county === UNKNOWN_COUNTY ? 1 : 0;
  counties.sort(
    (a, b) =>
      unknown(a) - unknown(b) || order(a, b) || byName(a.county, b.county),
  );

  counties.forEach((county, index) => {
    const before = counties[index - 1];
    county.rank = unknown(county)
      ? null
      : before && order(before, county) === 0
        ? before.rank
        : index + 1;
  });
}

function groupBy<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  return groups;
}

/** Reads a saved body back, refusing one that is not a dispatch body. */
function bodyOf(body: unknown): DispatchBody {
  const wrong = (why: string) =>
    new TypeError(
      `Expected the previous dispatch report's body as dispatchReport made it (report.body), ${why}.`,
    );
  if (typeof body !== 'object' || body === null) throw wrong('not an object');
  const { counties } = body as { counties?: unknown };
  if (typeof counties !== 'object' || counties === null)
    throw wrong('without counties');
  for (const [name, value] of Object.entries(counties)) {
    const row = value as Record<string, unknown> | null;
    const numbers = ['total', 'cleared', 'overdue'].every(
      (key) => typeof row?.[key] === 'number',
    );
    if (!numbers) throw wrong(`with county ${name} lacking its counts`);
  }

  return body as DispatchBody;
}
