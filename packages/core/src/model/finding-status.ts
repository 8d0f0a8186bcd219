/**
 * Where a finding stands against an earlier run: `new` (this run finds
 * it, the earlier did not), `persisting` (both find it) or `resolved`
 * (the earlier run found it, this one does not).
 */
export const FINDING_STATUSES = ['new', 'persisting', 'resolved'] as const;

/**
 * Where a finding stands against an earlier run; see
 * {@link FINDING_STATUS_LABELS} for the Chinese terms.
 */
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/**
 * The column findings tables add for the status, with its Chinese header,
 * as `FINDING_COLUMNS` lists the others.
 */
export const FINDING_STATUS_COLUMN = ['status', '状态'] as const;
