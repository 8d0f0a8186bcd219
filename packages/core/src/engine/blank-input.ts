import type {
  CensusIssueSubject,
  ComplaintSubject,
  LoanSubject,
  SpotCheckSubject,
  Subject,
} from './types.js';

/**
 * Whether an input of a fact (`table.field`) is blank on a subject: the
 * record it is read from has no value there. A household's member inputs
 * are blank when any member's is; a village's household inputs likewise.
 *
 * @param subject - The subject.
 * @param input - The input, as a fact names it.
 * @returns `true` when blank.
 */
export function isBlankInput(subject: Subject, input: string): boolean {
  const [table, field = ''] = input.split('.');
  const blank = (record: object | undefined) => {
    const value = (record as Record<string, unknown> | undefined)?.[field];

    return value === undefined || isBlankText(value);
  };

  switch (subject.kind) {
    case 'village':
      if (table === 'villages') return blank(subject.village);
      if (table === 'households') return subject.households.some(blank);
      return false;
    case 'county':
      return table === 'households' && subject.households.some(blank);
    case 'household':
    case 'member':
      if (table === 'households') return blank(subject.household);
      if (table === 'villages') return blank(subject.village);
      if (table !== 'members') return false;
      // A member's own facts read its own fields; a household's facts read
      // every member's.
      return subject.kind === 'member'
        ? blank(subject.member)
        : subject.members.some(blank);
    case 'project':
      if (table === 'projects') return blank(subject.project);
      return table === 'villages' && blank(subject.village);
    default: {
      const [own, row] = ownRow(subject);
      if (table === own) return blank(row);
      if (table === 'households') return blank(subject.household);
      if (table === 'villages') return blank(subject.village);
      return table === 'members' && blank(subject.member);
    }
  }
}

/**
 * Whether a value is text with nothing in it but white space (`''`,
 * spaces, a full-width space): a blank cell, which is unknown wherever a
 * rule reads it, as a missing value is.
 *
 * @param value - Any value.
 * @returns `true` for blank text.
 * @example
 * isBlankText('\u3000'); // true
 * isBlankText('否'); // false
 */
export function isBlankText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

/** The table and row of a subject that is a row of a follow-up table or list. */
function ownRow(
  subject:
    | LoanSubject
    | ComplaintSubject
    | CensusIssueSubject
    | SpotCheckSubject,
): [string, object] {
  switch (subject.kind) {
    case 'loan':
      return ['credit', subject.loan];
    case 'complaint':
      return ['complaints', subject.complaint];
    case 'censusIssue':
      return ['censusIssues', subject.issue];
    case 'spotCheck':
      return ['spotChecks', subject.check];
  }
}
