import type {
  CensusIssueRecord,
  ComplaintRecord,
  ProjectRecord,
  SpotCheckRecord,
} from '../model/follow-up-tables.js';
import type { CreditRecord } from '../model/department-lists.js';
import type { Household } from '../model/household.js';
import type { ListKey, ListRecords } from '../model/lists.js';
import type { Member } from '../model/member.js';
import type { Village } from '../model/village.js';
import type { RegionTable } from '../regions/region-table.js';
import type { CalendarDate } from '../values/calendar-date.js';
import type { Condition, JsonValue } from './condition.js';
import type { FactSql, FactSqlContext } from './fact-sql-types.js';
import type { RuleCases } from './rule-cases.js';
import type {
  RuleDefinition,
  RuleDisable,
  RuleReplacement,
} from './rule-definition.js';

export type {
  MessageTemplate,
  RuleDeadline,
  RuleDefinition,
  RuleDisable,
  RuleReplacement,
} from './rule-definition.js';

/** What a rule judges. */
export type SubjectKind =
  | 'household'
  | 'member'
  | 'village'
  | 'county'
  | 'loan'
  | 'project'
  | 'complaint'
  | 'censusIssue'
  | 'spotCheck';

/** Every subject kind. */
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'household',
  'member',
  'village',
  'county',
  'loan',
  'project',
  'complaint',
  'censusIssue',
  'spotCheck',
];

/** A household with its members and village. */
export interface HouseholdSubject {
  /** Always `household`. */
  kind: 'household';
  /** The household's row. */
  household: Household;
  /** Its members' rows, in input order. */
  members: readonly Member[];
  /** Its village; `undefined` when the villages table has none. */
  village: Village | undefined;
}

/** A member with the household and village it belongs to. */
export interface MemberSubject {
  /** Always `member`. */
  kind: 'member';
  /** The member's row. */
  member: Member;
  /** `undefined` when the member's household is not in the data. */
  household: Household | undefined;
  /** All members of the same household, this one included. */
  members: readonly Member[];
  /** The household's village; `undefined` when the data has none. */
  village: Village | undefined;
}

/** A village with its households. */
export interface VillageSubject {
  /** Always `village`. */
  kind: 'village';
  /** The village's row. */
  village: Village;
  /** The households whose region code is the village's. */
  households: readonly Household[];
}

/**
 * A county that has households in the data: its 6-digit code and its
 * households.
 */
export interface CountySubject {
  /** Always `county`. */
  kind: 'county';
  /** The county's 6-digit code, such as `610102`. */
  regionCode: string;
  /** The households whose region code lies in the county. */
  households: readonly Household[];
}

/**
 * Where a row of a follow-up or department table belongs in the registry:
 * the member it names (the first member row with its ID number), the
 * household it names or the member's, and that household's village.
 * Each is `undefined` when the data has none.
 */
export interface RegistryPlace {
  /** The first member row with the ID number the row names. */
  member: Member | undefined;
  /** The household the row names, or the member's. */
  household: Household | undefined;
  /** That household's village. */
  village: Village | undefined;
}

/** A loan of the microcredit list (扶贫小额信贷), with its borrower. */
export interface LoanSubject extends RegistryPlace {
  /** Always `loan`. */
  kind: 'loan';
  /** The loan's row of the list. */
  loan: CreditRecord;
}

/** A project of the project library (项目库), with its village when it names one. */
export interface ProjectSubject {
  /** Always `project`. */
  kind: 'project';
  /** The project's row of the library. */
  project: ProjectRecord;
  /** The village it names; `undefined` when it names none the data has. */
  village: Village | undefined;
}

/** A petition or hotline report (信访举报), with the household it concerns. */
export interface ComplaintSubject extends RegistryPlace {
  /** Always `complaint`. */
  kind: 'complaint';
  /** The complaint's row. */
  complaint: ComplaintRecord;
}

/** A suspected problem from the national census (普查疑似问题). */
export interface CensusIssueSubject extends RegistryPlace {
  /** Always `censusIssue`. */
  kind: 'censusIssue';
  /** The suspected problem's row. */
  issue: CensusIssueRecord;
}

/** A phone spot check (电话抽查): one answer about one field. */
export interface SpotCheckSubject extends RegistryPlace {
  /** Always `spotCheck`. */
  kind: 'spotCheck';
  /** The spot check's row. */
  check: SpotCheckRecord;
}

/** Any subject. */
export type Subject =
  | HouseholdSubject
  | MemberSubject
  | VillageSubject
  | CountySubject
  | LoanSubject
  | ProjectSubject
  | ComplaintSubject
  | CensusIssueSubject
  | SpotCheckSubject;

/** The subject type of a kind. */
export type SubjectOf<K extends SubjectKind> = Extract<
  Subject,
  {
    /** The kind. */
    kind: K;
  }
>;

/** Facts about the whole data set that a subject's facts may consult. */
export interface DatasetIndex {
  /** How many member rows carry an ID number. */
  membersWithId(idNumber: string): number;
  /** The households whose member rows carry an ID number, sorted. */
  householdsWithId(idNumber: string): string[];
}

/**
 * The rows of the line-department lists and follow-up tables, as of the
 * reference date: a row dated after it (数据截至日期, or the day a
 * follow-up row began) is left out of every look-up.
 */
