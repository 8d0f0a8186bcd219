import type { LoadProblem } from '../errors.js';
import {
  ACTIONS,
  CATEGORIES,
  INDICATORS,
  SEVERITIES,
} from '../model/finding.js';
import { templateNames } from './message.js';
import type { ParameterEntry } from './parameters.js';
import type { LoadedFact } from './rule-set.js';
import { type RuleDefinition, SUBJECT_KINDS } from './types.js';

/** A problem of one rule, before plugin and rule are added to it. */
export type RuleProblem = Omit<LoadProblem, 'plugin' | 'rule'>;

const ID_PATTERN = /^[a-z0-9-]+(\/[a-z0-9][a-z0-9-]*)+$/;

// A misspelt key in a rule written as JSON would otherwise pass unseen
// (`evidance` leaves the finding id unstable without a word).
const RULE_KEYS = new Set([
  'id',
  'subject',
  'category',
  'indicator',
  'severity',
  'basis',
  'department',
  'action',
  'title',
  'description',
  'conditions',
  'message',
  'evidence',
  'deadline',
]);

/**
 * Checks a rule's metadata: id shape and prefix, subject, category,
 * indicator, severity and action from the catalog, and the texts that must
 * not be empty.
 *
 * @param rule - The rule.
 * @param idPrefix - The id of the plugin whose rule it is.
 * @param report - Receives each problem.
 */
export function checkMetadata(
  rule: RuleDefinition,
  idPrefix: string,
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
): void {
  const invalid = (path: string, message: string) =>
    report({ code: 'DUIBIAO_INVALID_RULE', path, message });

  if (
    typeof rule.id !== 'string' ||
    !ID_PATTERN.test(rule.id) ||
    !rule.id.startsWith(`${idPrefix}/`)
  ) {
    invalid(
      'id',
      `rule id must look like ${idPrefix}/family or ${idPrefix}/family/item, not ${JSON.stringify(rule.id)}`,
    );
  }
  for (const key of Object.keys(rule)) {
    if (!RULE_KEYS.has(key))
      invalid(
        key,
        `unknown key ${JSON.stringify(key)}: a rule has ${[...RULE_KEYS].join(', ')}`,
      );
  }
  if (!SUBJECT_KINDS.includes(rule.subject))
    invalid(
      'subject',
      `subject must be one of ${SUBJECT_KINDS.join(', ')}, not ${JSON.stringify(rule.subject)}`,
    );
  const enums = [
    ['category', CATEGORIES],
    ['indicator', INDICATORS],
    ['severity', SEVERITIES],
    ['action', ACTIONS],
  ] as const;
  for (const [key, allowed] of enums) {
    if (!(allowed as readonly string[]).includes(rule[key])) {
      invalid(
        key,
        `${key} must be one of ${allowed.join(', ')}, not ${JSON.stringify(rule[key])}`,
      );
    }
  }
  for (const key of ['basis', 'department', 'title'] as const) {
    if (typeof rule[key] !== 'string' || rule[key].trim() === '')
      invalid(key, `${key} is required`);
  }
  if (
    typeof rule.message?.zh !== 'string' ||
    typeof rule.message?.en !== 'string'
  ) {
    invalid('message', 'message needs zh and en templates');
  }
}

/**
 * Checks the names a rule's messages and evidence use: each must be a
 * fact of the rule's subject or a parameter.
 *
 * @param rule - The rule.
 * @param facts - The facts of its subject.
 * @param parameters - Every parameter by name.
 * @param report - Receives each problem.
 * @returns The message names that refer to parameters.
 */
export function checkMessage(
  rule: RuleDefinition,
  facts: ReadonlyMap<string, LoadedFact>,
  parameters: ReadonlyMap<string, ParameterEntry>,
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
): string[] {
  const used: string[] = [];
  const templates = [
    ['message.zh', rule.message?.zh],
    ['message.en', rule.message?.en],
  ] as const;
  for (const [path, template] of templates) {
    for (const name of templateNames(template ?? '')) {
      if (facts.has(name)) continue;
      if (parameters.has(name.split('.')[0] ?? name)) {
        if (!used.includes(name)) used.push(name);
        continue;
      }
      report({
        code: 'DUIBIAO_UNKNOWN_FACT',
        path,
        message: `the message names {${name}}, which is neither a fact of this subject nor a parameter`,
      });
    }
  }
  for (const [i, name] of (rule.evidence ?? []).entries()) {
    if (!facts.has(name)) {
      report({
        code: 'DUIBIAO_UNKNOWN_FACT',
        path: `evidence[${i}]`,
        message: `unknown fact ${JSON.stringify(name)}`,
      });
    }
  }
  checkDeadline(rule, parameters, report);

  return used;
}

/**
 * Checks a rule's deadline: a date the Chinese message states (so each
 * finding carries it), or a parameter giving days.
 */
function checkDeadline(
  rule: RuleDefinition,
  parameters: ReadonlyMap<string, ParameterEntry>,
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
): void {
  const deadline: unknown = rule.deadline;
  if (deadline === undefined) return;
  const named = (key: string) =>
    typeof deadline === 'object' &&
    deadline !== null &&
    Object.keys(deadline).length === 1 &&
    typeof (deadline as Record<string, unknown>)[key] === 'string';
  if (named('date')) {
    const name = (deadline as { date: string }).date;
    if (templateNames(rule.message?.zh ?? '').includes(name)) return;
    report({
      code: 'DUIBIAO_INVALID_RULE',
      path: 'deadline.date',
      message: `deadline.date names {${name}}, which the Chinese message does not state: a finding carries only the values its message states`,
    });
    return;
  }
  if (named('days')) {
    const name = (deadline as { days: string }).days;
    if (parameters.has(name)) return;
    report({
      code: 'DUIBIAO_UNKNOWN_PARAMETER',
      path: 'deadline.days',
      message: `deadline.days names ${JSON.stringify(name)}, which no plugin defines`,
    });
    return;
  }
  report({
    code: 'DUIBIAO_INVALID_RULE',
    path: 'deadline',
    message: `deadline must be { "date": "<a value the message states>" } or { "days": "<a parameter>" }, not ${JSON.stringify(deadline)}`,
  });
}

/**
 * Wraps a problem reporter to count what passes through it.
 *
 * @param report - The reporter.
 * @returns The counting reporter and its count.
 */
export function countingReport(
  report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => void,
) {
  let count = 0;

  return {
    report: (problem: Omit<LoadProblem, 'plugin' | 'rule'>) => {
      count += 1;
      report(problem);
    },
    count: () => count,
  };
}
