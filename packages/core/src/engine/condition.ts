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
  param: string;
}

/** A comparison of a fact with a value. */
export interface FactCondition {
  fact: string;
  operator: string;
  value: JsonValue | ParameterReference;
  /** Arguments passed to the fact. */
  params?: Record<string, JsonValue>;
  /** A JSONPath (`$.a.b`) into an object-valued fact. */
  path?: string;
  priority?: number;
  name?: string;
}

/** All of the conditions must hold. */
export interface AllConditions {
  all: Condition[];
  priority?: number;
  name?: string;
}

/** At least one of the conditions must hold. */
export interface AnyConditions {
  any: Condition[];
  priority?: number;
  name?: string;
}

/** The condition must not hold. */
export interface NotConditions {
  not: Condition;
  priority?: number;
  name?: string;
}

/** A reference to a named condition a plugin shares among its rules. */
export interface ConditionReference {
  condition: string;
  priority?: number;
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
