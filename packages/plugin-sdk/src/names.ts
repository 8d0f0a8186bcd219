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
type Registry =
  | Prefixed<'member', Member>
  | Prefixed<'household', Household>
  | Prefixed<'village', Village>;

/**
 * The facts the core gives every subject kind from the tables' fields:
 * on a member `birthDate` and `household.measures`, on a loan `amount`
 * and `member.relation`.
 */
export interface FieldFactNames {
  household: Keys<Household> | Prefixed<'village', Village>;
  member:
    | Keys<Member>
    | Prefixed<'household', Household>
    | Prefixed<'village', Village>;
  village: Keys<Village>;
  county: never;
  loan: Keys<CreditRecord> | Registry;
  project: Keys<ProjectRecord> | Prefixed<'village', Village>;
  complaint: Keys<ComplaintRecord> | Registry;
  censusIssue: Keys<CensusIssueRecord> | Registry;
  spotCheck: Keys<SpotCheckRecord> | Registry;
}

/**
 * What a plugin names, carried as types from plugin to plugin: each fact
 * as `kind:name` (`member:age`), each parameter, each shared condition.
 */
export interface PluginNames {
  facts: string;
  parameters: string;
  conditions: string;
}

/** Names of no plugin at all: what a plugin with no bases inherits. */
export interface NoNames {
  facts: never;
  parameters: never;
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
  subject: infer K extends string;
  name: infer N extends string;
}
  ? `${K}:${N}`
  : never;
