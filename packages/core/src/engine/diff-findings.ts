import type { FindingStatus } from '../model/finding-status.js';

/** Anything with a finding's id: a finding, or one read back from a file. */
export interface HasFindingId {
  /** The finding's fingerprint. */
  findingId: string;
}

/** How many findings are new, persisting and resolved. */
export interface DiffCounts {
  /** Findings of this run that the earlier run did not have. */
  new: number;
  /** Findings of this run that the earlier run had too. */
  persisting: number;
  /** Findings of the earlier run that this run no longer has. */
  resolved: number;
}

/** What {@link diffFindings} returns. */
export interface FindingsDiff<C extends HasFindingId, P extends HasFindingId> {
  /**
   * This run's findings, in their order, each with `status` `new` or
   * `persisting`.
   */
  findings: (C & {
    /** `new`, or `persisting` when the earlier run has its id. */
    status: Exclude<FindingStatus, 'resolved'>;
  })[];
  /**
   * The earlier run's findings that this run no longer has, in their
   * order, as they were but for `status`, which is `resolved`.
   */
  resolved: (P & {
    /** Always `resolved`. */
    status: 'resolved';
  })[];
  /** How many of each. */
  counts: DiffCounts;
}

/**
 * Compares a check's findings with those of an earlier run, by
 * `findingId` alone: a finding whose id the earlier run has is
 * `persisting`, any other is `new`, and an earlier finding whose id this
 * run lacks is `resolved`. The id is a fingerprint of the rule, the
 * subject and the rule's key evidence, so a finding persists while the
 * same problem stays on the same household or member, even when the
 * message's values change, and the order of the input rows does not
 * matter.
 *
 * Nothing else is compared: earlier findings may come from another
 * version of duibiao, and their other fields are copied as they are. An
 * id that the earlier run lists twice is resolved once.
 *
 * @param previous - The earlier run's findings.
 * @param current - This run's findings.
 * @returns This run's findings with their status, the earlier findings
 * that are gone, and the counts of each.
 * @example
 * const { findings, resolved, counts } = diffFindings(earlier, check.findings);
 * // counts: { new: 3, persisting: 401, resolved: 2 }
 */
export function diffFindings<C extends HasFindingId, P extends HasFindingId>(
  previous: readonly P[],
  current: readonly C[],
): FindingsDiff<C, P> {
  const before = new Set(previous.map((finding) => finding.findingId));
  const now = new Set(current.map((finding) => finding.findingId));

  const counts: DiffCounts = { new: 0, persisting: 0, resolved: 0 };
  const findings = current.map((finding) => {
    const status: 'new' | 'persisting' = before.has(finding.findingId)
      ? 'persisting'
      : 'new';
    counts[status] += 1;
    return { ...finding, status };
  });

  const resolved: (P & { status: 'resolved' })[] = [];
  const listed = new Set<string>();
  for (const finding of previous) {
    const id = finding.findingId;
    if (now.has(id) || listed.has(id)) continue;
    listed.add(id);
    resolved.push(asResolved(finding));
  }
  counts.resolved = resolved.length;

  return { findings, resolved, counts };
}

/**
 * An earlier finding marked resolved, `status` right after `findingId`
 * as in a findings file; a status it had in its own run is replaced.
 */
function asResolved<P extends HasFindingId>(
  finding: P,
): P & { status: 'resolved' } {
  const { findingId, ...rest } = finding as P & { status?: unknown };
  delete rest.status;

  return { findingId, status: 'resolved', ...rest } as unknown as P & {
    status: 'resolved';
  };
}
