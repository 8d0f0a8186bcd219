import type {
  JsonValue,
  OperatorName,
  RuleDefinition,
  SubjectKind,
} from '@duibiao/core';

import type { FactName, PluginNames } from './names.js';

/**
 * Rules typed against the names a plugin and its bases define: a
 * misspelt fact, parameter, shared condition, operator, category or
 * indicator is a compile error in the rule's own file.
 */

/** A value a condition compares with, other than a parameter. */
export type ConditionValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[];

/** `{ param: name }`, or a path into an object parameter: `age.min`. */
export interface TypedParameterReference<P extends string> {
  /** The parameter's name, or a path into its value. */
  param: P | `${P}.${string}`;
}

/** A comparison of a fact with a value or a parameter. */
export interface TypedFactCondition<F extends string, P extends string>
  extends ConditionMeta {
  /** The fact compared: one the rule's subject kind has. */
  fact: F;
  /** The operator, such as `greaterThanInclusive` or `in`. */
  operator: OperatorName;
  /** The value compared with, or a parameter that gives it. */
  value: ConditionValue | TypedParameterReference<P>;
  /** Arguments passed to the fact. */
  params?: Record<string, JsonValue>;
  /** A JSONPath (`$.a.b`) into an object-valued fact. */
  path?: string;
}

/** What any condition may carry besides its test, as in json-rules-engine. */
export interface ConditionMeta {
  /** Evaluation order among siblings, higher first. */
  priority?: number;
  /** A label for the condition. */
  name?: string;
}

/** A typed condition: a comparison, a group, a negation or a reference. */
export type TypedCondition<
  F extends string,
  P extends string,
  C extends string,
> = TypedFactCondition<F, P> | TypedTopLevelCondition<F, P, C>;

/** The top of a rule's conditions: a group, a negation or a reference. */
export type TypedTopLevelCondition<
  F extends string,
  P extends string,
  C extends string,
> =
  | ({
      /** Conditions that must all hold. */
      all: readonly TypedCondition<F, P, C>[];
    } & ConditionMeta)
  | ({
      /** Conditions at least one of which must hold. */
      any: readonly TypedCondition<F, P, C>[];
    } & ConditionMeta)
  | ({
      /** A condition that must not hold. */
      not: TypedCondition<F, P, C>;
    } & ConditionMeta)
  | ({
      /** The name of a shared condition. */
      condition: C;
    } & ConditionMeta);

/**
 * A union of names, spelled out: compiler messages then list the names
 * ("age" | "idLength" | …) rather than the types that produce them.
 */
export type Spelled<T> = T extends string ? T : never;

/** A rule whose names are checked against those of a plugin and its bases. */
export interface TypedRule<K extends SubjectKind, N extends PluginNames>
  extends Omit<RuleDefinition, 'subject' | 'conditions' | 'evidence'> {
  /** What the rule judges. */
  subject: K;
  /** When the rule reports a finding, in the names its plugin may use. */
  conditions: TypedTopLevelCondition<
    Spelled<FactName<N, K>>,
    Spelled<N['parameters']>,
    Spelled<N['conditions']>
  >;
  /** Facts whose values are the key evidence (see {@link RuleDefinition}). */
  evidence?: readonly Spelled<FactName<N, K>>[];
}
