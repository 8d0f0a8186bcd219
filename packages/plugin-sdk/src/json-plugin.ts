import {
  DuibiaoError,
  type ParameterDefinition,
  type Plugin,
  type RuleDefinition,
  type RuleDisable,
  type RuleReplacement,
} from '@duibiao/core';

import { defineParameter } from './define-parameter.js';

/** One mistake in a plugin written as JSON, with where it is. */
export interface JsonPluginProblem {
  /** A JSON path into the file: `rules[2].conditions.all[0].fact`. */
  path: string;
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
    const lines = problems.map((p) => `- at ${p.path}: ${p.message}`);
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
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Makes a plugin of parsed JSON: name, id, version, regions, the plugins
 * it extends (by the names given in `bases`), parameters, rules, replaced
 * and switched-off rules, and test cases. A JSON plugin holds data only:
 * it defines no facts and runs no code of its own, and uses the facts of
 * its bases.
 *
 * @param value - The parsed file.
 * @param options - The file's name for messages, and the plugins its
 * `extends` may name.
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
  options: { source: string; bases: Readonly<Record<string, Plugin>> },
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
    if (typeof value[key] !== 'string' || value[key] === '')
      problem(key, 'a non-empty string is required');
  }

  const bases = arrayAt(value, 'extends', problem).flatMap((name, i) => {
    const base = typeof name === 'string' ? options.bases[name] : undefined;
    if (!base) {
      problem(
        `extends[${i}]`,
        `unknown plugin ${JSON.stringify(name)}${known(options.bases)}`,
      );
      return [];
    }
    return [base];
  });
  const parameters = arrayAt(value, 'parameters', problem).flatMap((p, i) => {
    try {
      return [defineParameter(p as ParameterDefinition)];
    } catch (error) {
      problem(`parameters[${i}]`, (error as Error).message);
      return [];
    }
  });
  const rules = objectsAt(
    value,
    'rules',
    problem,
  ) as unknown as RuleDefinition[];
  const replaces = objectsAt(value, 'replaces', problem);
  const disables = objectsAt(value, 'disables', problem);
  if (problems.length > 0) throw new JsonPluginError(options.source, problems);

  return {
    ...(value as unknown as Plugin),
    extends: bases,
    parameters,
    rules,
    replaces: replaces as unknown as RuleReplacement[],
    disables: disables as unknown as RuleDisable[],
  };
}

type Report = (path: string, message: string) => void;

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
      const at = path === '$' ? key : `${path}.${key}`;
      if (FORBIDDEN.has(key)) problem(at, `the key ${key} is not allowed`);
      else findForbiddenKeys(value[key], at, problem);
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
