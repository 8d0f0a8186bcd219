import type { LoadedRule } from './rule-set.js';
import type {
  CensusIssueSubject,
  ComplaintSubject,
  LoanSubject,
  SpotCheckSubject,
  Subject,
} from './types.js';

/** Where a subject is and who it is, as a finding reports it. */
export interface SubjectPlace {
  regionCode: string | null;
  villageName: string | undefined;
  householdId: string | null;
  memberId: string | null;
}

/**
 * Whether a rule judges a subject of a region: the rule's plugin names no
 * regions, the region is unknown, or it starts with one of the plugin's.
 *
 * @param rule - A loaded rule.
 * @param region - The subject's region code.
 * @returns `true` when the rule applies.
 */
export function appliesTo(rule: LoadedRule, region: string | null): boolean {
  const { regions } = rule;
  if (regions.length === 0 || !region) return true;

  for (const prefix of regions) {
    if (region.startsWith(prefix)) return true;
  }
  return false;
}

/**
 * The region, village name, household and member of a subject.
 *
 * @param subject - Any subject.
 * @returns Its place.
 */
export function placeOf(subject: Subject): SubjectPlace {
  switch (subject.kind) {
    case 'village':
      return {
        regionCode: subject.village.regionCode,
        villageName: subject.village.name ?? undefined,
        householdId: null,
        memberId: null,
      };
    case 'county':
      return {
        regionCode: subject.regionCode,
        villageName: undefined,
        householdId: null,
        memberId: null,
      };
    case 'project':
      return {
        regionCode: subject.project.regionCode ?? null,
        villageName: subject.village?.name ?? undefined,
        householdId: null,
        memberId: null,
      };
    case 'household':
    case 'member':
      return {
        regionCode: subject.household?.regionCode ?? null,
        villageName: subject.village?.name ?? undefined,
        householdId:
          subject.household?.householdId ??
          (subject.kind === 'member' ? subject.member.householdId : null),
        memberId:
          subject.kind === 'member' ? (subject.member.idNumber ?? null) : null,
      };
    default: {
      const row = rowOf(subject);
      return {
        regionCode: subject.household?.regionCode ?? null,
        villageName: subject.village?.name ?? undefined,
        householdId:
          subject.household?.householdId ??
          nonBlank(row.householdId) ??
          subject.member?.householdId ??
          null,
        memberId: nonBlank(row.idNumber) ?? null,
      };
    }
  }
}

/**
 * A subject's stable key for finding ids: `H:` household id, `M:` household
 * id and ID number (or position when the ID number is blank), `V:` region
 * code, `X:` county code, `L:` a loan's ID number and loan date, `P:`
 * project number, `C:` complaint number, `I:` census issue number, `S:` a
 * spot check's household, ID number, item and day.
 */
export function subjectKey(subject: Subject): string {
  switch (subject.kind) {
    case 'village':
      return `V:${subject.village.regionCode}`;
    case 'household':
      return `H:${subject.household.householdId}`;
    case 'member': {
      const id =
        subject.member.idNumber ??
        `#${subject.members.indexOf(subject.member) + 1}`;
      return `M:${subject.member.householdId}:${id}`;
    }
    case 'county':
      return `X:${subject.regionCode}`;
    case 'loan':
      return `L:${subject.loan.idNumber ?? ''}:${subject.loan.loanDate ?? ''}`;
    case 'project':
      return `P:${subject.project.projectId}`;
    case 'complaint':
      return `C:${subject.complaint.complaintId}`;
    case 'censusIssue':
      return `I:${subject.issue.issueId}`;
    case 'spotCheck': {
      const { householdId, idNumber, item, checkedOn } = subject.check;
      return `S:${householdId}:${idNumber ?? ''}:${item ?? ''}:${checkedOn ?? ''}`;
    }
  }
}

/** The row behind a subject of a department or follow-up table. */
function rowOf(
  subject:
    | LoanSubject
    | ComplaintSubject
    | CensusIssueSubject
    | SpotCheckSubject,
): { householdId?: string | null; idNumber?: string | null } {
  switch (subject.kind) {
    case 'loan':
      return subject.loan;
    case 'complaint':
      return subject.complaint;
    case 'censusIssue':
      return subject.issue;
    case 'spotCheck':
      return subject.check;
  }
}

function nonBlank(text: string | null | undefined): string | undefined {
  return text === null || text === undefined || text === '' ? undefined : text;
}
