import type { Dataset } from './check-types.js';
import type { CalendarDate } from '../values/calendar-date.js';

/** What every test case of a rule gives: a name, the data, the date. */
export interface RuleCase {
  /** What the case shows, in a sentence: `a child of 10 out of school`. */
  name: string;
  /** The data the rule runs over. */
  data: Dataset;
  /** The reference date; the tester's default when left out. */
  asOf?: CalendarDate;
}

/**
 * A case on which the rule must report nothing: no finding and no error.
 * When `unknown` is given, the rule must instead be unknown for want of
 * exactly those blank fields (`members.birthDate`), never a finding.
 * When `outsideRegions` is given, the rule must judge no subject at all.
 */
export interface ValidCase extends RuleCase {
  /** The blank fields that leave the rule unknown, as `table.field`. */
  unknown?: readonly string[];
  /**
   * The case's subjects all lie outside the regions of the rule's plugin,
   * and the rule must not judge them. Without it, a valid case the rule
   * judges no subject of fails: its data would prove nothing.
   */
  outsideRegions?: boolean;
}

/**
 * A finding a case expects, matched on the fields it gives: the subject
 * (`householdId`, `memberId`), and values of the finding's `data` and its
 * message where given.
 */
export interface ExpectedFinding {
  /** The 户编号 of the finding's household; `null` for none. */
  householdId?: string | null;
  /** The ID number of the finding's member; `null` for none. */
  memberId?: string | null;
  /** Values the finding's data must hold (others are not compared). */
  data?: Readonly<Record<string, unknown>>;
  /** The whole message in Chinese. */
  message?: string;
}

/** A case on which the rule must report exactly the findings given. */
export interface InvalidCase extends RuleCase {
  /** Every finding the rule must report, in any order; at least one. */
  findings: readonly ExpectedFinding[];
}

/** A rule's test cases, as a rule author writes them. */
export interface RuleCases {
  /** Cases on which the rule reports nothing; at least one. */
  valid: readonly ValidCase[];
  /** Cases on which the rule reports; at least one. */
  invalid: readonly InvalidCase[];
}
