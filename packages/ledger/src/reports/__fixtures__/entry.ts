import type { Finding } from '@duibiao/core';
import type {
  HistoryEntry,
  LedgerEntry,
  VerificationStatus,
} from '@duibiao/ledger';

/** What a test entry says; the rest is filled in. */
export interface EntrySketch {
  id: string;
  county: string | null;
  township: string | null;
  category?: Finding['category'];
  status?: VerificationStatus;
  present?: boolean;
  deadline?: string | null;
  firstSeen?: string;
  ruleId?: string;
  householdId?: string | null;
  memberId?: string | null;
  data?: Record<string, unknown>;
  history?: HistoryEntry[];
}

/**
 * A ledger entry for tests, with a finding whose fields the reports do
 * not read set to plain values.
 *
 * @param sketch - What the test cares about.
 * @returns The entry.
 */
export function entry(sketch: EntrySketch): LedgerEntry {
  const finding: Finding = {
    findingId: sketch.id,
    ruleId: sketch.ruleId ?? 'national/test',
    category: sketch.category ?? 'data-error',
    indicator: 'consistency',
    severity: 'medium',
    regionCode: null,
    county: sketch.county,
    township: sketch.township,
    village: '一村',
    householdId: sketch.householdId ?? null,
    memberId: sketch.memberId ?? null,
    message: 'test',
    basis: 'test',
    department: '扶贫部门',
    action: '核实',
    data: sketch.data ?? {},
  };

  return {
    finding,
    firstSeen: sketch.firstSeen ?? '2020-09-30',
    lastSeen: '2020-09-30',
    present: sketch.present ?? true,
    status: sketch.status ?? '待核实',
    statusSince: '2020-09-30',
    deadline: sketch.deadline ?? null,
    history: sketch.history ?? [],
  };
}

/**
 * One step of a history.
 *
 * @param line - Who.
 * @param result - What.
 * @param on - When.
 * @param who - By whom.
 * @returns The step (statuses are not read by the reports).
 */
export function step(
  line: HistoryEntry['line'],
  result: string,
  on: string,
  who: string | null = null,
): HistoryEntry {
  return {
    line,
    result,
    from: null,
    to: '待核实',
    who,
    on,
    reason: null,
    evidence: null,
    source: null,
  };
}
