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
  param: P | `${P}.${string}`;
}

/** A comparison of a fact with a value or a parameter. */
export interface TypedFactCondition<F extends string, P extends string> {
  fact: F;
  operator: OperatorName;
  value: ConditionValue | TypedParameterReference<P>;
  /** Arguments passed to the fact. */
  params?: Record<string, JsonValue>;
  /** A JSONPath (`$.a.b`) into an object-valued fact. */
  path?: string;
  priority?: number;
  name?: string;
}

interface Meta {
  priority?: number;
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
  | ({ all: readonly TypedCondition<F, P, C>[] } & Meta)
  | ({ any: readonly TypedCondition<F, P, C>[] } & Meta)
  | ({ not: TypedCondition<F, P, C> } & Meta)
  | ({ condition: C } & Meta);

/**
 * A union of names, spelled out: compiler messages then list the names
 * ("age" | "idLength" | …) rather than the types that produce them.
 */
type Spelled<T> = T extends string ? T : never;

/** A rule whose names are checked against those of a plugin and its bases. */
export interface TypedRule<K extends SubjectKind, N extends PluginNames>
  extends Omit<RuleDefinition, 'subject' | 'conditions' | 'evidence'> {
  subject: K;
  conditions: TypedTopLevelCondition<
    Spelled<FactName<N, K>>,
    Spelled<N['parameters']>,
    Spelled<N['conditions']>
  >;
  /** Facts whose values are the key evidence (see {@link RuleDefinition}). */
  evidence?: readonly Spelled<FactName<N, K>>[];
}
