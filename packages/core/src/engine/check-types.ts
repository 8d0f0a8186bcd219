import type { Finding } from '../model/finding.js';
import type { Household } from '../model/household.js';
import type { ListKey, ListTables } from '../model/lists.js';
import type { Member } from '../model/member.js';
import type { Village } from '../model/village.js';
import type { CalendarDate } from '../values/calendar-date.js';
import type { SkippedRule } from './rule-set.js';
import type { DatasetIndex, Plugin, Subject, SubjectKind } from './types.js';

/** The records a check runs over. */
export interface Dataset {
  /** The rows of 户信息. */
  households: readonly Household[];
  /** The rows of 人员信息. */
  members: readonly Member[];
  /** The rows of 村信息; empty when the file is absent. */
  villages: readonly Village[];
  /**
   * The line-department lists and follow-up tables, by key. A list that is
   * not here was not provided: no comparison with it is made, and facts
   * that read it are unknown, so that a missing education file never makes
   * a child "not enrolled".
   */
  lists?: ListTables;
  /**
   * Rows of the lists that were rejected: the ID numbers or 户编号 they
   * name, and how many name no one. Comparisons with a list are unknown
   * for a person one of whose rows was rejected, and for everyone while
   * a rejected row names no one: the person could be on the list.
   */
  listRejections?: { readonly [K in ListKey]?: ListRejections };
  /**
   * Tables that were not provided at all (no file), as opposed to provided
   * and empty. Facts that read them are unknown: a household is not "without
   * members" because the members file is missing.
   */
  absentTables?: readonly string[];
  /**
   * Households some of whose member rows were rejected: facts that count or
   * scan their members are unknown, since the members seen are not all.
   */
  incompleteHouseholds?: readonly string[];
  /**
   * Member rows rejected without a readable 户编号: they could belong to
   * any household, so when there are any, every household's member facts
   * are unknown.
   */
  unplacedMembers?: number;
  /** ID numbers of rejected member rows, counted when looking for duplicates. */
  rejectedMemberIds?: readonly string[];
  /**
   * Look-ups across the whole input, when the reader made them: a check of
   * one part of a large input needs the ID numbers of all of it. When
   * given, `rejectedMemberIds` is not consulted.
   */
  index?: DatasetIndex;
}

/** The rejected rows of one list, as {@link Dataset.listRejections} holds them. */
export interface ListRejections {
  /** The ID numbers (or 户编号) the rejected rows name. */
  keys: readonly string[];
  /** Rejected rows that name no one: their link cell is blank or unreadable. */
  unplaced: number;
}

/** Options of {@link createChecker}. */
export interface CheckerOptions {
  /** The plugins to run; the plugins they extend are added first. */
  plugins: readonly Plugin[];
  /** The reference date, `YYYY-MM-DD`: ages, durations and parameters are taken on it. */
  asOf: CalendarDate;
  /**
   * How rules are evaluated: `compiled` (the default) turns each rule's
   * conditions into closures once; `reference` runs json-rules-engine's
   * own `Engine`, hundreds of times slower, with the same outcomes. The
   * reference is there to compare against.
   */
  evaluator?: EvaluatorKind;
}

/** The ways a checker can evaluate rules; see {@link CheckerOptions}. */
export type EvaluatorKind = 'compiled' | 'reference';

/** How one rule came out over a whole check. */
export interface RuleStats {
  /** The rule's id. */
  ruleId: string;
  /** What the rule judges. */
  subject: SubjectKind;
  /** Subjects with a finding. */
  fired: number;
  /** Subjects that meet the rule. */
  passed: number;
  /** Subjects the rule could not judge because a value is blank. */
  unknown: number;
  /** Subjects where the rule threw. */
  errors: number;
  /** Subjects outside the regions of the rule's plugin, not judged. */
  notApplicable: number;
  /** Blank fields behind the unknown outcomes, as `table.field` → count. */
  missing: Record<string, number>;
  /** The first few subjects judged unknown, as subject keys (`H:户编号`). */
  unknownExamples: string[];
  /** The first few errors, with the subject they came from. */
  errorSamples: {
    /** The subject's key, such as `H:户编号`. */
    subject: string;
    /** The error's message. */
    message: string;
  }[];
}

