import { daysBetween } from '@duibiao/core';

import { isClosed } from './statuses.js';
import type { LedgerEntry } from './types.js';

/** An overdue finding with how late it is. */
export interface OverdueFinding {
  /** The ledger's entry. */
  entry: LedgerEntry;
  /** Days past its deadline on the reference date (1 the day after). */
  daysLate: number;
}

/** The overdue findings of one county and department. */
export interface OverdueGroup {
  /** The county's name; `null` when the finding's region is unknown. */
  county: string | null;
  /** The responsible department. */
  department: string;
  /** Its overdue findings, latest deadline last; most late first. */
  findings: OverdueFinding[];
}

/**
 * The findings still open on a date after their deadline, grouped by
 * county and department: those the latest run found and that are not
 * closed, whose deadline is before the date (on the deadline itself a
 * finding is not yet late).
 *
 * @param entries - The ledger's entries.
 * @param asOf - The reference date, `YYYY-MM-DD`.
 * @returns Groups by county (unknown last) then department; in each, the
 * most late first, then by id.
 */
export function overdueFindings(
  entries: readonly LedgerEntry[],
  asOf: string,
): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const entry of entries) {
    if (!entry.present || isClosed(entry.status) || entry.deadline === null)
      continue;
    const daysLate = daysBetween(entry.deadline, asOf);
    if (daysLate === undefined || daysLate <= 0) continue;
    const { county, department } = entry.finding;
    const key = JSON.stringify([county, department]);
    let group = groups.get(key);
    if (!group) {
      group = { county, department, findings: [] };
      groups.set(key, group);
    }
    group.findings.push({ entry, daysLate });
  }
  for (const group of groups.values()) {
    group.findings.sort(
      (a, b) =>
        b.daysLate - a.daysLate ||
        compareText(a.entry.finding.findingId, b.entry.finding.findingId),
    );
  }

  return [...groups.values()].sort(
    (a, b) =>
      Number(a.county === null) - Number(b.county === null) ||
      compareText(a.county ?? '', b.county ?? '') ||
      compareText(a.department, b.department),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
