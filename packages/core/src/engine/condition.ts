/**
 * Conditions in json-rules-engine's JSON format, with one addition: a
 * condition's `value` may be `{ "param": "name" }`, a dated parameter
 * resolved as of the reference date before the rule runs.
 */

/** A JSON value. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A reference to a dated parameter; `name` may reach into an object: `welfareJobAge.min`. */
export interface ParameterReference {
  /** The parameter's name, or a path into its value. */
  param: string;
}

/** A comparison of a fact with a value. */
export interface FactCondition {
  /** The fact compared, such as `age` or `household.netIncome`. */
  fact: string;
  /** The operator, such as `greaterThanInclusive` or `in`. */
  operator: string;
  /** The value compared with, or a parameter that gives it. */
  value: JsonValue | ParameterReference;
  /** Arguments passed to the fact. */
  params?: Record<string, JsonValue>;
  /** A JSONPath (`$.a.b`) into an object-valued fact. */
  path?: string;
  /**
   * Evaluation order among siblings, higher first, as in json-rules-engine:
   * a whole number of 1 or more (anything else is refused at load).
   */
  priority?: number;
  /** A label for the condition, as in json-rules-engine. */
  name?: string;
}

/** All of the conditions must hold. */
export interface AllConditions {
  /**
   * The conditions, one at least: an empty `all` is refused when the
   * rules load (json-rules-engine would count it true).
   */
  all: Condition[];
  /** Evaluation order among siblings, higher first, as in json-rules-engine. */
  priority?: number;
  /** A label for the group, as in json-rules-engine. */
  name?: string;
}

/** At least one of the conditions must hold. */
export interface AnyConditions {
  /**
   * The conditions, one at least: an empty `any` is refused when the
   * rules load (json-rules-engine would count it true, so that the rule
   * fired on every subject).
   */
  any: Condition[];
  /** Evaluation order among siblings, higher first, as in json-rules-engine. */
  priority?: number;
  /** A label for the group, as in json-rules-engine. */
  name?: string;
}

/** The condition must not hold. */
export interface NotConditions {
  /** The condition negated. */
  not: Condition;
  /** Evaluation order among siblings, higher first, as in json-rules-engine. */
  priority?: number;
  /** A label for the group, as in json-rules-engine. */
  name?: string;
}

/** A reference to a named condition a plugin shares among its rules. */
export interface ConditionReference {
  /** The shared condition's name. */
  condition: string;
  /** Evaluation order among siblings, higher first, as in json-rules-engine. */
  priority?: number;
  /** A label for the reference, as in json-rules-engine. */
  name?: string;
}

/** Any condition. */
export type Condition =
  | FactCondition
  | AllConditions
  | AnyConditions
  | NotConditions
  | ConditionReference;

/** The conditions of a rule: a boolean group or a shared condition. */
export type TopLevelCondition =
  | AllConditions
  | AnyConditions
  | NotConditions
  | ConditionReference;

/**
 * Whether a value is a parameter reference.
 *
 * @param value - A condition value.
 * @returns `true` for `{ param: string }`.
 */
export function isParameterReference(
  value: unknown,
): value is ParameterReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { param?: unknown }).param === 'string'
  );
}