/** What a check did, besides its findings. */
export interface CheckStats {
  /** The reference date. */
  asOf: CalendarDate;
  /** The plugins that ran, bases first. */
  plugins: readonly {
    /** The plugin's package name. */
    name: string;
    /** Its version. */
    version: string;
  }[];
  /** Subjects checked, by kind. */
  subjects: Record<SubjectKind, number>;
  /** Members whose household is not in the data; checked with household facts unknown. */
  membersWithoutHousehold: number;
  /** Outcomes per rule, in rule order. */
  rules: RuleStats[];
  /** Rules that could not run on the reference date. */
  skipped: readonly SkippedRule[];
  /** Each line-department list and follow-up table: compared or not, and how current. */
  lists: ListStats[];
}

/** What a check made of one line-department list or follow-up table. */
export interface ListStats {
  /** The list's English key, such as `education`. */
  list: ListKey;
  /** Whether the list was provided. */
  provided: boolean;
  /**
   * Whether comparisons with it were made: provided, with rows in force
   * on the reference date.
   */
  compared: boolean;
  /** Rows given. */
  rows: number;
  /**
   * Rows dated after the reference date (数据截至日期, or the day a
   * follow-up row began), left out of the check.
   */
  later: number;
  /**
   * The latest 数据截至日期 among the rows used; `null` when none carries
   * one (and for follow-up tables, which are not dated so).
   */
  dataAsOf: CalendarDate | null;
  /**
   * Whether a department's list is older than the reference date minus
   * the `listMaxAgeDays` parameter (30 days unless a plugin says
   * otherwise). A list whose rows carry no 数据截至日期 is not stale but
   * undated: `dataAsOf` is `null`.
   */
  stale: boolean;
}

/**
 * An outcome decided outside the in-process engine (by SQL, say) for a
 * rule on a subject; `undefined` leaves the rule to the engine. An
 * unknown one may name the facts it was unknown on ({@link DecidedUnknown});
 * a bare `'unknown'` makes the engine evaluate the rule to find them.
 */
export type DecidedOutcome =
  | 'fired'
  | 'passed'
  | 'unknown'
  | DecidedUnknown
  | undefined;

/**
 * An unknown outcome decided elsewhere with the facts the in-process
 * engine would have found unknown: those its second pass reads whose value
 * is missing or a range of numbers.
 */
export interface DecidedUnknown {
  /** The facts read and unknown. */
  readonly unknown: readonly string[];
  /** Those of them known to lie in a range of numbers. */
  readonly ranges?: readonly string[];
}

/** Options of one {@link Checker.check}. */
export interface CheckOptions {
  /**
   * Decides rules on subjects in the engine's stead. The engine still
   * makes the findings of those that fire (message, evidence, id) and, for
   * those that are unknown, counts the blank fields behind the unknown
   * facts: those the outcome names, or, for a bare `'unknown'`, those it
   * finds by evaluating the rule itself (should it then find the rule not
   * unknown, the rule's outcome on that subject is an error that says the
   * two disagree).
   */
  outcomes?: (ruleId: string, subject: Subject) => DecidedOutcome;
  /**
   * Also evaluates in-process every outcome decided elsewhere: where the
   * two differ, the rule's outcome on that subject is an error saying so.
   * For tests that hold another engine to this one.
   */
  verify?: boolean;
}

/** Findings and statistics of one check. */
export interface CheckResult {
  /** Findings ordered by region, household, member and rule. */
  findings: Finding[];
  /** Counts per subject kind and rule, and the lists compared. */
  stats: CheckStats;
}
