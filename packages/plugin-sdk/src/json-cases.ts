import { isCalendarDate, type RuleCases } from '@duibiao/core';

import { datasetFromJson } from './json-dataset.js';
import {
  FORBIDDEN,
  isObject,
  keyPath,
  type Report,
  refuseUnknownKeys,
} from './json-shape.js';

const CASE_KEYS = {
  valid: ['name', 'data', 'asOf', 'unknown', 'outsideRegions'],
  invalid: ['name', 'data', 'asOf', 'findings'],
} as const;

type Kind = keyof typeof CASE_KEYS;

/**
 * Reads the `tests` of a plugin written as JSON: rule id → `{ valid,
 * invalid }`, each case an object with a name and its data, the data
 * read as input is read. Whether each rule has cases, and whether the
 * expected findings name what a finding is matched on, is left to
 * `checkCases`, as for a plugin written in TypeScript.
 *
 * @param value - The file's `tests`.
 * @param problem - Receives each mistake at its JSON path:
 * `tests["city/x"].invalid[0].data.households[0].relocated`.
 * @returns The cases by rule id.
 */
export function casesFromJson(
  value: unknown,
  problem: Report,
): Record<string, RuleCases> {
  if (!isObject(value)) {
    problem('tests', 'an object of rule id → { valid, invalid } is expected');
    return {};
  }

  const tests: Record<string, RuleCases> = {};
  for (const [ruleId, cases] of Object.entries(value)) {
    if (FORBIDDEN.has(ruleId)) continue;
    const path = `tests[${JSON.stringify(ruleId)}]`;
    if (!isObject(cases)) {
      problem(
        path,
        'an object { valid: [cases], invalid: [cases] } is expected',
      );
      continue;
    }
    refuseUnknownKeys(
      cases,
      path,
      ['valid', 'invalid'],
      'a rule’s cases',
      problem,
    );

    tests[ruleId] = {
      valid: casesOfKind(cases, 'valid', path, problem),
      invalid: casesOfKind(cases, 'invalid', path, problem),
    } as RuleCases;
  }

  return tests;
}

function casesOfKind(
  cases: Record<string, unknown>,
  kind: Kind,
  path: string,
  problem: Report,
): unknown[] {
  const list = cases[kind];
  const at = `${path}.${kind}`;
  if (!Array.isArray(list)) {
    problem(
      at,
      list === undefined
        ? `the ${kind} cases are required: an array ([] for none)`
        : `an array of ${kind} cases is expected, not ${JSON.stringify(list)}`,
    );
    return [];
  }

  return list.map((testCase, i) =>
    caseOf(testCase, kind, `${at}[${i}]`, problem),
  );
}

function caseOf(
  value: unknown,
  kind: Kind,
  path: string,
  problem: Report,
): unknown {
  const keys = CASE_KEYS[kind];
  if (!isObject(value)) {
    problem(
      path,
      `a case is an object { ${keys.join(', ')} }, not ${JSON.stringify(value)}`,
    );
    return value;
  }
  refuseUnknownKeys(value, path, keys, `a ${kind} case`, problem);

  const { name, asOf, unknown, outsideRegions, findings } = value;
  if (typeof name !== 'string' || name.trim() === '') {
    problem(
      keyPath(path, 'name'),
      `a case needs a name (a non-empty string) saying what it shows, not ${JSON.stringify(name)}`,
    );
  }
  const data = datasetFromJson(value.data, keyPath(path, 'data'), problem);
  if (asOf !== undefined && !isDate(asOf)) {
    problem(
      keyPath(path, 'asOf'),
      `must be a YYYY-MM-DD date, not ${JSON.stringify(asOf)}`,
    );
  }
  if (unknown !== undefined && !isStrings(unknown)) {
    problem(
      keyPath(path, 'unknown'),
      'must be an array of the blank fields, as table.field: ["members.birthDate"]',
    );
  }
  if (outsideRegions !== undefined && typeof outsideRegions !== 'boolean')
    problem(keyPath(path, 'outsideRegions'), 'must be true or false');
  if (kind === 'invalid') findingsProblems(findings, path, problem);

  return { ...value, data };
}

function findingsProblems(findings: unknown, path: string, problem: Report) {
  const at = keyPath(path, 'findings');
  if (!Array.isArray(findings)) {
    problem(
      at,
      `the findings the rule must report are required: an array of { householdId, memberId, message, data }, not ${JSON.stringify(findings)}`,
    );
    return;
  }

  findings.forEach((finding: unknown, i) => {
    const where = `${at}[${i}]`;
    if (!isObject(finding)) {
      problem(
        where,
        `an expected finding is an object, not ${JSON.stringify(finding)}`,
      );
      return;
    }
    for (const key of ['householdId', 'memberId'] as const) {
      const id = finding[key];
      if (id !== undefined && id !== null && typeof id !== 'string')
        problem(
          keyPath(where, key),
          `must be a string or null, not ${JSON.stringify(id)}`,
        );
    }
    if (finding.message !== undefined && typeof finding.message !== 'string')
      problem(keyPath(where, 'message'), 'must be a string');
    if (finding.data !== undefined && !isObject(finding.data))
      problem(
        keyPath(where, 'data'),
        'must be an object of the values the finding shows',
      );
  });
}

function isDate(value: unknown): boolean {
  return (
    typeof value === 'string' && value.length === 10 && isCalendarDate(value)
  );
}

function isStrings(value: unknown): boolean {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string')
  );
}
