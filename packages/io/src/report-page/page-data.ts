import {
  CATEGORY_LABELS,
  type Finding,
  FINDING_COLUMNS,
  FINDING_STATUS_COLUMN,
  FINDING_STATUS_LABELS,
  type FindingStatus,
  INDICATOR_LABELS,
  SEVERITY_LABELS,
} from '@duibiao/core';

import { maskFinding } from '../mask-ids.js';

/** A finding as the page holds it: what the table shows, masked. */
export interface PageFinding {
  findingId: string;
  ruleId: string;
  category: Finding['category'];
  indicator: Finding['indicator'];
  severity: Finding['severity'];
  county: string | null;
  township: string | null;
  village: string | null;
  householdId: string | null;
  /** The ID number, masked unless the report is unmasked. */
  memberId: string | null;
  /** The message, its ID numbers masked unless the report is unmasked. */
  message: string;
  department: string;
  action: Finding['action'];
  /** New or persisting, when the run was compared with an earlier one. */
  status?: FindingStatus;
}

/** A column of the page's table: a key of a finding and its header. */
export type PageColumn = readonly [keyof PageFinding, string];

/** Everything the page draws, embedded in it as JSON. */
export interface PageData {
  /** The findings, in the order of the check. */
  findings: PageFinding[];
  /** The table's columns, in order, with their Chinese headers. */
  columns: PageColumn[];
  /** The policy basis of each rule, shown when a rule id is pointed at. */
  bases: Record<string, string>;
  /** Chinese labels of the codes the findings hold. */
  labels: {
    category: Readonly<Record<string, string>>;
    indicator: Readonly<Record<string, string>>;
    severity: Readonly<Record<string, string>>;
    status: Readonly<Record<string, string>>;
  };
  /** New, persisting and resolved counts; `null` when not compared. */
  diff: { new: number; persisting: number; resolved: number } | null;
}

/** The columns the table shows, in this order; the rest stay in search. */
const SHOWN: readonly (keyof PageFinding)[] = [
  'county',
  'township',
  'village',
  'householdId',
  'memberId',
  'category',
  'indicator',
  'severity',
  'message',
  'department',
  'action',
  'ruleId',
];

/** What {@link pageData} makes the page of. */
export interface PageDataInput {
  /** The findings, with `status` when the run was compared. */
  findings: readonly (Finding & { status?: FindingStatus })[];
  /** The counts against an earlier run, when it was compared. */
  diff?: { new: number; persisting: number; resolved: number } | undefined;
  /** Write ID numbers in full. */
  unmask: boolean;
}

/**
 * Makes the data of the HTML report from a check's findings: the fields
 * the table shows, ID numbers masked unless `unmask`, each rule's basis
 * once rather than on every finding, and the Chinese labels.
 *
 * @param input - The findings, the counts against an earlier run, and
 * whether to unmask.
 * @returns The page's data.
 */
export function pageData(input: PageDataInput): PageData {
  const { unmask } = input;
  const bases: Record<string, string> = {};
  const findings = input.findings.map((given): PageFinding => {
    const finding = maskFinding(given, unmask);
    bases[finding.ruleId] = finding.basis;
    return {
      findingId: finding.findingId,
      ruleId: finding.ruleId,
      category: finding.category,
      indicator: finding.indicator,
      severity: finding.severity,
      county: finding.county,
      township: finding.township,
      village: finding.village,
      householdId: finding.householdId,
      memberId: finding.memberId,
      message: finding.message,
      department: finding.department,
      action: finding.action,
      ...(finding.status ? { status: finding.status } : {}),
    };
  });

  const headers = new Map<string, string>(FINDING_COLUMNS);
  const columns = SHOWN.map(
    (key): PageColumn => [key, headers.get(key) ?? key],
  );
  if (input.diff) columns.unshift(FINDING_STATUS_COLUMN);

  return {
    findings,
    columns,
    bases,
    labels: {
      category: CATEGORY_LABELS,
      indicator: INDICATOR_LABELS,
      severity: SEVERITY_LABELS,
      status: FINDING_STATUS_LABELS,
    },
    diff: input.diff
      ? {
          new: input.diff.new,
          persisting: input.diff.persisting,
          resolved: input.diff.resolved,
        }
      : null,
  };
}