export interface ListLookups {
  /**
   * Whether the list can be compared with: it was provided and has rows
   * in force on the reference date. A file with no such rows (a header
   * alone, every row rejected or dated later) is no evidence that nobody
   * is on the list.
   */
  has(list: ListKey): boolean;
  /** Whether the list was provided at all, even without rows in force. */
  provided(list: ListKey): boolean;
  /**
   * Whether the list's rows about these people or households (ID numbers
   * or 户编号, as the list is linked) were all read: `false` when a row
   * naming one of them was rejected, or a rejected row names no one (it
   * could be anyone's).
   */
  complete(list: ListKey, keys: readonly string[]): boolean;
  /** The rows of a list about a person, by ID number, in input order. */
  byId<K extends ListKey>(list: K, idNumber: string): readonly ListRecords[K][];
  /** The rows of a list about a household, by 户编号, in input order. */
  byHousehold<K extends ListKey>(
    list: K,
    householdId: string,
  ): readonly ListRecords[K][];
  /** Every row of a list, in input order. */
  all<K extends ListKey>(list: K): readonly ListRecords[K][];
}

/** What a fact may read besides its subject. */
export interface FactContext {
  /** The reference date of the check. */
  readonly asOf: CalendarDate;
  /**
   * Whether a table was provided (even empty); `false` when its file is
   * absent, and for a list, when it has no rows in force.
   */
  hasTable(name: string): boolean;
  /** Whether every member row of a household was read; `false` when one was rejected. */
  hasAllMembers(householdId: string): boolean;
  /** The value of a parameter in force on the reference date. */
  param(name: string): JsonValue | undefined;
  /** Look-ups across the whole data set. */
  readonly index: DatasetIndex;
  /** Names of administrative regions. */
  readonly regions: RegionTable;
  /** The line-department lists and follow-up tables. */
  readonly lists: ListLookups;
}

/** The type of a fact's value, for validation and documentation. */
export type FactType =
  | 'number'
  | 'string'
  | 'boolean'
  | 'date'
  | 'list'
  | 'object';

/**
 * A fact: a named, typed function of a subject. It returns `undefined`
 * when the value is unknown (a blank input), and `null` when it is known
 * that there is no value.
 */
export interface FactDefinition<K extends SubjectKind = SubjectKind> {
  /** Name used in conditions, e.g. `age`. */
  name: string;
  /** The kind of subject it describes. */
  subject: K;
  /** The type of its value. */
  type: FactType;
  /** One line in English. */
  description: string;
  /**
   * The fields it reads, named as `households.netIncome`,
   * `members.birthDate` or `villages.broadband`; when the fact is unknown,
   * those of them that are blank are reported as the missing fields.
   */
  inputs: readonly string[];
  /** Computes the value; may throw, which makes the rule's outcome an error. */
  compute(
    subject: SubjectOf<K>,
    context: FactContext,
    params: Readonly<Record<string, JsonValue>>,
  ): unknown;
  /**
   * The same value in SQL (`@duibiao/sql`), row by row what `compute` gives,
   * NULL for `undefined`; absent, the rules that read the fact run in-process.
   */
  sql?(q: FactSqlContext): FactSql;
}

/** One value of a parameter and the date it takes effect. */
export interface DatedValue {
  /** `YYYY-MM-DD`; `null` for a value that has always applied. */
  from: CalendarDate | null;
  /** The value from that date on. */
  value: JsonValue;
}

/** A threshold or list that rules use, with the dates its values take effect. */
export interface ParameterDefinition {
  /** Name used in conditions as `{ "param": name }`. */
  name: string;
  /** One line in English. */
  description: string;
  /** Unit, e.g. `元/人·年`. */
  unit?: string;
  /** Values with the dates they take effect. */
  values: readonly DatedValue[];
}

/**
 * A plugin: a versioned set of parameters, facts and rules, which may
 * extend others (national → province → city). A parameter it defines
 * that a plugin it extends also defines is an override: its dated values
 * are added after the base's, and win on the same date.
 */
export interface Plugin {
  /** Package-like name, e.g. `@duibiao/plugin-national`. */
  name: string;
  /** Short name used in rule ids, e.g. `national`. */
  id: string;
  /** The package's version, recorded in the summary of every check. */
  version: string;
  /** Region code prefixes the plugin applies to; empty for everywhere. */
  regions?: readonly string[];
  /** Plugins this one builds on; their rules and values come first. */
  extends?: readonly Plugin[];
  /** Its parameters; one a base defines is an override. */
  parameters?: readonly ParameterDefinition[];
  /** Its facts, which its rules and those of plugins extending it may read. */
  facts?: readonly FactDefinition<any>[];
  /** Named conditions rules may share as `{ "condition": name }`. */
  conditions?: Readonly<Record<string, Condition>>;
  /** Its own rules, with ids of its own. */
  rules?: readonly RuleDefinition[];
  /** Rules of the plugins it extends that it replaces, keeping their ids. */
  replaces?: readonly RuleReplacement[];
  /** Rules of the plugins it extends that it switches off. */
  disables?: readonly RuleDisable[];
  /**
   * Test cases by rule id: subjects on which the rule must stay silent
   * and subjects on which it must report, with the findings expected.
   */
  tests?: Readonly<Record<string, RuleCases>>;
  /** Region names (code → name) the plugin knows, for reports. */
  regionNames?: Readonly<Record<string, string>>;
}
