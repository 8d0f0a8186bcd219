import type {
  CensusIssueRecord,
  ComplaintRecord,
  CreditRecord,
  Household,
  Member,
  ProjectRecord,
  SpotCheckRecord,
  SubjectKind,
  Village,
} from '@duibiao/core';

/**
 * The names a rule may use, as types: facts by subject kind, parameters
 * and shared conditions. The compiler checks a rule's names against them;
 * the loader checks them again for rules that come from JSON.
 */

type Keys<T> = Extract<keyof T, string>;
type Prefixed<P extends string, T> = `${P}.${Keys<T>}`;

/**
 * The registry's fields a row of a list reaches through the member,
 * household and village it names: `member.birthDate`,
 * `household.measures`, `village.broadband`.
 */
export type RegistryFactNames =
  | `member.${Extract<keyof Member, string>}`
  | `household.${Extract<keyof Household, string>}`
  | `village.${Extract<keyof Village, string>}`;

/**
 * The facts the core gives every subject kind from the tables' fields:
 * on a member `birthDate` and `household.measures`, on a loan `amount`
 * and `member.relation`.
 */
export interface FieldFactNames {
  /** A household's fields, and its village's as `village.…`. */
  household: Keys<Household> | Prefixed<'village', Village>;
  /** A member's fields, and its household's and village's. */
  member:
    | Keys<Member>
    | Prefixed<'household', Household>
    | Prefixed<'village', Village>;
  /** A village's fields. */
  village: Keys<Village>;
  /** None: a county has no row of its own. */
  county: never;
  /** A loan's fields, and those of the registry it names. */
  loan: Keys<CreditRecord> | RegistryFactNames;
  /** A project's fields, and its village's. */
  project: Keys<ProjectRecord> | Prefixed<'village', Village>;
  /** A complaint's fields, and those of the registry it names. */
  complaint: Keys<ComplaintRecord> | RegistryFactNames;
  /** A census issue's fields, and those of the registry it names. */
  censusIssue: Keys<CensusIssueRecord> | RegistryFactNames;
  /** A spot check's fields, and those of the registry it names. */
  spotCheck: Keys<SpotCheckRecord> | RegistryFactNames;
}

/**
 * What a plugin names, carried as types from plugin to plugin: each fact
 * as `kind:name` (`member:age`), each parameter, each shared condition.
 */
export interface PluginNames {
  /** Every fact as `kind:name`. */
  facts: string;
  /** Every parameter's name. */
  parameters: string;
  /** Every shared condition's name. */
  conditions: string;
}

/** Names of no plugin at all: what a plugin with no bases inherits. */
export interface NoNames {
  /** No fact. */
  facts: never;
  /** No parameter. */
  parameters: never;
  /** No shared condition. */
  conditions: never;
}

/**
 * The fact names of one subject kind, from a union of `kind:name`; any
 * name when the facts are not known as types.
 */
export type FactsOf<F extends string, K extends SubjectKind> = string extends F
  ? string
  : F extends `${K}:${infer N}`
    ? N
    : never;

/** Every name a rule of a subject kind may read as a fact. */
export type FactName<N extends PluginNames, K extends SubjectKind> =
  | FieldFactNames[K]
  | FactsOf<N['facts'], K>;

/** A fact's `kind:name` key, from its definition's literal types. */
export type FactKey<F> = F extends {
  /** The fact's subject kind. */
  subject: infer K extends string;
  /** The fact's name. */
  name: infer N extends string;
}
  ? `${K}:${N}`
  : never;
