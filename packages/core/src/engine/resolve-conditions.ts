import type { LoadProblem } from '../errors.js';
import {
  type Condition,
  isParameterReference,
  type JsonValue,
  type TopLevelCondition,
} from './condition.js';
import {
  describe,
  fitsOperand,
  isPlainObject,
  isPlainPath,
  OPERAND_NAMES,
} from './condition-shapes.js';
import { OPERATORS } from './operators.js';
import { pickPath } from './parameters.js';

/** What resolving a rule's conditions needs to know. */
export interface ResolveScope {
  /** Facts the rule's subject has. */
  hasFact(name: string): boolean;
  /** Whether a parameter is defined at all. */
  hasParameter(name: string): boolean;
  /** A parameter's value in force, or `undefined` when none is. */
  parameter(name: string): JsonValue | undefined;
  /** Shared conditions by name. */
  condition(name: string): Condition | undefined;
}

/** Conditions with shared conditions inlined and parameters replaced by values. */
export interface ResolvedConditions {
  conditions: TopLevelCondition;
  /** Facts the conditions read. */
  facts: Set<string>;
  /** Parameters the conditions use. */
  parameters: Set<string>;
  /** Parameters used that have no value in force: the rule cannot run. */
  notInForce: Set<string>;
}

const BOOLEAN_KEYS = ['all', 'any', 'not', 'condition'] as const;
const LEAF_KEYS = new Set([
  'fact',
  'operator',
  'value',
  'params',
  'path',
  'priority',
  'name',
]);
const GROUP_KEYS = new Set(['priority', 'name']);

/**
 * Checks a rule's conditions and resolves them for one reference date:
 * shared conditions are inlined, `{ "param": … }` values replaced by the
 * values in force. Every mistake is reported with its JSON path: unknown
 * facts, parameters, operators and shared conditions; malformed groups;
 * empty `all`/`any` (they have no agreed meaning, so they are refused);
 * values of the wrong kind for their operator.
 *
 * @param conditions - The rule's conditions.
 * @param scope - What the rule may use.
 * @param report - Receives each problem (without plugin and rule).
 * @returns The resolved conditions.
 */
export function resolveConditions(
  conditions: unknown,
  scope: ResolveScope,
  report: (problem: Omit<LoadProblem, 'plugin'>) => void,
): ResolvedConditions {
  const resolved: ResolvedConditions = {
    conditions: { all: [] },
    facts: new Set(),
    parameters: new Set(),
    notInForce: new Set(),
  };
  const walker = new Walker(scope, report, resolved);
  const top = walker.walk(conditions, 'conditions', []);
  if (top && 'fact' in top) {
    report({
      code: 'DUIBIAO_INVALID_CONDITION',
      path: 'conditions',
      message:
        'the top level must be all, any, not or a shared condition; wrap the comparison in { "all": [ … ] }',
    });
  } else if (top) {
    resolved.conditions = top as TopLevelCondition;
  }

  return resolved;
}

class Walker {
  constructor(
    private readonly scope: ResolveScope,
    private readonly report: (problem: Omit<LoadProblem, 'plugin'>) => void,
    private readonly out: ResolvedConditions,
  ) {}

