import {
  DuibiaoError,
  type ParameterDefinition,
  type Plugin,
  type RuleDefinition,
  type RuleDisable,
  type RuleReplacement,
} from '@duibiao/core';

import { defineParameter } from './define-parameter.js';
import { casesFromJson } from './json-cases.js';
import {
  FORBIDDEN,
  isObject,
  keyPath,
  type Report,
  refuseUnknownKeys,
} from './json-shape.js';
import { pluginSpecProblems } from './plugin-spec-problems.js';

/** One mistake in a plugin written as JSON, with where it is. */
export interface JsonPluginProblem {
  /** A JSON path into the file: `rules[2].conditions.all[0].fact`. */
  path: string;
  /** What is wrong there. */
  message: string;
}

/**
 * Thrown when a plugin written as JSON cannot be read: lists every
 * problem with its JSON path. Rules' names (facts, parameters,
 * operators) are checked later, when the plugin is loaded.
 */
export class JsonPluginError extends DuibiaoError {
  /** Every problem found. */
  readonly problems: readonly JsonPluginProblem[];

  /**
   * @param source - The file, for messages.
   * @param problems - What is wrong, where.
   */
  constructor(source: string, problems: readonly JsonPluginProblem[]) {
    // A problem may quote another file's error of several lines: they are
    // indented under it, so that the list stays one item per problem.
    const lines = problems.map(
      (p) => `- at ${p.path}: ${p.message.replace(/\n/g, '\n  ')}`,
    );
    super(
      'DUIBIAO_INVALID_RULE_SET',
      `${source} is not a usable plugin (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
    this.name = 'JsonPluginError';
    this.problems = problems;
  }
}

const KEYS = new Set([
  'name',
  'id',
  'version',
  'regions',
  'extends',
  'parameters',
  'rules',
  'replaces',
  'disables',
  'tests',
  'regionNames',
]);
const PARAMETER_KEYS = ['name', 'description', 'unit', 'values'];
const VALUE_KEYS = ['from', 'value'];

/** Options of {@link pluginFromJson}. */
export interface JsonPluginOptions {
  /** The file, for messages. */
  source: string;
  /** The plugins its `extends` may name, by those names. */
  bases: Readonly<Record<string, Plugin>>;
  /**
   * Plugins its `extends` names that could not be loaded, with the reason
   * (a syntax error in a base's file), so that the problem at
   * `extends[i]` says why rather than that the name is unknown.
   *
   * @default {}
   */
  unavailable?: Readonly<Record<string, string>>;
}

/**
 * Makes a plugin of parsed JSON: name, id, version, regions, the plugins
 * it extends (by the names given in `bases`), parameters, rules, replaced
 * and switched-off rules, and test cases. A JSON plugin holds data only:
 * it defines no facts and runs no code of its own, and uses the facts of
 * its bases. It is checked as `definePlugin` and `defineParameter` check
 * a plugin written in TypeScript, and its cases' data is read as input is
 * read (`"是"` is true, `"3,500"` is 3500).
 *
 * @param value - The parsed file.
 * @param options - The file's name for messages, the plugins its
 * `extends` may name, and those that could not be loaded, with why.
 * @returns The plugin.
 * @throws {JsonPluginError} Listing every problem with its JSON path.
 * @example
 * const plugin = pluginFromJson(JSON.parse(text), {
 *   source: 'xian.json',
 *   bases: { shaanxi },
 * });
 */
export function pluginFromJson(
  value: unknown,
  options: JsonPluginOptions,
): Plugin {
  const problems: JsonPluginProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ path, message });
  findForbiddenKeys(value, '$', problem);
  if (!isObject(value)) {
    throw new JsonPluginError(options.source, [
      { path: '$', message: 'a plugin is an object' },
    ]);
  }

  keyProblems(value, problem);

  const bases = arrayAt(value, 'extends', problem).flatMap((name, i) => {
    const base = baseOf(name, options);
    if (typeof base === 'string') {
      problem(`extends[${i}]`, base);
      return [];
    }
    return [base];
  });
  const parameters = arrayAt(value, 'parameters', problem).flatMap((p, i) =>
    parameterOf(p, `parameters[${i}]`, problem),
  );
  const rules = objectsAt(value, 'rules', problem);
  const replaces = objectsAt(value, 'replaces', problem);
  const disables = objectsAt(value, 'disables', problem);

  // The checks definePlugin makes of a plugin written in TypeScript.
  for (const found of pluginSpecProblems(value))
    problem(found.path, found.message);
  const tests =
    value.tests === undefined ? undefined : casesFromJson(value.tests, problem);
  if (problems.length > 0) throw new JsonPluginError(options.source, problems);

  return {
    ...(value as unknown as Plugin),
    extends: bases,
    parameters,
    rules: rules as unknown as RuleDefinition[],
    replaces: replaces as unknown as RuleReplacement[],
    disables: disables as unknown as RuleDisable[],
    ...(tests && { tests }),
  };
}

/** Keys a plugin does not have, and a name, id or version missing. */
function keyProblems(value: Record<string, unknown>, problem: Report): void {
  for (const key of Object.keys(value)) {
    if (key === 'facts')
      problem(
        'facts',
        'facts are code: a JSON plugin uses the facts of its bases',
      );
    else if (!KEYS.has(key) && !FORBIDDEN.has(key))
      problem(key, `unknown key; a plugin has ${[...KEYS].join(', ')}`);
  }

  for (const key of ['name', 'id', 'version'] as const) {
    const field = value[key];
    if (typeof field !== 'string' || field.trim() === '')
      problem(key, 'a non-empty string is required');
  }
}

/** The base `extends` names, or why there is none. */
function baseOf(name: unknown, options: JsonPluginOptions): Plugin | string {
  const key = typeof name === 'string' ? name : undefined;
  const base = key === undefined ? undefined : options.bases[key];
  if (base && Object.hasOwn(options.bases, key as string)) return base;

  const { unavailable = {} } = options;
  if (key !== undefined && Object.hasOwn(unavailable, key))
    return `cannot load ${JSON.stringify(key)}: ${unavailable[key]}`;

  return `unknown plugin ${JSON.stringify(name)}${known(options.bases)}`;
}

/** A parameter with its keys checked, then checked by defineParameter. */
function parameterOf(
  value: unknown,
  path: string,
  problem: Report,
): ParameterDefinition[] {
  if (!isObject(value)) {
    problem(
      path,
      `a parameter is an object { ${PARAMETER_KEYS.join(', ')} }, not ${JSON.stringify(value)}`,
    );
    return [];
  }

  // A parameter with any problem is left out, as one defineParameter
  // refuses is.
  let wrong = 0;
  const report: Report = (at, message) => {
    wrong += 1;
    problem(at, message);
  };
  refuseUnknownKeys(value, path, PARAMETER_KEYS, 'a parameter', report);
  if (typeof value.description !== 'string')
    report(`${path}.description`, 'a string is required: one line in English');
  if (value.unit !== undefined && typeof value.unit !== 'string')
    report(`${path}.unit`, 'must be a string, such as 元/人·年');
  if (Array.isArray(value.values)) {
    value.values.forEach((dated: unknown, i) => {
      const at = `${path}.values[${i}]`;
      if (isObject(dated))
        refuseUnknownKeys(dated, at, VALUE_KEYS, 'a dated value', report);
    });
  }

  try {
    const parameter = defineParameter(value as unknown as ParameterDefinition);
    return wrong === 0 ? [parameter] : [];
  } catch (error) {
    problem(path, (error as Error).message);
    return [];
  }
}

function known(bases: Readonly<Record<string, Plugin>>): string {
  const names = Object.keys(bases);

  return names.length > 0 ? `; known: ${names.join(', ')}` : '';
}

function arrayAt(
  value: Record<string, unknown>,
  key: string,
  problem: Report,
): unknown[] {
  const found = value[key];
  if (found === undefined) return [];
  if (!Array.isArray(found)) {
    problem(key, 'an array is expected');
    return [];
  }

  return found;
}

function objectsAt(
  value: Record<string, unknown>,
  key: string,
  problem: Report,
): Record<string, unknown>[] {
  return arrayAt(value, key, problem).filter((item, i) => {
    if (isObject(item)) return true;
    problem(`${key}[${i}]`, 'an object is expected');
    return false;
  }) as Record<string, unknown>[];
}

function findForbiddenKeys(value: unknown, path: string, problem: Report) {
  if (Array.isArray(value)) {
    value.forEach((item, i) =>
      findForbiddenKeys(item, `${path}[${i}]`, problem),
    );
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) {
      const at = keyPath(path === '$' ? '' : path, key);
      if (FORBIDDEN.has(key)) problem(at, `the key ${key} is not allowed`);
      else findForbiddenKeys(value[key], at, problem);
    }
  }
}
