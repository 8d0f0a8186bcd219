import type {
  Action,
  Category,
  Indicator,
  Severity,
} from '../model/finding.js';
import type { Household } from '../model/household.js';
import type { Member } from '../model/member.js';
import type { Village } from '../model/village.js';
import type { RegionTable } from '../regions/region-table.js';
import type { CalendarDate } from '../values/calendar-date.js';
import type { Condition, JsonValue, TopLevelCondition } from './condition.js';

/** What a rule judges. */
export type SubjectKind = 'household' | 'member' | 'village';

/** Every subject kind, in the order a check judges them. */
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'household',
  'member',
  'village',
];

/** A household with its members and village. */
export interface HouseholdSubject {
  kind: 'household';
  household: Household;
  members: readonly Member[];
  village: Village | undefined;
}

/** A member with the household and village it belongs to. */
export interface MemberSubject {
  kind: 'member';
  member: Member;
  /** `undefined` when the member's household is not in the data. */
  household: Household | undefined;
  /** All members of the same household, this one included. */
  members: readonly Member[];
  village: Village | undefined;
}

/** A village with its households. */
export interface VillageSubject {
  kind: 'village';
  village: Village;
  households: readonly Household[];
}

/** Any subject. */
export type Subject = HouseholdSubject | MemberSubject | VillageSubject;

/** The subject type of a kind. */
export type SubjectOf<K extends SubjectKind> = Extract<Subject, { kind: K }>;

/** Facts about the whole data set that a subject's facts may consult. */
export interface DatasetIndex {
  /** How many member rows carry an ID number. */
  membersWithId(idNumber: string): number;
  /** The households whose member rows carry an ID number, sorted. */
  householdsWithId(idNumber: string): string[];
}

/** What a fact may read besides its subject. */
export interface FactContext {
  /** The reference date of the check. */
  readonly asOf: CalendarDate;
  /** Whether a table was provided (even empty); `false` when its file is absent. */
  hasTable(name: string): boolean;
  /** Whether every member row of a household was read; `false` when one was rejected. */
  hasAllMembers(householdId: string): boolean;
  /** The value of a parameter in force on the reference date. */
  param(name: string): JsonValue | undefined;
  /** Look-ups across the whole data set. */
  readonly index: DatasetIndex;
  /** Names of administrative regions. */
  readonly regions: RegionTable;
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
}

/** One value of a parameter and the date it takes effect. */
export interface DatedValue {
  /** `YYYY-MM-DD`; `null` for a value that has always applied. */
  from: CalendarDate | null;
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

/** A message in Chinese and English; `{name}` is replaced by a fact's or parameter's value. */
export interface MessageTemplate {
  zh: string;
  en: string;
}

/**
 * A rule: metadata plus conditions in json-rules-engine's format. When the
 * conditions hold for a subject, the rule reports a finding.
 */
export interface RuleDefinition {
  /** `plugin/family` or `plugin/family/item`, e.g. `national/dropout`. */
  id: string;
  /** What the rule judges. */
  subject: SubjectKind;
  category: Category;
  indicator: Indicator;
  severity: Severity;
  /** The standard or document the rule enforces, with its section. */
  basis: string;
  /** The department that must act (谁主管谁负责). */
  department: string;
  action: Action;
  /** A short title in Chinese, for rule lists. */
  title: string;
  /** When the rule reports a finding. */
  conditions: TopLevelCondition;
  /** The finding's message; it states the values seen. */
  message: MessageTemplate;
  /**
   * Facts whose values are the key evidence: the finding keeps its id while
   * they are unchanged. By default only the rule and subject count.
   */
  evidence?: readonly string[];
}

/**
 * A plugin: a versioned set of parameters, facts and rules, which may
 * extend others (national → province → city).
 */
export interface Plugin {
  /** Package-like name, e.g. `@duibiao/plugin-national`. */
  name: string;
  /** Short name used in rule ids, e.g. `national`. */
  id: string;
  version: string;
  /** Region code prefixes the plugin applies to; empty for everywhere. */
  regions?: readonly string[];
  /** Plugins this one builds on; their rules and values come first. */
  extends?: readonly Plugin[];
  parameters?: readonly ParameterDefinition[];
  facts?: readonly FactDefinition<any>[];
  /** Named conditions rules may share as `{ "condition": name }`. */
  conditions?: Readonly<Record<string, Condition>>;
  rules?: readonly RuleDefinition[];
  /** Region names (code → name) the plugin knows, for reports. */
  regionNames?: Readonly<Record<string, string>>;
}