  walk(node: unknown, path: string, sharing: string[]): Condition | undefined {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        path,
        `expected a condition object, not ${describe(node)}`,
      );
    }

    const record = node as Record<string, unknown>;
    const booleans = BOOLEAN_KEYS.filter((key) => key in record);
    if (booleans.length > 1) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        path,
        `a condition has one of all, any, not or condition, not ${booleans.join(' and ')}`,
      );
    }
    this.checkPriority(record, path);

    const kind = booleans[0];
    if (kind === 'all' || kind === 'any')
      return this.group(record, kind, path, sharing);
    if (kind === 'not') return this.negation(record, path, sharing);
    if (kind === 'condition') return this.shared(record, path, sharing);

    return this.leaf(record, path);
  }

  private group(
    record: Record<string, unknown>,
    kind: 'all' | 'any',
    path: string,
    sharing: string[],
  ): Condition | undefined {
    this.checkKeys(record, new Set([kind, ...GROUP_KEYS]), path);
    const items = record[kind];
    if (!Array.isArray(items)) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.${kind}`,
        `"${kind}" must be an array`,
      );
    }
    if (items.length === 0) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.${kind}`,
        `an empty "${kind}" has no agreed meaning (json-rules-engine counts it true); remove it or give it conditions`,
      );
    }

    const children = items.map((item, i) =>
      this.walk(item, `${path}.${kind}[${i}]`, sharing),
    );
    if (children.some((child) => child === undefined)) return undefined;

    return { ...extras(record), [kind]: children } as unknown as Condition;
  }

  private negation(
    record: Record<string, unknown>,
    path: string,
    sharing: string[],
  ): Condition | undefined {
    this.checkKeys(record, new Set(['not', ...GROUP_KEYS]), path);
    if (Array.isArray(record.not)) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.not`,
        '"not" takes one condition, not an array',
      );
    }
    const child = this.walk(record.not, `${path}.not`, sharing);

    return child && ({ ...extras(record), not: child } as Condition);
  }

  private shared(
    record: Record<string, unknown>,
    path: string,
    sharing: string[],
  ): Condition | undefined {
    this.checkKeys(record, new Set(['condition', ...GROUP_KEYS]), path);
    const name = record.condition;
    const found =
      typeof name === 'string' ? this.scope.condition(name) : undefined;
    if (typeof name !== 'string' || !found) {
      return this.fail(
        'DUIBIAO_UNKNOWN_CONDITION',
        `${path}.condition`,
        `no shared condition named ${JSON.stringify(name)}`,
      );
    }
    if (sharing.includes(name)) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.condition`,
        `shared condition ${name} refers to itself`,
      );
    }

    return this.walk(found, `${path}(${name})`, [...sharing, name]);
  }

  private leaf(
    record: Record<string, unknown>,
    path: string,
  ): Condition | undefined {
    this.checkKeys(record, LEAF_KEYS, path);
    const { fact, operator } = record;
    let ok = true;

    if (typeof fact !== 'string' || !this.scope.hasFact(fact)) {
      this.fail(
        'DUIBIAO_UNKNOWN_FACT',
        `${path}.fact`,
        `unknown fact ${JSON.stringify(fact)} for this rule's subject`,
      );
      ok = false;
    } else {
      this.out.facts.add(fact);
    }
    // Own keys only: `constructor` or `toString` must not find
    // Object.prototype's and pass for an operator.
    const spec =
      typeof operator === 'string' && Object.hasOwn(OPERATORS, operator)
        ? OPERATORS[operator]
        : undefined;
    if (!spec) {
      this.fail(
        'DUIBIAO_UNKNOWN_OPERATOR',
        `${path}.operator`,
        `unknown operator ${JSON.stringify(operator)}; use one of ${Object.keys(OPERATORS).join(', ')}`,
      );
      ok = false;
    }
    if (!('value' in record)) {
      this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.value`,
        'a comparison needs a "value"',
      );
      ok = false;
    }
    if (record.path !== undefined && !isPlainPath(record.path)) {
      this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.path`,
        `path must look like $.a.b or $.list[0], without __proto__, constructor or prototype, not ${JSON.stringify(record.path)}`,
      );
      ok = false;
    }
    if (record.params !== undefined && !isPlainObject(record.params)) {
      this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.params`,
        'params must be an object',
      );
      ok = false;
    } else if (
      record.params !== undefined &&
      Object.keys(record.params).some((key) => key.startsWith('$'))
    ) {
      // Names starting with $ are the evaluators' own ($path carries a
      // path to the reference engine's facts).
      this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.params`,
        'param names must not start with $',
      );
      ok = false;
    }
    const value = this.value(record.value, `${path}.value`);
    if (!ok || !spec || value === MISSING) return undefined;
    if (value !== NOT_IN_FORCE && !fitsOperand(spec.operand, value)) {
      return this.fail(
        'DUIBIAO_INVALID_CONDITION',
        `${path}.value`,
        `${operator} compares with ${OPERAND_NAMES[spec.operand]}, not ${describe(value)}`,
      );
    }

    const leaf: Record<string, unknown> = {
      ...record,
      value: value === NOT_IN_FORCE ? null : value,
    };
    return leaf as unknown as Condition;
  }

  private value(
    value: unknown,
    path: string,
  ): JsonValue | typeof MISSING | typeof NOT_IN_FORCE {
    if (!isParameterReference(value)) {
      if (isPlainObject(value) && 'fact' in value) {
        this.fail(
          'DUIBIAO_INVALID_CONDITION',
          path,
          'comparing with another fact is not supported; define a fact that computes the comparison',
        );
        return MISSING;
      }
      return value as JsonValue;
    }

    const [name = '', ...keys] = value.param.split('.');
    if (!this.scope.hasParameter(name)) {
      this.fail(
        'DUIBIAO_UNKNOWN_PARAMETER',
        `${path}.param`,
        `unknown parameter ${JSON.stringify(value.param)}`,
      );
      return MISSING;
    }
    this.out.parameters.add(name);
    const whole = this.scope.parameter(name);
    if (whole === undefined) {
      this.out.notInForce.add(name);
      return NOT_IN_FORCE;
    }
    const picked = pickPath(whole, keys);
    if (picked === undefined) {
      this.fail(
        'DUIBIAO_UNKNOWN_PARAMETER',
        `${path}.param`,
        `parameter ${name} has no ${keys.join('.')}`,
      );
      return MISSING;
    }

    return picked;
  }

  private checkKeys(
    record: Record<string, unknown>,
    allowed: Set<string>,
    path: string,
  ): void {
    for (const key of Object.keys(record)) {
      if (!allowed.has(key)) {
        this.report({
          code: 'DUIBIAO_INVALID_CONDITION',
          path: `${path}.${key}`,
          message: `unexpected key ${JSON.stringify(key)}`,
        });
      }
    }
  }

  private checkPriority(record: Record<string, unknown>, path: string): void {
    const priority = record.priority;
    if (priority === undefined) return;
    if (
      typeof priority !== 'number' ||
      !Number.isInteger(priority) ||
      priority < 1
    ) {
      this.report({
        code: 'DUIBIAO_INVALID_CONDITION',
        path: `${path}.priority`,
        message: `priority must be a whole number of 1 or more, not ${describe(priority)}`,
      });
    }
  }

  private fail(
    code: LoadProblem['code'],
    path: string,
    message: string,
  ): undefined {
    this.report({ code, path, message });
    return undefined;
  }
}

const MISSING = Symbol('missing');
const NOT_IN_FORCE = Symbol('not in force');

function extras(record: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (record.priority !== undefined) kept.priority = record.priority;
  if (record.name !== undefined) kept.name = record.name;

  return kept;
}
